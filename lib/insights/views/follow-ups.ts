/** Follow-ups per kind: done on time, late, or skipped (cancelled). */
import { TASK_KINDS, type TaskKind } from '../../db/schemas';
import { FOLLOW_UP_RESULTS, metric, type FollowUpResult, type InsightCounter, type InsightsFilter } from '../contract';

export interface FollowUpRow {
  kind: TaskKind;
  onTime: number;
  late: number;
  skipped: number;
  total: number;
  /** On time / total, 0..1. */
  onTimeShare: number;
}

export interface FollowUpsView {
  /** Kinds with any follow-up, most first. */
  rows: FollowUpRow[];
  totals: Omit<FollowUpRow, 'kind'>;
}

const RESULT_BY_METRIC = new Map<string, [TaskKind, FollowUpResult]>(
  TASK_KINDS.flatMap((kind) => FOLLOW_UP_RESULTS.map((result) => [metric.followUp(kind, result), [kind, result]] as const)),
);

const FIELD: Record<FollowUpResult, 'onTime' | 'late' | 'skipped'> = { on_time: 'onTime', late: 'late', skipped: 'skipped' };

export function followUpsView(counters: readonly InsightCounter[], filter: InsightsFilter): FollowUpsView {
  const byKind = new Map<TaskKind, FollowUpRow>();
  for (const counter of counters) {
    if (counter.day < filter.from || counter.day > filter.to) continue;
    const parsed = RESULT_BY_METRIC.get(counter.metric);
    if (!parsed) continue;
    const [kind, result] = parsed;
    let row = byKind.get(kind);
    if (!row) byKind.set(kind, (row = { kind, onTime: 0, late: 0, skipped: 0, total: 0, onTimeShare: 0 }));
    row[FIELD[result]] += counter.count;
    row.total += counter.count;
  }
  const rows = [...byKind.values()]
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind));
  for (const row of rows) row.onTimeShare = row.onTime / row.total;
  const totals = rows.reduce(
    (sum, row) => ({ onTime: sum.onTime + row.onTime, late: sum.late + row.late, skipped: sum.skipped + row.skipped, total: sum.total + row.total, onTimeShare: 0 }),
    { onTime: 0, late: 0, skipped: 0, total: 0, onTimeShare: 0 },
  );
  totals.onTimeShare = totals.total > 0 ? totals.onTime / totals.total : 0;
  return { rows, totals };
}
