import { describe, expect, it } from 'vitest';
import { metric } from '../../../lib/insights/contract';
import { haggleIsEmpty, haggleView } from '../../../lib/insights/views/haggle';
import { counter } from './counter-rows';

const filter = { from: '2026-11-02', to: '2026-11-15' };

describe('haggling', () => {
  it('counts haggles per 100 conversations, deals closed against lost, and prices', () => {
    const rows = [
      counter('2026-11-02', 'pinduoduo', 'a', metric.conversations, 30),
      counter('2026-11-09', 'pinduoduo', 'b', metric.conversations, 20),
      counter('2026-11-02', 'pinduoduo', 'a', metric.situation('haggle'), 6),
      counter('2026-11-10', 'pinduoduo', 'b', metric.situation('haggle'), 4),
      counter('2026-11-03', 'pinduoduo', 'a', metric.decision('price_accepted'), 3),
      counter('2026-11-11', 'pinduoduo', 'b', metric.decision('price_accepted'), 1),
      counter('2026-11-11', 'pinduoduo', 'b', metric.decision('deal_lost'), 4),
      // Four deals listed at 60, 60, 50, 30 (sum 200), sold for 54, 55, 46, 25 (sum 180).
      counter('2026-11-03', 'pinduoduo', 'a', metric.listPrice, 3, { sum: 170 }),
      counter('2026-11-11', 'pinduoduo', 'b', metric.listPrice, 1, { sum: 30 }),
      counter('2026-11-03', 'pinduoduo', 'a', metric.finalPrice, 3, { sum: 155 }),
      counter('2026-11-11', 'pinduoduo', 'b', metric.finalPrice, 1, { sum: 25 }),
    ];
    const view = haggleView(rows, filter);
    expect(view.weeks).toEqual([
      { week: '2026-11-02', haggles: 6, accepted: 3, lost: 0 },
      { week: '2026-11-09', haggles: 4, accepted: 1, lost: 4 },
    ]);
    expect(view.totals).toEqual({
      haggles: 10,
      conversations: 50,
      ratePer100: 20,
      accepted: 4,
      lost: 4,
      closeRate: 0.5,
      listCount: 4,
      listSum: 200,
      finalCount: 4,
      finalSum: 180,
      averageList: 50,
      averageFinal: 45,
      discount: expect.closeTo(0.1, 10),
    });
    expect(haggleIsEmpty(view)).toBe(false);
  });

  it('says empty, with no rates, when nothing was haggled', () => {
    const view = haggleView([counter('2026-11-02', 'jd', 'a', metric.conversations, 5)], filter);
    expect(haggleIsEmpty(view)).toBe(true);
    expect(view.totals).toMatchObject({ ratePer100: 0, closeRate: null, averageList: null, discount: null });
  });
});
