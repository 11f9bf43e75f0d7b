/** Follow-ups per kind: done on time, late, skipped. */
import { useMemo } from 'react';
import { followUpsView } from '../../../lib/insights/views/follow-ups';
import { useApp } from '../../app-context';
import { stackedBarsOption } from './chart-options';
import type { TableSpec } from './export';
import { percent } from './format';
import { InsightsCard, type ChartCardProps } from './insights-card';


export function FollowUpsCard({ rows, loading, filter, dark, fileSuffix }: ChartCardProps) {
  const { t } = useApp();
  const view = useMemo(() => followUpsView(rows, filter), [rows, filter]);
  const table: TableSpec = {
    caption: t('insightsFollowUpsCaption'),
    headers: [t('insightsFollowUpKind'), t('insightsOnTime'), t('insightsLate'), t('insightsSkipped'), t('insightsTotal'), t('insightsOnTimeShare')],
    rows: view.rows.map((r) => [t(`taskKind_${r.kind}`), r.onTime, r.late, r.skipped, r.total, percent(r.onTimeShare)]),
    footer: [t('insightsTotal'), view.totals.onTime, view.totals.late, view.totals.skipped, view.totals.total, percent(view.totals.onTimeShare)],
  };
  const option = useMemo(
    () =>
      stackedBarsOption(view.rows.map((r) => t(`taskKind_${r.kind}`)), [
        { name: t('insightsOnTime'), values: view.rows.map((r) => r.onTime) },
        { name: t('insightsLate'), values: view.rows.map((r) => r.late) },
        { name: t('insightsSkipped'), values: view.rows.map((r) => r.skipped) },
      ]),
    [view, t],
  );
  return (
    <InsightsCard
      id="followups"
      title={t('insightsFollowUpsTitle')}
      loading={loading}
      empty={view.rows.length === 0}
      emptyText={t('insightsFollowUpsEmpty')}
      option={option}
      chartLabel={t('insightsFollowUpsChartLabel')}
      table={table}
      fileSuffix={fileSuffix}
      dark={dark}
    />
  );
}
