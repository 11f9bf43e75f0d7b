/**
 * After-sales problems per product: the worst ten as stacked bars, and every product in a
 * sortable table with its rate per 100 conversations and a weekly sparkline.
 */
import { useMemo, useState } from 'react';
import { PRODUCT_PROBLEMS } from '../../../lib/insights/contract';
import { daysOfWeekInRange, weeksIn } from '../../../lib/insights/days';
import type { ProductNames } from '../../../lib/insights/read-counters';
import { productProblems, sortProductRows, type ProductProblemRow, type ProductSortKey } from '../../../lib/insights/views/products';
import { platformName } from '../../../lib/io/platform-names';
import { getSituation } from '../../../lib/situations/taxonomy';
import { useApp } from '../../app-context';
import { stackedBarsOption } from './chart-options';
import type { TableSpec } from './export';
import { oneDecimal } from './format';
import { InsightsCard, type ChartCardProps } from './insights-card';
import { Sparkline } from './sparkline';

const CHART_PRODUCTS = 10;
const TABLE_PAGE = 30;

interface Props extends ChartCardProps {
  names: ProductNames;
}

export function ProductsCard({ rows, loading, filter, names, dark, fileSuffix, onShown }: Props) {
  const { t, locale } = useApp();
  const view = useMemo(() => productProblems(rows, filter, names), [rows, filter, names]);
  // How many days the trend's first and last weeks hold (the current week is usually short).
  const edges = useMemo(() => {
    const weeks = weeksIn(filter.from, filter.to);
    return weeks.length === 0
      ? { first: 7, last: 7 }
      : { first: daysOfWeekInRange(weeks[0]!, filter.from, filter.to), last: daysOfWeekInRange(weeks.at(-1)!, filter.from, filter.to) };
  }, [filter.from, filter.to]);
  const trendLabel = (trend: number[]) =>
    [
      t('insightsTrendLabel', { values: trend.join(', ') }),
      ...(edges.first < 7 ? [t('insightsTrendFirstWeek', { days: edges.first })] : []),
      ...(edges.last < 7 && trend.length > 1 ? [t('insightsTrendLastWeek', { days: edges.last })] : []),
    ].join(locale === 'en' ? '; ' : '；');
  const [sort, setSort] = useState<{ key: ProductSortKey; direction: 'asc' | 'desc' }>({ key: 'total', direction: 'desc' });
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => sortProductRows(view.rows, sort.key, sort.direction), [view.rows, sort]);
  const nameOf = (row: ProductProblemRow) => row.name ?? (row.productKey === '' ? t('insightsNoProduct') : row.productKey);
  const problemName = (p: (typeof PRODUCT_PROBLEMS)[number]) => getSituation(p).name[locale];

  const columns: { key: ProductSortKey | 'platform' | 'trend'; label: string }[] = [
    { key: 'name', label: t('insightsProduct') },
    { key: 'platform', label: t('platform') },
    { key: 'conversations', label: t('insightsConversations') },
    ...PRODUCT_PROBLEMS.map((p) => ({ key: p, label: problemName(p) })),
    { key: 'total', label: t('insightsProblemsTotal') },
    { key: 'ratePer100', label: t('insightsPer100') },
    { key: 'trend', label: t('insightsWeeklyTrend') },
  ];
  const table: TableSpec = {
    caption: t('insightsProductsCaption'),
    headers: columns.map((c) => c.label),
    rows: sorted.map((row) => [
      nameOf(row),
      platformName(row.platform, locale),
      row.conversations,
      ...PRODUCT_PROBLEMS.map((p) => row.problems[p]),
      row.total,
      oneDecimal(row.ratePer100),
      row.trend.join(' '),
    ]),
  };
  const worst = view.rows.filter((row) => row.total > 0).slice(0, CHART_PRODUCTS);
  const option = useMemo(
    () =>
      stackedBarsOption(
        // The same product listed on several marketplaces is one bar per listing: name the marketplace.
        worst.map((row) =>
          worst.some((other) => other !== row && nameOf(other) === nameOf(row)) ? `${nameOf(row)} · ${platformName(row.platform, locale)}` : nameOf(row),
        ),
        PRODUCT_PROBLEMS.map((p) => ({ name: problemName(p), values: worst.map((row) => row.problems[p]) })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels follow `locale`
    [view, locale],
  );

  const sortBy = (key: ProductSortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'desc' ? 'asc' : key === 'name' ? 'asc' : 'desc' }));
  const visible = showAll ? sorted : sorted.slice(0, TABLE_PAGE);

  const tableView = (
    <div className="insights-table-wrap">
      <table className="insights-table" data-testid="insights-table-products">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => {
              const sortable = column.key !== 'platform' && column.key !== 'trend';
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={i > 1 ? 'num' : undefined}
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {sortable ? (
                    <button type="button" className="link" onClick={() => sortBy(column.key as ProductSortKey)} data-testid={`insights-sort-${column.key}`}>
                      {column.label}
                      {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {visible.map((row, r) => (
            <tr key={row.id} data-product-id={row.id}>
              <th scope="row">{table.rows[r]![0]}</th>
              {table.rows[r]!.slice(1, -1).map((cell, i) => (
                <td key={i} className={i > 0 ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
              <td>
                <Sparkline values={row.trend} label={trendLabel(row.trend)} partialFirst={edges.first < 7} partialLast={edges.last < 7} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > TABLE_PAGE ? (
        <button type="button" className="link" onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('insightsShowFewer') : t('insightsShowAll', { count: String(sorted.length) })}
        </button>
      ) : null}
    </div>
  );

  return (
    <InsightsCard
      id="products"
      title={t('insightsProductsTitle')}
      hint={t('insightsProductsHint')}
      loading={loading}
      empty={view.rows.every((row) => row.total === 0)}
      emptyText={t('insightsProductsEmpty')}
      option={option}
      chartLabel={t('insightsProductsChartLabel', { count: String(worst.length) })}
      table={table}
      tableView={tableView}
      fileSuffix={fileSuffix}
      dark={dark}
      onShown={onShown}
    />
  );
}
