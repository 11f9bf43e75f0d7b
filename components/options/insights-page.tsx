/**
 * The Insights page (洞察, issue 15): what buyers raised, per product and over time, from the
 * daily counters the sidebar keeps (never the raw event log). Each chart reads its own
 * metrics, so the first one draws without waiting for the others; ECharts is fetched while
 * the counters are read.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { InsightProduct, InsightsFilter } from '../../lib/insights/contract';
import { addDays, dayInZone } from '../../lib/insights/days';
import { includesDemo, readProductNames, type ProductNames } from '../../lib/insights/read-counters';
import { useApp } from '../app-context';
import { db } from '../use-db';
import { preloadCharts } from './insights/echart';
import { InsightsFilters, type RangePreset } from './insights/filters';
import { FollowUpsCard } from './insights/follow-ups-card';
import { HaggleCard } from './insights/haggle-card';
import { ProductsCard } from './insights/products-card';
import { ReturnsCard } from './insights/returns-card';
import { SituationsCard } from './insights/situations-card';
import { useDarkTheme } from './insights/use-dark-theme';
import { useInsightsRows } from './insights/use-insights-rows';
import { InsightsSettings } from './insights-settings';

const DEFAULT_DAYS = 90;

export function InsightsPage() {
  const { t, settingsLoaded } = useApp();
  // "Today", and so the default range, is a day in the shop's time zone: known once the
  // settings are read (the defaults' zone could put the range a day off).
  if (!settingsLoaded) return <p className="muted">{t('loading')}</p>;
  return <InsightsBody />;
}

function InsightsBody() {
  const { t, settings } = useApp();
  const today = dayInZone(Date.now(), settings.policy.timeZone);
  const [preset, setPreset] = useState<RangePreset>('90');
  const [filter, setFilter] = useState<InsightsFilter>(() => ({ from: addDays(today, -(DEFAULT_DAYS - 1)), to: today }));
  const [products, setProducts] = useState<{ names: ProductNames; list: InsightProduct[] }>({ names: new Map(), list: [] });
  const dark = useDarkTheme(settings.theme);
  // Bumped when the seller erases the demo data below: every chart reads its counters again.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    void preloadCharts().catch(() => undefined);
  }, []);
  useEffect(() => {
    let live = true;
    void readProductNames(db).then(({ names, products: list }) => live && setProducts({ names, list }));
    return () => {
      live = false;
    };
  }, [revision]);

  const productRows = useInsightsRows('products', filter, true, revision);
  // The first chart is read and drawn alone; the other four charts' counters are read once it
  // is on screen. IndexedDB serves parallel reads from one backend, and their results are
  // copied into this page on its main thread, so reading them earlier delayed the first chart,
  // its read (tests/bench/insights-page.ts) and, when started as soon as its rows arrived,
  // its drawing.
  const [firstShown, setFirstShown] = useState(false);
  const onFirstShown = useCallback(() => setFirstShown(true), []);
  const rest = firstShown;
  const situationRows = useInsightsRows('situations', filter, rest, revision);
  const haggleRows = useInsightsRows('haggle', filter, rest, revision);
  const returnRows = useInsightsRows('returns', filter, rest, revision);
  const followUpRows = useInsightsRows('followUps', filter, rest, revision);
  const all = [productRows, situationRows, haggleRows, returnRows, followUpRows];
  const demo = useMemo(
    () => [productRows.rows, situationRows.rows, haggleRows.rows, returnRows.rows, followUpRows.rows].some(includesDemo),
    [productRows.rows, situationRows.rows, haggleRows.rows, returnRows.rows, followUpRows.rows],
  );
  const loaded = all.every((view) => !view.loading);
  const nothing = loaded && all.every((view) => view.rows.length === 0);
  const failed = all.some((view) => view.failed);
  const fileSuffix = `${filter.from}_${filter.to}`;
  const common = { filter, dark, fileSuffix };

  return (
    <div className="stack insights-page" data-testid="insights-page">
      <h2>{t('insightsTitle')}</h2>
      <p className="small muted">{t('insightsIntro')}</p>
      <InsightsFilters
        filter={filter}
        preset={preset}
        today={today}
        products={products.list}
        onChange={(next, nextPreset) => {
          setFilter(next);
          setPreset(nextPreset);
        }}
      />
      {demo ? (
        <p className="notice warn" role="status" data-testid="insights-demo-banner">
          {t('insightsDemoBanner')}
        </p>
      ) : null}
      {failed ? (
        <p className="notice danger" role="alert">
          {t('insightsReadFailed')}
        </p>
      ) : null}
      {nothing ? (
        <p className="notice" data-testid="insights-empty">
          {t('insightsEmpty')}
        </p>
      ) : null}
      <ProductsCard rows={productRows.rows} loading={productRows.loading} names={products.names} onShown={onFirstShown} {...common} />
      <SituationsCard rows={situationRows.rows} loading={situationRows.loading} {...common} />
      <HaggleCard rows={haggleRows.rows} loading={haggleRows.loading} {...common} />
      <ReturnsCard rows={returnRows.rows} loading={returnRows.loading} {...common} />
      <FollowUpsCard rows={followUpRows.rows} loading={followUpRows.loading} {...common} />
      <InsightsSettings onDemoErased={() => setRevision((n) => n + 1)} />
    </div>
  );
}
