/**
 * Guards the labelled buyer-message sets the situation classifier is tuned on (dev) and
 * measured on (holdout). A broken row or an unknown id would silently skew the evaluation,
 * so the files are checked structurally here rather than trusted.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITUATION_IDS, isSituationId } from '../../../lib/situations/taxonomy';

const FIXTURE_DIR = resolve(__dirname, '../../fixtures/situations');
const HEADER = 'text\tsituation\talso';
const MAX_ALSO = 2;

interface LabelledRow {
  line: number;
  text: string;
  situation: string;
  also: string[];
}

/** Parses a fixture file, throwing with the file name and line number on any malformed row. */
function parseFixture(fileName: string): LabelledRow[] {
  return parseFixtureText(fileName, readFileSync(resolve(FIXTURE_DIR, fileName), 'utf8'));
}

function parseFixtureText(fileName: string, raw: string): LabelledRow[] {
  if (raw.charCodeAt(0) === 0xfeff) throw new Error(`${fileName}: starts with a byte-order mark`);
  if (raw.includes('\r')) throw new Error(`${fileName}: contains a carriage return (use LF line ends)`);
  const lines = raw.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== HEADER) throw new Error(`${fileName}: header must be "${HEADER}", got "${lines[0]}"`);
  return lines.slice(1).map((content, index) => {
    const line = index + 2;
    const fields = content.split('\t');
    if (fields.length !== 3) {
      throw new Error(`${fileName}:${line}: expected 3 tab-separated fields, got ${fields.length}`);
    }
    const [text, situation, alsoField] = fields as [string, string, string];
    const also = alsoField === '' ? [] : alsoField.split(',');
    return { line, text, situation, also };
  });
}

/** Same key for texts that differ only by case or spacing, so near-copies count as duplicates. */
function duplicateKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function countBySituation(rows: LabelledRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.situation, (counts.get(row.situation) ?? 0) + 1);
  return counts;
}

const SETS = [
  { fileName: 'dev.tsv', minimumPerSituation: 45 },
  { fileName: 'holdout.tsv', minimumPerSituation: 15 },
] as const;

