import { describe, expect, it } from 'vitest';
import { metric } from '../../../lib/insights/contract';
import { productProblems, sortProductRows } from '../../../lib/insights/views/products';
import { counter } from './counter-rows';

const filter = { from: '2026-11-02', to: '2026-11-15' }; // two weeks: 11-02 and 11-09
const names = new Map([['pinduoduo|cup', '玻璃杯'], ['douyin|shirt', 'T恤']]);

// cup: 20 conversations, 3 damaged (2 in week 1, 1 in week 2) + 1 wrong item → 4 problems, 20 per 100.
// shirt: 10 conversations, 3 size_fit in week 2 → 3 problems, 30 per 100.
// mug: problems but no conversation counted → rate null. bag: conversations only → 0 problems.
const rows = [
  counter('2026-11-02', 'pinduoduo', 'cup', metric.conversations, 12),
  counter('2026-11-10', 'pinduoduo', 'cup', metric.conversations, 8),
  counter('2026-11-03', 'pinduoduo', 'cup', metric.situation('damaged'), 2),
  counter('2026-11-11', 'pinduoduo', 'cup', metric.situation('damaged'), 1),
  counter('2026-11-15', 'pinduoduo', 'cup', metric.situation('wrong_item'), 1),
  counter('2026-11-09', 'douyin', 'shirt', metric.conversations, 10),
  counter('2026-11-12', 'douyin', 'shirt', metric.situation('size_fit'), 3),
  counter('2026-11-04', 'jd', 'mug', metric.situation('quality_issue'), 1),
  counter('2026-11-04', 'jd', 'bag', metric.conversations, 5),
  // Not a product problem, and a day outside the range: both ignored.
  counter('2026-11-04', 'pinduoduo', 'cup', metric.situation('haggle'), 9),
  counter('2026-11-16', 'pinduoduo', 'cup', metric.situation('damaged'), 50),
];

describe('problems per product', () => {
  const view = productProblems(rows, filter, names);

  it('counts each problem, the rate per 100 conversations and the weekly trend', () => {
    expect(view.weeks).toEqual(['2026-11-02', '2026-11-09']);
    const cup = view.rows.find((r) => r.id === 'pinduoduo|cup')!;
    expect(cup).toMatchObject({ name: '玻璃杯', conversations: 20, total: 4, ratePer100: 20, trend: [2, 2] });
    expect(cup.problems).toEqual({ quality_issue: 0, size_fit: 0, damaged: 3, missing_item: 0, wrong_item: 1 });
    const shirt = view.rows.find((r) => r.id === 'douyin|shirt')!;
    expect(shirt).toMatchObject({ name: 'T恤', conversations: 10, total: 3, ratePer100: 30, trend: [0, 3] });
    const mug = view.rows.find((r) => r.id === 'jd|mug')!;
    expect(mug).toMatchObject({ name: undefined, conversations: 0, total: 1, ratePer100: null });
    expect(view.rows.find((r) => r.id === 'jd|bag')).toMatchObject({ total: 0, ratePer100: 0 });
  });

  it('puts the worst products first, and sorts by any column', () => {
    expect(view.rows.map((r) => r.productKey)).toEqual(['cup', 'shirt', 'mug', 'bag']);
    expect(sortProductRows(view.rows, 'ratePer100', 'desc').map((r) => r.productKey)).toEqual(['shirt', 'cup', 'bag', 'mug']);
    expect(sortProductRows(view.rows, 'conversations', 'asc').map((r) => r.productKey)).toEqual(['mug', 'bag', 'shirt', 'cup']);
    expect(sortProductRows(view.rows, 'size_fit', 'desc')[0]!.productKey).toBe('shirt');
  });

  it('gives nothing for no counters', () => {
    expect(productProblems([], filter, names).rows).toEqual([]);
  });
});
