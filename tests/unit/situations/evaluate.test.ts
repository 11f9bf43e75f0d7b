import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations';
import { evaluate, formatReport, parseLabelledTsv } from '../../../lib/situations/evaluate';

describe('parseLabelledTsv', () => {
  it('reads text, situation and secondary ids, skipping blank lines and CRLF', () => {
    const rows = parseLabelledTsv('text\tsituation\talso\r\n包邮吗\tfree_shipping\t\r\n\r\n99包邮\thaggle\tfree_shipping, gift\r\n');
    expect(rows).toEqual([
      { text: '包邮吗', situation: 'free_shipping', also: [], line: 2 },
      { text: '99包邮', situation: 'haggle', also: ['free_shipping', 'gift'], line: 4 },
    ]);
  });

  it('names the line of an unknown id', () => {
    expect(() => parseLabelledTsv('text\tsituation\nhi\tgreetings\n')).toThrow(/line 2: unknown situation id "greetings"/);
    expect(() => parseLabelledTsv('words\tlabel\n')).toThrow(/header/);
  });
});

describe('evaluate', () => {
  it('counts top-1, top-3, per situation and the other-confusions', () => {
    const examples = parseLabelledTsv('text\tsituation\na\thaggle\nb\thaggle\nc\tother\nd\tgift\n');
    const fake: Record<string, string[]> = { a: ['haggle'], b: ['gift', 'other', 'haggle'], c: ['gift'], d: ['other'] };
    const report = evaluate(examples, (t) => ({
      situations: (fake[t] ?? []).map((id) => ({ id: id as never, score: 0.5, cues: [] })),
    }));
    expect(report.count).toBe(4);
    expect(report.top1).toBeCloseTo(0.25);
    expect(report.top3).toBeCloseTo(0.5);
    expect(report.missedAsOther).toBe(1);
    expect(report.falseSituation).toBe(1);
    expect(report.perSituation.find((s) => s.id === 'haggle')).toEqual({ id: 'haggle', count: 2, top1: 0.5, top3: 1 });
    expect(report.errors.map((e) => e.example.text)).toEqual(['b', 'c', 'd']);
    expect(formatReport('x', report)).toContain('haggle');
  });
});

// Regression guard: the figures measured while tuning, minus a margin for harmless churn.
const DEV = resolve(process.cwd(), 'tests/fixtures/situations/dev.tsv');
describe.runIf(existsSync(DEV))('accuracy on dev.tsv', () => {
  it('stays above the floor', () => {
    const report = evaluate(parseLabelledTsv(readFileSync(DEV, 'utf8')), (t) => classify(t));
    expect(report.count).toBeGreaterThan(500);
    expect(report.top1).toBeGreaterThanOrEqual(0.96);
    expect(report.top3).toBeGreaterThanOrEqual(0.99);
  });
});

// The persona sets written after dev (voice input, slang, wholesale, zh-en mixes, order cards).
// The model trains on them, so these floors guard the rules and the model against regressions;
// they are not estimates of unseen accuracy (the bench's cross-validation is).
for (const name of ['extra-realistic-2.tsv', 'extra-realistic-3.tsv']) {
  const path = resolve(process.cwd(), 'tests/fixtures/situations', name);
  describe.runIf(existsSync(path))(`accuracy on ${name}`, () => {
    it('stays above the floor', () => {
      const report = evaluate(parseLabelledTsv(readFileSync(path, 'utf8')), (t) => classify(t));
      expect(report.count).toBeGreaterThan(200);
      expect(report.top1).toBeGreaterThanOrEqual(0.96);
      expect(report.top3).toBeGreaterThanOrEqual(0.99);
    });
  });
}
