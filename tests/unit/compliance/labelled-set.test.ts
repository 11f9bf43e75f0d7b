/**
 * The rule check on the labelled set of seller replies (tests/fixtures/compliance/replies.tsv):
 * the targets of issue 13. The held-out set is only reported by the bench, never asserted,
 * so nobody tunes the rules to it.
 */
import { describe, expect, it } from 'vitest';
import { loadSet, scoreSet } from '../../bench/compliance-set.ts';

const rows = loadSet('tests/fixtures/compliance/replies.tsv');
const figures = scoreSet(rows);
const misses = figures.misses.map((m) => `line ${m.row.line} [${m.row.expected} ${m.row.rule ?? ''}] got ${m.verdict} ${m.rules.join(',')}: ${m.row.text}`);

describe('rule check on the labelled set', () => {
  it('is a set worth measuring on: 300+ replies of each kind, every rule represented', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(figures.blockTotal).toBeGreaterThanOrEqual(100);
    expect(figures.okTotal).toBeGreaterThanOrEqual(100);
    expect(figures.warnTotal).toBeGreaterThanOrEqual(25);
    const rules = new Set(rows.map((r) => r.rule).filter((r) => r !== null));
    for (const rule of ['review-incentive', 'off-platform', 'off-platform-payment', 'fake-orders', 'insult-threat', 'buyer-data-leak', 'complaint-withdrawal-payment', 'medical-claims', 'absolute-terms', 'compensation-promise', 'pushy-review-request', 'other-platform'] as const) {
      expect(rules.has(rule), rule).toBe(true);
    }
    expect(rows.some((r) => /[a-z]{4}/i.test(r.text) && !/\p{Script=Han}/u.test(r.text))).toBe(true);
  });

  it('catches at least 95% of the replies that must be blocked', () => {
    expect(figures.blockCaught / figures.blockTotal, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('blocks at most 2% and warns on at most 8% of the harmless look-alikes', () => {
    expect(figures.okBlocked / figures.okTotal, misses.join('\n')).toBeLessThanOrEqual(0.02);
    expect(figures.okWarned / figures.okTotal, misses.join('\n')).toBeLessThanOrEqual(0.08);
  });

  it('flags at least 90% of the replies labelled warn, and names the labelled rule for 90% of all labelled rows', () => {
    expect(figures.warnFlagged / figures.warnTotal, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    const named = figures.perRule.reduce((n, r) => n + r.named, 0);
    const total = figures.perRule.reduce((n, r) => n + r.total, 0);
    expect(named / total, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('held-out sets', () => {
  // Only their shape is checked here: asserting figures on them would invite tuning to them.
  it.each(['holdout.tsv', 'holdout-2.tsv', 'holdout-3.tsv', 'holdout-4.tsv', 'holdout-5.tsv', 'holdout-6.tsv'])('%s parses into at least 80 labelled replies of all three kinds', (file) => {
    const set = loadSet(`tests/fixtures/compliance/${file}`);
    expect(set.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['block', 'warn', 'ok'] as const) expect(set.some((r) => r.expected === kind), kind).toBe(true);
  });

  it('shares no reply with the main set', () => {
    const main = new Set(rows.map((r) => r.text));
    const shared = ['holdout.tsv', 'holdout-2.tsv', 'holdout-3.tsv', 'holdout-4.tsv', 'holdout-5.tsv', 'holdout-6.tsv']
      .flatMap((file) => loadSet(`tests/fixtures/compliance/${file}`))
      .filter((r) => main.has(r.text))
      .map((r) => r.text);
    expect(shared).toEqual([]);
  });
});

describe('loading a labelled set', () => {
  it('rejects a malformed line with its file and line number', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'compliance-set-'));
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, '# header\nblock\treview-incentive\t-\t好评返现\nblock\tno-such-rule\t-\t加微信\n');
    expect(() => loadSet(bad)).toThrow(/bad\.tsv:3: unknown rule "no-such-rule"/);
    writeFileSync(bad, 'maybe\t-\t-\t好评返现\n');
    expect(() => loadSet(bad)).toThrow(/bad\.tsv:1: bad label "maybe"/);
  });
});
