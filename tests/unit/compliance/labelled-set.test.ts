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
