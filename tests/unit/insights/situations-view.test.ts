import { describe, expect, it } from 'vitest';
import { metric } from '../../../lib/insights/contract';
import { situationsOverTime } from '../../../lib/insights/views/situations';
import { counter } from './counter-rows';

const filter = { from: '2026-11-04', to: '2026-11-17' }; // weeks 11-02, 11-09, 11-16
const rows = [
  counter('2026-11-04', 'pinduoduo', 'a', metric.situation('haggle'), 3),
  counter('2026-11-05', 'pinduoduo', 'b', metric.situation('damaged'), 2),
  counter('2026-11-10', 'douyin', 'a', metric.situation('haggle'), 4),
  counter('2026-11-17', 'pinduoduo', 'a', metric.situation('logistics'), 1),
  // Not situations (conversations) or outside the range (11-03): ignored.
  counter('2026-11-10', 'douyin', 'a', metric.conversations, 40),
  counter('2026-11-03', 'jd', 'a', metric.situation('haggle'), 7),
];

describe('situations over time', () => {
  it('sums every situation per week and platform', () => {
    const view = situationsOverTime(rows, filter);
    expect(view.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(view.platforms).toEqual(['pinduoduo', 'douyin']);
    expect(view.counts.pinduoduo).toEqual([5, 0, 1]);
    expect(view.counts.douyin).toEqual([0, 4, 0]);
    expect(view.totals).toEqual([5, 4, 1]);
    expect(view.bySituation).toEqual([
      { situation: 'haggle', count: 7 },
      { situation: 'damaged', count: 2 },
      { situation: 'logistics', count: 1 },
    ]);
  });

  it('counts one situation when asked, keeping the full list for the picker', () => {
    const view = situationsOverTime(rows, filter, 'haggle');
    expect(view.counts.pinduoduo).toEqual([3, 0, 0]);
    expect(view.counts.douyin).toEqual([0, 4, 0]);
    expect(view.totals).toEqual([3, 4, 0]);
    expect(view.platforms).toEqual(['douyin', 'pinduoduo']);
    expect(view.bySituation).toHaveLength(3);
  });
});
