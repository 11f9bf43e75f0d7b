/**
 * One chart of the Insights page: title, the chart, its table, PNG and CSV export, and an
 * empty state that says what will appear and when.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { InsightCounter, InsightsFilter } from '../../../lib/insights/contract';
import { useApp } from '../../app-context';
import { DataTable } from './data-table';
import { EChart, type EChartHandle } from './echart';
import { downloadPngDataUrl, downloadTableCsv, type TableSpec } from './export';

export type InsightsCardId = 'products' | 'situations' | 'haggle' | 'returns' | 'followups';

/** What the page hands each chart's card: its counters, the filter, and how to draw and name exports. */
export interface ChartCardProps {
  rows: InsightCounter[];
  loading: boolean;
  filter: InsightsFilter;
  dark: boolean;
  fileSuffix: string;
  /** Called once the card's chart is drawn, or its empty state is shown (the page then reads the next charts). */
  onShown?: () => void;
}

interface Props {
  id: InsightsCardId;
  title: string;
  hint?: string;
  /** undefined while the counters are read. */
  loading: boolean;
  empty: boolean;
  emptyText: string;
  option: EChartsCoreOption;
  chartLabel: string;
  table: TableSpec;
  /** The file names' tail: the filtered days. */
  fileSuffix: string;
  dark: boolean;
  /** Controls of this card (e.g. which situation), shown beside the title. */
  controls?: ReactNode;
  /** Replaces the plain table (the products table sorts and draws sparklines). */
  tableView?: ReactNode;
  /** Shown under the chart, above the table (e.g. price summary). */
  children?: ReactNode;
  /** See ChartCardProps.onShown. */
  onShown?: () => void;
}

export function InsightsCard(props: Props) {
  const { t } = useApp();
  const chart = useRef<EChartHandle>(null);
  const { loading, empty, onShown } = props;
  // An empty card draws no chart: it is shown as soon as it is committed.
  useEffect(() => {
    if (!loading && empty) onShown?.();
  }, [loading, empty, onShown]);
  const base = `insights-${props.id}-${props.fileSuffix}`;
  const exportPng = () => {
    const url = chart.current?.toPng();
    if (url) downloadPngDataUrl(`${base}.png`, url);
  };
  return (
    <section className="card stack insights-card" aria-labelledby={`insights-${props.id}-heading`} data-testid={`insights-card-${props.id}`}>
      <div className="row wrap">
        <h2 id={`insights-${props.id}-heading`} className="grow">
          {props.title}
        </h2>
        {props.controls}
        {!props.loading && !props.empty ? (
          <>
            <button type="button" onClick={exportPng} data-testid={`insights-png-${props.id}`}>
              {t('insightsExportPng')}
            </button>
            <button type="button" onClick={() => downloadTableCsv(`${base}.csv`, props.table)} data-testid={`insights-csv-${props.id}`}>
              {t('insightsExportCsv')}
            </button>
          </>
        ) : null}
      </div>
      {props.hint ? <p className="small muted">{props.hint}</p> : null}
      {props.loading ? (
        <p className="muted" data-testid={`insights-loading-${props.id}`}>
          {t('loading')}
        </p>
      ) : props.empty ? (
        <p className="muted insights-empty" data-testid={`insights-empty-${props.id}`}>
          {props.emptyText}
        </p>
      ) : (
        <>
          <EChart ref={chart} option={props.option} dark={props.dark} ariaLabel={props.chartLabel} testId={`insights-chart-${props.id}`} onDrawn={props.onShown} />
          {props.children}
          {props.tableView ?? <DataTable table={props.table} testId={`insights-table-${props.id}`} />}
        </>
      )}
    </section>
  );
}
