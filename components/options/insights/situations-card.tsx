/** Situations over time: recognised situations per week, one line per platform. */
import { useMemo, useState } from 'react';
import { situationsOverTime } from '../../../lib/insights/views/situations';
import { platformName } from '../../../lib/io/platform-names';
import { getSituation, type SituationId } from '../../../lib/situations/taxonomy';
import { useApp } from '../../app-context';
import { weeklyLinesOption } from './chart-options';
import type { TableSpec } from './export';
import { weekLabel } from './format';
import { InsightsCard, type ChartCardProps } from './insights-card';


export function SituationsCard({ rows, loading, filter, dark, fileSuffix }: ChartCardProps) {
  const { t, locale } = useApp();
  const [only, setOnly] = useState<SituationId | ''>('');
  const view = useMemo(() => situationsOverTime(rows, filter, only || undefined), [rows, filter, only]);
  const table: TableSpec = {
    caption: only ? t('insightsSituationsCaptionOne', { situation: getSituation(only).name[locale] }) : t('insightsSituationsCaption'),
    headers: [t('insightsWeekOf'), ...view.platforms.map((p) => platformName(p, locale)), t('insightsTotal')],
    rows: view.weeks.map((week, i) => [weekLabel(week, filter, t), ...view.platforms.map((p) => view.counts[p]![i]!), view.totals[i]!]),
    footer: [t('insightsTotal'), ...view.platforms.map((p) => view.counts[p]!.reduce((a, b) => a + b, 0)), view.totals.reduce((a, b) => a + b, 0)],
  };
  const option = useMemo(
    () =>
      weeklyLinesOption(
        view.weeks.map((week) => weekLabel(week, filter, t, true)),
        view.platforms.map((p) => ({ name: platformName(p, locale), values: view.counts[p]! })),
      ),
    [view, locale, filter, t],
  );
  const picker = (
    <label className="row">
      <span>{t('insightsSituationPick')}</span>
      <select value={only} onChange={(e) => setOnly(e.target.value as SituationId | '')} data-testid="insights-situation-select" style={{ width: 'auto' }}>
        <option value="">{t('insightsAllSituations')}</option>
        {view.bySituation.map(({ situation, count }) => (
          <option key={situation} value={situation}>
            {getSituation(situation).name[locale]} ({count})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <InsightsCard
      id="situations"
      title={t('insightsSituationsTitle')}
      loading={loading}
      empty={view.bySituation.length === 0}
      emptyText={t('insightsSituationsEmpty')}
      option={option}
      chartLabel={t('insightsSituationsChartLabel')}
      table={table}
      controls={view.bySituation.length > 0 ? picker : undefined}
      fileSuffix={fileSuffix}
      dark={dark}
    />
  );
}
