/**
 * Bench-only entry for tests/bench/insights-page.ts, bundled with esbuild and evaluated in an
 * extension page: the scale bench's archive seeding (benchApi.seedOurs: customers, orders,
 * notes, tasks) plus `insightsBenchApi`, which makes a year of daily counters in the page and
 * writes them, with their weekly rollup, into the extension's database.
 */
import './scale-page-api';
import { SellerDb } from '../../lib/db/database';
import { metric } from '../../lib/insights/contract';
import { weekRowsOf } from '../../lib/insights/counter-nets';
import { readDailyCounters, readView, VIEW_METRICS } from '../../lib/insights/read-counters';
import { makeInsightCounters } from './insights-counters';

const CHUNK = 20_000;

export const insightsBenchApi = {
  async seedCounters(today: string, days = 365) {
    const started = performance.now();
    const made = makeInsightCounters({ today, days });
    const generateMs = performance.now() - started;
    const db = new SellerDb();
    await db.open();
    const writeStart = performance.now();
    for (let i = 0; i < made.counters.length; i += CHUNK) await db.insightCounters.bulkPut(made.counters.slice(i, i + CHUNK));
    // The weekly rollup the writers keep, derived from the same daily rows.
    const weeks = weekRowsOf(made.counters);
    for (let i = 0; i < weeks.length; i += CHUNK) await db.insightWeeks.bulkPut(weeks.slice(i, i + CHUNK));
    await db.insightProducts.bulkPut(made.products);
    const writeMs = performance.now() - writeStart;
    const rows = await db.insightCounters.count();
    const weekRows = await db.insightWeeks.count();
    db.close();
    return { messages: made.messages, rows, weekRows, products: made.products.length, generateMs, writeMs };
  },

  /** The products view's read alone (weeks from the rollup, edge days daily): rows and milliseconds. */
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

  /** The same products read from the daily rows only (how the page read before the weekly rollup). */
  async timeDailyOnlyRead(from: string, to: string) {
    const db = new SellerDb();
    await db.open();
    const start = performance.now();
    const rows = await readDailyCounters(db, VIEW_METRICS.products, { from, to });
    const ms = performance.now() - start;
    db.close();
    return { rows: rows.length, ms };
  },
};

(globalThis as unknown as { insightsBenchApi: typeof insightsBenchApi }).insightsBenchApi = insightsBenchApi;
