import { describe, expect, it } from 'vitest';
import { metric } from '../../../lib/insights/contract';
import { followUpsView } from '../../../lib/insights/views/follow-ups';
import { counter } from './counter-rows';

const filter = { from: '2026-11-01', to: '2026-11-30' };

describe('follow-ups', () => {
  it('counts on time, late and skipped per kind, the busiest kind first', () => {
    const rows = [
      counter('2026-11-02', 'pinduoduo', '', metric.followUp('arrival_check', 'on_time'), 3),
      counter('2026-11-09', 'douyin', '', metric.followUp('arrival_check', 'on_time'), 3),
      counter('2026-11-09', 'douyin', '', metric.followUp('arrival_check', 'late'), 1),
      counter('2026-11-09', 'douyin', '', metric.followUp('arrival_check', 'skipped'), 2),
      counter('2026-11-10', 'jd', '', metric.followUp('review_reminder', 'late'), 3),
      counter('2026-11-10', 'jd', '', metric.followUp('review_reminder', 'on_time'), 1),
      counter('2026-10-31', 'jd', '', metric.followUp('revisit', 'on_time'), 5),
    ];
    const view = followUpsView(rows, filter);
    expect(view.rows).toEqual([
      { kind: 'arrival_check', onTime: 6, late: 1, skipped: 2, total: 9, onTimeShare: 6 / 9 },
      { kind: 'review_reminder', onTime: 1, late: 3, skipped: 0, total: 4, onTimeShare: 0.25 },
    ]);
    expect(view.totals).toEqual({ onTime: 7, late: 4, skipped: 2, total: 13, onTimeShare: 7 / 13 });
  });

  it('is empty without follow-ups', () => {
    expect(followUpsView([], filter)).toEqual({ rows: [], totals: { onTime: 0, late: 0, skipped: 0, total: 0, onTimeShare: 0 } });
  });
});
