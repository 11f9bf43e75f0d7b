/**
 * Bench-only entry for tests/bench/insights-page.ts, bundled with esbuild and evaluated in an
 * extension page: the scale bench's archive seeding (benchApi.seedOurs: customers, orders,
 * notes, tasks) plus `insightsBenchApi`, which makes a year of counters in the page and writes
 * them into the extension's database.
 */
import './scale-page-api';
import Dexie from 'dexie';
import { SellerDb } from '../../lib/db/database';
import { counterKey, metric, type InsightCounter } from '../../lib/insights/contract';
import { weekStart } from '../../lib/insights/days';
import { readView, VIEW_METRICS } from '../../lib/insights/read-counters';
import { makeInsightCounters } from './insights-counters';

const CHUNK = 20_000;
let lastCounters: InsightCounter[] = [];

export const insightsBenchApi = {
  async seedCounters(today: string, days = 365) {
    const started = performance.now();
    const made = makeInsightCounters({ today, days });
    const generateMs = performance.now() - started;
    lastCounters = made.counters;
    const db = new SellerDb();
    await db.open();
    const writeStart = performance.now();
    for (let i = 0; i < made.counters.length; i += CHUNK) await db.insightCounters.bulkPut(made.counters.slice(i, i + CHUNK));
    await db.insightProducts.bulkPut(made.products);
    const writeMs = performance.now() - writeStart;
    const rows = await db.insightCounters.count();
    db.close();
    return { messages: made.messages, rows, products: made.products.length, generateMs, writeMs };
  },

  /** The products view's read alone, for the figures: rows and milliseconds. */
  async timeProductsRead(from: string, to: string) {
    const db = new SellerDb();
    await db.open();
    const start = performance.now();
    const rows = await readView(db, 'products', { from, to });
    const ms = performance.now() - start;
    const conversations = rows.filter((r) => r.metric === metric.conversations).length;
    db.close();
    return { rows: rows.length, conversations, ms };
  },

  /** How the same days read through the primary key (all metrics, stored in day order). */
  async timePrimaryRead(from: string, to: string) {
    const db = new SellerDb();
    await db.open();
    const start = performance.now();
    const rows = await db.insightCounters.where(':id').between(`${from}|`, `${to}|\uffff`, true, true).toArray();
    const ms = performance.now() - start;
    db.close();
    return { rows: rows.length, ms };
  },

  /**
   * The design alternative, measured, not used by the page: the same counters rolled up per
   * week (day = the week's Monday) in a separate database of the same origin, read the same
   * way for the products view's whole weeks.
   */
  async timeWeeklyRollupRead(from: string, to: string) {
    const weekly = new Map<string, InsightCounter>();
    for (const row of lastCounters) {
      const day = weekStart(row.day);
      const key = counterKey(day, row.platform, row.productKey, row.metric);
      const sum = weekly.get(key);
      if (sum) {
        sum.count += row.count;
        if (row.sum !== undefined) sum.sum = (sum.sum ?? 0) + row.sum;
      } else weekly.set(key, { ...row, key, day });
    }
    const probe = new Dexie('insights-weekly-probe');
    probe.version(1).stores({ weekly: 'key, [metric+day]' });
    const table = probe.table<InsightCounter, string>('weekly');
    const rows = [...weekly.values()];
    for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
    const start = performance.now();
    const parts = await probe.transaction('r', table, () =>
      Promise.all(VIEW_METRICS.products.map((name) => table.where('[metric+day]').between([name, weekStart(from)], [name, to], true, true).toArray())),
    );
    const ms = performance.now() - start;
    await probe.delete();
    return { stored: rows.length, rows: parts.reduce((n, p) => n + p.length, 0), ms };
  },
};

(globalThis as unknown as { insightsBenchApi: typeof insightsBenchApi }).insightsBenchApi = insightsBenchApi;
