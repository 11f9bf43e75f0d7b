/**
 * Bundled into a page of the built extension by tests/bench/insights-export.ts: fills the
 * extension's database with insight events in bulk (events only: the exports never read the
 * counters), then runs the data page's two exports of the log on Chromium's real IndexedDB.
 */
import './scale-jitless';
import { SellerDb } from '../../lib/db/database';
import type { InsightEvent } from '../../lib/insights/contract';
import { exportInsightsCsv } from '../../lib/io/insight-export';
import { exportArchiveXlsx } from '../../lib/io/xlsx';

const db = new SellerDb();
const options = { locale: 'zh-CN' as const, timeZone: 'Asia/Shanghai' };

/** Written 50,000 to a transaction: a commit costs far more than its rows. */
async function seed(days: InsightEvent[][]): Promise<number> {
  const started = performance.now();
  let batch: InsightEvent[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await db.insightEvents.bulkAdd(rows);
  };
  for (const day of days) {
    batch.push(...day);
    if (batch.length >= 50_000) await flush();
  }
  await flush();
  return performance.now() - started;
}

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

async function csv(): Promise<{ ms: number; count: number; bytes: number; heapPeak: number }> {
  const before = heap();
  let peak = before;
  const started = performance.now();
  const result = await exportInsightsCsv(db, options, () => {
    peak = Math.max(peak, heap());
  });
  return { ms: performance.now() - started, count: result.count, bytes: result.blob.size, heapPeak: peak - before };
}

async function xlsx(): Promise<{ ms: number; bytes: number; shown: number; total: number; heapAfter: number }> {
  const before = heap();
  const started = performance.now();
  const workbook = await exportArchiveXlsx(db, options);
  return { ms: performance.now() - started, bytes: workbook.bytes.length, ...workbook.insights, heapAfter: heap() - before };
}

Object.assign(globalThis, { insightsExportBench: { seed, csv, xlsx } });
