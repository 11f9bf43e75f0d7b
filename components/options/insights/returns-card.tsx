/** Returns and refunds: by cause, by who paid the postage back, and what was decided. */
import { useMemo } from 'react';
import { returnsIsEmpty, returnsView } from '../../../lib/insights/views/returns';
import { getSituation } from '../../../lib/situations/taxonomy';
import { useApp } from '../../app-context';
import { returnsOption } from './chart-options';
import type { TableSpec } from './export';
import { InsightsCard, type ChartCardProps } from './insights-card';


export function ReturnsCard({ rows, loading, filter, dark, fileSuffix }: ChartCardProps) {
  const { t, locale } = useApp();
  const view = useMemo(() => returnsView(rows, filter), [rows, filter]);
  const causeGroup = t('insightsCause');
  const postageGroup = t('insightsPostagePaidBy');
  const decisionGroup = t('insightsDecision');
  const table: TableSpec = {
    caption: t('insightsReturnsCaption'),
    headers: [t('insightsGroup'), t('insightsItem'), t('insightsCount')],
    rows: [
      ...view.causes.map(({ cause, count }) => [causeGroup, getSituation(cause).name[locale], count]),
      ...view.postage.map(({ payer, count }) => [postageGroup, t(`insightsPayer_${payer}`), count]),
      ...view.decisions.map(({ decision, count }) => [decisionGroup, t(`insightsDecision_${decision}`), count]),
    ],
  };
  const option = useMemo(
    () =>
      returnsOption(
        view.causes.map(({ cause, count }) => ({ name: getSituation(cause).name[locale], value: count })),
        view.postage.map(({ payer, count }) => ({ name: t(`insightsPayer_${payer}`), value: count })),
        postageGroup,
      ),
    [view, locale, t, postageGroup],
  );
  return (
    <InsightsCard
      id="returns"
      title={t('insightsReturnsTitle')}
      loading={loading}
      empty={returnsIsEmpty(view)}
      emptyText={t('insightsReturnsEmpty')}
      option={option}
      chartLabel={t('insightsReturnsChartLabel')}
      table={table}
      fileSuffix={fileSuffix}
      dark={dark}
    />
  );
}
