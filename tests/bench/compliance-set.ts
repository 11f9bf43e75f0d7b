/**
 * Loads a labelled set of seller replies (tests/fixtures/compliance/*.tsv) and scores the rule
 * check on it. Shared by the bench (which prints the figures) and the unit test (which asserts
 * the targets on the main set).
 *
 * File format: one reply per line, tab-separated `expected  rule  platform  text`;
 * expected is block | warn | ok; rule is the rule id the reply breaks ('-' for ok);
 * platform is a Platform id or '-' for the default (Chinese marketplaces' common rules).
 * Lines starting with '#' are comments.
 */
import { readFileSync } from 'node:fs';
import { checkReply, RULE_IDS, type ComplianceVerdict, type RuleId } from '../../lib/compliance/index.ts';
import { PLATFORMS, type Platform } from '../../lib/db/schemas.ts';

export interface LabelledReply {
  line: number;
  expected: ComplianceVerdict;
  rule: RuleId | null;
  platform: Platform | undefined;
  text: string;
}

export function loadSet(path: string): LabelledReply[] {
  const rows: LabelledReply[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const [expected, rule, platform, text, ...rest] = raw.split('\t');
      if (rest.length > 0 || text === undefined) throw new Error(`${path}:${line}: expected 4 tab-separated fields`);
      if (expected !== 'block' && expected !== 'warn' && expected !== 'ok') throw new Error(`${path}:${line}: bad label "${expected}"`);
      if (rule !== '-' && !(RULE_IDS as readonly string[]).includes(rule!)) throw new Error(`${path}:${line}: unknown rule "${rule}"`);
      if (platform !== '-' && !(PLATFORMS as readonly string[]).includes(platform!)) throw new Error(`${path}:${line}: unknown platform "${platform}"`);
      if ((expected === 'ok') !== (rule === '-')) throw new Error(`${path}:${line}: ok rows have rule '-', others a rule id`);
      rows.push({
        line,
        expected,
        rule: rule === '-' ? null : (rule as RuleId),
        platform: platform === '-' ? undefined : (platform as Platform),
        text: text.trim(),
      });
    });
  return rows;
}

/** The contact rules are two views of one offence; naming either is naming it. */
const SAME_OFFENCE: Partial<Record<RuleId, RuleId[]>> = {
  'off-platform': ['off-platform', 'off-platform-contact', 'off-platform-payment'],
  'off-platform-contact': ['off-platform', 'off-platform-contact'],
  'off-platform-payment': ['off-platform-payment', 'off-platform'],
};

export interface RuleFigures {
  rule: RuleId;
  total: number;
  /** Got the expected verdict (block for must-block rows, at least warn for warn rows). */
  caught: number;
  /** ...and named the labelled rule (or its twin). */
  named: number;
}

export interface SetFigures {
  blockTotal: number;
  blockCaught: number;
  warnTotal: number;
  warnFlagged: number;
  okTotal: number;
  okBlocked: number;
  okWarned: number;
  perRule: RuleFigures[];
  /** Rules that wrongly fired on harmless rows, with counts. */
  falseAlarms: Partial<Record<RuleId, number>>;
  misses: { row: LabelledReply; verdict: ComplianceVerdict; rules: RuleId[] }[];
}

export function scoreSet(rows: readonly LabelledReply[]): SetFigures {
  const figures: SetFigures = {
    blockTotal: 0, blockCaught: 0, warnTotal: 0, warnFlagged: 0, okTotal: 0, okBlocked: 0, okWarned: 0,
    perRule: [], falseAlarms: {}, misses: [],
  };
  const perRule = new Map<RuleId, RuleFigures>();
  for (const row of rows) {
    const { verdict, rules } = checkReply(row.text, row.platform ? { platform: row.platform } : {});
    let right: boolean;
    if (row.expected === 'ok') {
      figures.okTotal += 1;
      if (verdict === 'block') figures.okBlocked += 1;
      if (verdict === 'warn') figures.okWarned += 1;
      for (const r of rules) figures.falseAlarms[r] = (figures.falseAlarms[r] ?? 0) + 1;
      right = verdict === 'ok';
    } else {
      const rule = row.rule!;
      const stats = perRule.get(rule) ?? { rule, total: 0, caught: 0, named: 0 };
      perRule.set(rule, stats);
      stats.total += 1;
      right = row.expected === 'block' ? verdict === 'block' : verdict !== 'ok';
      const named = (SAME_OFFENCE[rule] ?? [rule]).some((r) => rules.includes(r));
      if (right) stats.caught += 1;
      if (right && named) stats.named += 1;
      if (row.expected === 'block') {
        figures.blockTotal += 1;
        if (verdict === 'block') figures.blockCaught += 1;
      } else {
        figures.warnTotal += 1;
        if (verdict !== 'ok') figures.warnFlagged += 1;
      }
      right = right && named;
    }
    if (!right) figures.misses.push({ row, verdict, rules });
  }
  figures.perRule = [...perRule.values()].sort((a, b) => b.total - a.total);
  return figures;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

export function formatFigures(name: string, f: SetFigures): string {
  const lines = [
    `${name}: ${f.blockTotal} must-block, ${f.warnTotal} warn, ${f.okTotal} harmless`,
    `  must-block caught ${f.blockCaught}/${f.blockTotal} = ${pct(f.blockCaught, f.blockTotal)} (target ≥ 95%)`,
    `  harmless blocked  ${f.okBlocked}/${f.okTotal} = ${pct(f.okBlocked, f.okTotal)} (target ≤ 2%)`,
    `  harmless flagged  ${f.okWarned}/${f.okTotal} = ${pct(f.okWarned, f.okTotal)} warn (target ≤ 8%)`,
    `  warn rows flagged ${f.warnFlagged}/${f.warnTotal} = ${pct(f.warnFlagged, f.warnTotal)}`,
    '  per rule (caught / with the rule named / rows):',
    ...f.perRule.map((r) => `    ${r.rule.padEnd(30)} ${String(r.caught).padStart(3)} / ${String(r.named).padStart(3)} / ${r.total}`),
  ];
  const alarms = Object.entries(f.falseAlarms);
  if (alarms.length > 0) lines.push(`  rules firing on harmless rows: ${alarms.map(([r, n]) => `${r} ×${n}`).join(', ')}`);
  return lines.join('\n');
}
