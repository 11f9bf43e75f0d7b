/**
 * The Insights route (options.html#/insights) reads only the insight tables, and reads the
 * first chart's counters alone: the other four charts' counters are read once the first chart
 * is on screen. Every IndexedDB read request the page makes is logged (store, and the metric
 * of a counters range); ECharts is replaced by a stand-in that draws when the test says so.
 */
import { act, forwardRef, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../components/app-context';
import { OptionsApp } from '../../../components/options/options-app';
import { db } from '../../../components/use-db';
import { metric, PRODUCT_PROBLEMS } from '../../../lib/insights/contract';
import { accumulate, type CounterNet } from '../../../lib/insights/counter-nets';
import { applyCounterChanges, counterTables } from '../../../lib/insights/counter-store';
import { addDays, dayInZone } from '../../../lib/insights/days';
import { VIEW_METRICS } from '../../../lib/insights/read-counters';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { seedSmallArchive } from '../../unit/io/io-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The stand-in charts' draw callbacks, by test id, called by the test. */
const charts = vi.hoisted(() => new Map<string, () => void>());

vi.mock('../../../components/options/insights/echart', () => ({
  preloadCharts: () => Promise.resolve({}),
  EChart: forwardRef<unknown, { testId: string; ariaLabel: string; onDrawn?: () => void }>(function FakeChart({ testId, ariaLabel, onDrawn }, _ref) {
    useEffect(() => {
      if (onDrawn) charts.set(testId, onDrawn);
    }, [testId, onDrawn]);
    return <div role="img" aria-label={ariaLabel} data-testid={testId} />;
  }),
}));

/** Each read request: the store, and for a `[metric+day]` range its metric. */
const reads: { store: string; metric?: string }[] = [];
const ARCHIVE_TABLES = ['customers', 'orders', 'notes', 'tasks', 'templates', 'conversations', 'searchKeyBacklog', 'quarantine', 'situationExamples'];
const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;

function logReads(): () => void {
  const restore: (() => void)[] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, (...args: unknown[]) => unknown>[]) {
    for (const name of READS) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        // A key range, or the options form of getAll ({ query: range, count, direction }).
        const first = args[0] as { query?: unknown } | undefined;
        const range = (first instanceof IDBKeyRange ? first : first?.query) as IDBKeyRange | undefined;
        const lower = range instanceof IDBKeyRange ? (range.lower as unknown) : undefined;
        reads.push({ store, metric: Array.isArray(lower) && typeof lower[0] === 'string' ? lower[0] : undefined });
        return original.apply(this, args);
      };
      restore.push(() => (proto[name] = original));
    }
  }
  return () => restore.forEach((undo) => undo());
}

const today = dayInZone(Date.now(), DEFAULT_SETTINGS.policy.timeZone);
const FIRST_CHART_METRICS = new Set<string>(VIEW_METRICS.products);

async function seedCounters(): Promise<void> {
  const changes = new Map<string, CounterNet>();
  for (let day = 0; day < 60; day += 3) {
    const base = { day: addDays(today, -day), platform: 'pinduoduo' as const, productKey: 'cup' };
    accumulate(
      changes,
      [
        { ...base, metric: metric.conversations, count: 4 },
        { ...base, metric: metric.situation(PRODUCT_PROBLEMS[day % PRODUCT_PROBLEMS.length]!), count: 1 },
        { ...base, metric: metric.situation('haggle'), count: 2 },
        { ...base, metric: metric.cause('damaged'), count: 1 },
        { ...base, metric: metric.followUp('revisit', 'on_time'), count: 1 },
      ],
      1,
      false,
    );
  }
  await db.transaction('rw', counterTables(db), () => applyCounterChanges(db, changes));
}

let host: HTMLElement;
let root: Root;
let stopLogging: () => void;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await seedSmallArchive(db);
  await seedCounters();
  charts.clear();
  reads.length = 0;
  stopLogging = logReads();
  location.hash = '#/insights';
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  stopLogging();
});

const loading = (card: string) => host.querySelector(`[data-testid="insights-loading-${card}"]`) !== null;

describe('the Insights route before and after its first chart', () => {
  it('reads only the first chart’s counters (and product names) until that chart is drawn, and never the archive', async () => {
    await act(async () => root.render(<AppProvider><OptionsApp /></AppProvider>));
    await vi.waitFor(() => expect(charts.has('insights-chart-products')).toBe(true));
    await vi.waitFor(() => expect(host.querySelector('[data-testid="insights-table-products"] tbody tr')).not.toBeNull());
    // A read of our own after the page's: the fake database answers in order, so any read the
    // page had started by now has been requested (and logged) before this one is answered.
    await act(async () => {
      await db.insightProducts.count();
    });

    const counterReads = reads.filter((read) => read.metric !== undefined);
    expect(counterReads.length).toBeGreaterThan(0);
    expect(counterReads.filter((read) => !FIRST_CHART_METRICS.has(read.metric!))).toEqual([]);
    expect(['situations', 'haggle', 'returns', 'followups'].filter(loading)).toEqual(['situations', 'haggle', 'returns', 'followups']);

    await act(async () => charts.get('insights-chart-products')!());
    await vi.waitFor(() => expect(['situations', 'haggle', 'returns', 'followups'].filter(loading)).toEqual([]));
    expect(reads.some((read) => read.metric === metric.situation('haggle'))).toBe(true);
    expect(reads.some((read) => read.metric === metric.followUp('revisit', 'on_time'))).toBe(true);

    const touched = new Set(reads.map((read) => read.store));
    expect(ARCHIVE_TABLES.filter((table) => touched.has(table))).toEqual([]);
    expect(touched.has('insightCounters') || touched.has('insightWeeks')).toBe(true);
  });

  it('reads the other charts at once when the first chart has nothing to draw', async () => {
    await db.insightCounters.clear();
    await db.insightWeeks.clear();
    await act(async () => root.render(<AppProvider><OptionsApp /></AppProvider>));
    await vi.waitFor(() => expect(host.querySelector('[data-testid="insights-empty-products"]')).not.toBeNull());
    await vi.waitFor(() => expect(host.querySelector('[data-testid="insights-empty"]')).not.toBeNull());
    expect(charts.size).toBe(0);
  });
});