describe.each(SETS)('$fileName', ({ fileName, minimumPerSituation }) => {
  it('exists', () => {
    expect(existsSync(resolve(FIXTURE_DIR, fileName))).toBe(true);
  });

  const rows = existsSync(resolve(FIXTURE_DIR, fileName)) ? parseFixture(fileName) : [];

  it('parses into non-empty rows', () => {
    expect(rows.length).toBeGreaterThan(0);
    const blank = rows.filter((r) => r.text.trim() === '').map((r) => r.line);
    expect(blank).toEqual([]);
  });

  it('has no tab, newline or control character inside a text', () => {
    // eslint-disable-next-line no-control-regex
    const offending = rows.filter((r) => /[\t\n\r\u0000-\u001f]/.test(r.text)).map((r) => r.line);
    expect(offending).toEqual([]);
  });

  it('uses only taxonomy ids as main situation', () => {
    const unknown = rows.filter((r) => !isSituationId(r.situation)).map((r) => `${r.line}:${r.situation}`);
    expect(unknown).toEqual([]);
  });

  it('uses only taxonomy ids in `also`, at most two, none repeating the main id', () => {
    const problems: string[] = [];
    for (const row of rows) {
      if (row.also.length > MAX_ALSO) problems.push(`${row.line}: ${row.also.length} secondary ids`);
      for (const id of row.also) {
        if (!isSituationId(id)) problems.push(`${row.line}: unknown id "${id}"`);
        if (id === row.situation) problems.push(`${row.line}: "${id}" repeats the main id`);
      }
      if (new Set(row.also).size !== row.also.length) problems.push(`${row.line}: repeated secondary id`);
    }
    expect(problems).toEqual([]);
  });

  it(`has at least ${minimumPerSituation} examples for every situation`, () => {
    const counts = countBySituation(rows);
    const short = SITUATION_IDS.filter((id) => (counts.get(id) ?? 0) < minimumPerSituation).map(
      (id) => `${id}: ${counts.get(id) ?? 0}`,
    );
    expect(short).toEqual([]);
  });

  it('has no duplicate texts', () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    for (const row of rows) {
      const key = duplicateKey(row.text);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${row.line} repeats ${first}: ${row.text}`);
      else seen.set(key, row.line);
    }
    expect(duplicates).toEqual([]);
  });

  it('is mostly Chinese with a real share of English messages', () => {
    // International marketplaces are supported, so English must be present but not dominant.
    const english = rows.filter((r) => !/[\u3400-\u9fff]/.test(r.text) && /[a-z]{2}/i.test(r.text));
    const share = english.length / rows.length;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.25);
  });
});

describe('dev and holdout together', () => {
  it('share no text, so the holdout measures unseen messages', () => {
    const present = SETS.every(({ fileName }) => existsSync(resolve(FIXTURE_DIR, fileName)));
    expect(present).toBe(true);
    const devKeys = new Set(parseFixture('dev.tsv').map((r) => duplicateKey(r.text)));
    const shared = parseFixture('holdout.tsv')
      .filter((r) => devKeys.has(duplicateKey(r.text)))
      .map((r) => `holdout:${r.line} ${r.text}`);
    expect(shared).toEqual([]);
  });

  it('the training sets (dev and extra-*) never contain a holdout message', () => {
    // The n-gram model is trained on every file but the holdout: a copy would leak into it.
    const holdoutKeys = new Set(parseFixture('holdout.tsv').map((r) => duplicateKey(r.text)));
    const training = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.tsv') && name !== 'holdout.tsv');
    expect(training.length).toBeGreaterThan(2);
    const leaked = training.flatMap((name) =>
      parseFixture(name)
        .filter((r) => holdoutKeys.has(duplicateKey(r.text)))
        .map((r) => `${name}:${r.line}`),
    );
    expect(leaked).toEqual([]);
  });
});

describe('README counts', () => {
  it('match the files, so the documented figures stay true', () => {
    const readme = readFileSync(resolve(FIXTURE_DIR, 'README.md'), 'utf8');
    const documented = new Map<string, [number, number, number]>();
    for (const match of readme.matchAll(/^\| (\w+) \| (\d+) \| (\d+) \| (\d+) \|$/gm)) {
      documented.set(match[1]!, [Number(match[2]), Number(match[3]), Number(match[4])]);
    }
    const dev = parseFixture('dev.tsv');
    const holdout = parseFixture('holdout.tsv');
    const devMain = countBySituation(dev);
    const holdoutMain = countBySituation(holdout);
    const devAlso = new Map<string, number>();
    for (const row of dev) for (const id of row.also) devAlso.set(id, (devAlso.get(id) ?? 0) + 1);
    const actual = new Map(
      SITUATION_IDS.map((id) => [id, [devMain.get(id) ?? 0, devAlso.get(id) ?? 0, holdoutMain.get(id) ?? 0]]),
    );
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(actual));
  });
});

describe('parseFixtureText', () => {
  it('reads rows with and without secondary ids', () => {
    const rows = parseFixtureText('t.tsv', `${HEADER}\n在吗\tgreeting\t\n碎了 退钱\tdamaged\trefund,complaint\n`);
    expect(rows).toEqual([
      { line: 2, text: '在吗', situation: 'greeting', also: [] },
      { line: 3, text: '碎了 退钱', situation: 'damaged', also: ['refund', 'complaint'] },
    ]);
  });

  it('rejects a row with a missing field, naming file and line', () => {
    expect(() => parseFixtureText('t.tsv', `${HEADER}\n在吗\tgreeting\t\n少了一个\tmissing_item\n`)).toThrow(
      't.tsv:3: expected 3 tab-separated fields, got 2',
    );
  });

  it('rejects a wrong header and CRLF line ends', () => {
    expect(() => parseFixtureText('t.tsv', 'text\tlabel\n')).toThrow(/header must be/);
    expect(() => parseFixtureText('t.tsv', `${HEADER}\r\n`)).toThrow(/carriage return/);
  });
});
