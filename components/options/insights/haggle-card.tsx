/** Haggling: how often, deals closed against lost per week, and prices against list prices. */
import { useMemo } from 'react';
import { haggleIsEmpty, haggleView } from '../../../lib/insights/views/haggle';
import { useApp } from '../../app-context';
import { DataTable } from './data-table';
import { haggleOption } from './chart-options';
import type { TableSpec } from './export';
import { money, oneDecimal, percent, weekLabel } from './format';
import { InsightsCard, type ChartCardProps } from './insights-card';


export function HaggleCard({ rows, loading, filter, dark, fileSuffix }: ChartCardProps) {
  const { t } = useApp();
  const view = useMemo(() => haggleView(rows, filter), [rows, filter]);
  const totals = view.totals;
  const table: TableSpec = {
    caption: t('insightsHaggleCaption'),
    headers: [t('insightsWeekOf'), t('insightsHaggles'), t('insightsDealsClosed'), t('insightsDealsLost')],
    rows: view.weeks.map((w) => [weekLabel(w.week, filter, t), w.haggles, w.accepted, w.lost]),
    footer: [t('insightsTotal'), totals.haggles, totals.accepted, totals.lost],
  };
  const prices: TableSpec = {
    caption: t('insightsHagglePricesCaption'),
    headers: [t('insightsMeasure'), t('insightsValue')],
    rows: [
      [t('insightsHagglePer100'), oneDecimal(totals.ratePer100)],
      [t('insightsCloseRate'), percent(totals.closeRate)],
      [t('insightsDealsWithPrice'), totals.listCount],
      [t('insightsAverageList'), money(totals.averageList)],
      [t('insightsAverageFinal'), money(totals.averageFinal)],
      [t('insightsDiscount'), percent(totals.discount)],
    ],
  };
  const option = useMemo(
    () =>
      haggleOption(
        view.weeks.map((w) => weekLabel(w.week, filter, t, true)),
        { haggles: t('insightsHaggles'), accepted: t('insightsDealsClosed'), lost: t('insightsDealsLost') },
        { haggles: view.weeks.map((w) => w.haggles), accepted: view.weeks.map((w) => w.accepted), lost: view.weeks.map((w) => w.lost) },
      ),
    [view, filter, t],
  );
  return (
    <InsightsCard
      id="haggle"
      title={t('insightsHaggleTitle')}
      loading={loading}
      empty={haggleIsEmpty(view)}
      emptyText={t('insightsHaggleEmpty')}
      option={option}
      chartLabel={t('insightsHaggleChartLabel')}
      table={table}
      fileSuffix={fileSuffix}
      dark={dark}
    >
      <DataTable table={prices} testId="insights-table-haggle-prices" />
    </InsightsCard>
  );
}
