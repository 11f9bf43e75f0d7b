import { describe, expect, it } from 'vitest';
import { metric } from '../../../lib/insights/contract';
import { returnsIsEmpty, returnsView } from '../../../lib/insights/views/returns';
import { counter } from './counter-rows';

const filter = { from: '2026-11-01', to: '2026-11-30' };

describe('returns and refunds', () => {
  it('counts causes (largest first), every postage payer and the decisions', () => {
    const rows = [
      counter('2026-11-02', 'pinduoduo', 'a', metric.cause('size_fit'), 2),
      counter('2026-11-12', 'douyin', 'b', metric.cause('size_fit'), 3),
      counter('2026-11-12', 'douyin', 'b', metric.cause('damaged'), 4),
      counter('2026-11-12', 'douyin', 'b', metric.postage('seller'), 4),
      counter('2026-11-13', 'pinduoduo', 'a', metric.postage('buyer'), 1),
      counter('2026-11-13', 'pinduoduo', 'a', metric.decision('refund'), 2),
      counter('2026-11-13', 'pinduoduo', 'a', metric.decision('exchange'), 3),
      // A haggling decision belongs to the haggle view; December is outside the range.
      counter('2026-11-13', 'pinduoduo', 'a', metric.decision('price_accepted'), 9),
      counter('2026-12-01', 'pinduoduo', 'a', metric.cause('damaged'), 9),
    ];
    const view = returnsView(rows, filter);
    expect(view.causes).toEqual([
      { cause: 'size_fit', count: 5 },
      { cause: 'damaged', count: 4 },
    ]);
    expect(view.postage).toEqual([
      { payer: 'seller', count: 4 },
      { payer: 'buyer', count: 1 },
      { payer: 'insurance', count: 0 },
    ]);
    expect(view.decisions).toEqual([
      { decision: 'return', count: 0 },
      { decision: 'exchange', count: 3 },
      { decision: 'refund', count: 2 },
      { decision: 'resend', count: 0 },
      { decision: 'compensation', count: 0 },
    ]);
    expect(returnsIsEmpty(view)).toBe(false);
  });

  it('is empty without any', () => {
    expect(returnsIsEmpty(returnsView([counter('2026-11-02', 'jd', 'a', metric.conversations, 3)], filter))).toBe(true);
  });
});
