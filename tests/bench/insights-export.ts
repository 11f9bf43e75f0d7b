/**
 * Exporting the insights event log at a year's size. Figures:
 * 1. Node: formatting a year of 1,000,000 events into the CSV, day by day as the export does
 *    (events made in memory, no database), with the heap it took;
 * 2. Node: the whole CSV export (exportInsightsCsv) over a log in fake-indexeddb
 *    (INSIGHTS_EXPORT_EVENTS, default 100,000) and the workbook's insights sheet at its cap
 *    (XLSX_INSIGHT_ROWS newest events) through exceljs;
 * 3. Chromium (the built extension, real IndexedDB): both exports as the data page runs them,
 *    over INSIGHTS_EXPORT_BROWSER_EVENTS events (default 1,000,000; filled in bulk first).
 * Run: npm run bench -- insights-export
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { launchExtension, ROOT } from '../e2e/support/extension';
import 'fake-indexeddb/auto';
import { SellerDb } from '../../lib/db/database';
import type { InsightEvent } from '../../lib/insights/contract';
import { addDays } from '../../lib/insights/days';
import { csvFileStart, csvLines } from '../../lib/io/csv-format';
import { exportInsightsCsv, newestInsightRows, XLSX_INSIGHT_ROWS } from '../../lib/io/insight-export';
import { insightHeaders, insightRowBuilder } from '../../lib/io/insight-sheet';
import { archiveToXlsx } from '../../lib/io/xlsx';

const TZ = 'Asia/Shanghai';
const options = { locale: 'zh-CN' as const, timeZone: TZ };
const SITUATIONS = ['haggle', 'logistics', 'damaged', 'size_fit', 'return_request', 'refund', 'ship_time', 'free_shipping'] as const;
const PLATFORMS = ['pinduoduo', 'douyin', 'jd', 'taobao'] as const;

/** About a million events a year. */
const PER_DAY = 2740;

/** One shop day's events (up to PER_DAY), spread over its hours; about one in three decided something. */
function dayEvents(dayIndex: number, perDay = PER_DAY, firstDay = '2025-12-05'): InsightEvent[] {
  const day = addDays(firstDay, dayIndex);
  const start = Date.parse(`${day}T00:00:00+08:00`);
  const events: InsightEvent[] = [];
  for (let i = 0; i < perDay; i += 1) {
    const n = dayIndex * PER_DAY + i;
    const at = start + Math.floor((i / perDay) * 86_400_000);
    const situation = SITUATIONS[n % SITUATIONS.length]!;
    const decision: InsightEvent['outcomes'] =
      n % 6 === 0
        ? [{ kind: 'decision', decision: 'price_accepted', listPrice: 59, finalPrice: 52, at: at + 60_000 }]
        : n % 6 === 1
          ? [{ kind: 'decision', decision: 'return', cause: 'damaged', postage: 'seller', at: at + 60_000 }]
          : [];
    events.push({
      id: `e${String(n).padStart(9, '0')}`,
      at,
      day,
      platform: PLATFORMS[n % PLATFORMS.length]!,
      buyerKey: `pinduoduo:buyer_${n % 100_000}`,
      messageKey: `pinduoduo:buyer_${n % 100_000}#${n.toString(16).padStart(8, '0')}`,
      productKey: `goods_${n % 200}`,
      productName: `北欧风陶瓷马克杯 款式 ${n % 200}`,
      situations: [situation],
      ...(i % 5 === 0 ? { opensConversation: true as const } : {}),
      outcomes: [{ kind: 'script', scriptId: `${situation}.zh-CN.1`, at: at + 30_000 }, ...decision],
    });
  }
  return events;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

async function formatYear(): Promise<void> {
  const days = 365;
  const toRow = insightRowBuilder({ products: [], templates: [] }, options);
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const t = performance.now();
  const parts: Blob[] = [new Blob([csvFileStart(insightHeaders('zh-CN'))])];
  let events = 0;
  for (let d = 0; d < days; d += 1) {
    const day = dayEvents(d);
    parts.push(new Blob([csvLines(day.map(toRow))]));
    events += day.length;
    if (d % 30 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const blob = new Blob(parts);
  const elapsed = performance.now() - t;
  console.log(
    `insights CSV, formatting ${events.toLocaleString('en')} events day by day (no database): ${(elapsed / 1000).toFixed(1)} s, ` +
      `${mb(blob.size)} file, heap peak +${mb(peak - heapBefore)} (the file's bytes are in Blobs)`,
  );
}

async function exportFromDb(): Promise<SellerDb> {
  const total = Number(process.env.INSIGHTS_EXPORT_EVENTS ?? 100_000);
  const db = new SellerDb(`bench-insights-export-${total}`);
  let t = performance.now();
  for (let d = 0, written = 0; written < total; d += 1) {
    const day = dayEvents(d, Math.min(PER_DAY, total - written));
    await db.insightEvents.bulkAdd(day);
    written += day.length;
  }
  console.log(`insights export: filled fake-indexeddb with ${total.toLocaleString('en')} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const csv = await exportInsightsCsv(db, options);
  console.log(
    `insights CSV export over fake-indexeddb, ${csv.count.toLocaleString('en')} events read one shop day at a time: ${((performance.now() - t) / 1000).toFixed(1)} s, ${mb(csv.blob.size)}`,
  );
  return db;
}

async function workbook(db: SellerDb): Promise<void> {
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const rows = await newestInsightRows(db, options);
  const readTime = performance.now() - t;
  t = performance.now();
  const bytes = await archiveToXlsx({ customers: [], orders: [], notes: [], tasks: [] }, options, rows);
  console.log(
    `insights XLSX sheet, ${rows.rows.length.toLocaleString('en')} newest of ${rows.total.toLocaleString('en')} events (cap ${XLSX_INSIGHT_ROWS.toLocaleString('en')}): ` +
      `read ${(readTime / 1000).toFixed(1)} s, exceljs ${((performance.now() - t) / 1000).toFixed(1)} s, ${mb(bytes.length)} file, heap +${mb(process.memoryUsage().heapUsed - heapBefore)} after writing`,
  );
}

async function inChromium(): Promise<void> {
  const total = Number(process.env.INSIGHTS_EXPORT_BROWSER_EVENTS ?? 1_000_000);
  if (total === 0) return;
  const bundle = (
    await build({ entryPoints: [join(ROOT, 'tests/bench/insights-export-api.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error' })
  ).outputFiles[0]!.text;
  const session = await launchExtension({ headless: true });
  try {
    // A page of the extension's origin that runs no app code: the same database as the data page.
    const page = await session.openExtensionPage('manifest.json');
    await page.evaluate(bundle);
    let seedMs = 0;
    // Handed over 30 days at a time: one evaluate per day would cost more than the writes.
    for (let d = 0, written = 0; written < total; d += 30) {
      const days: InsightEvent[][] = [];
      for (let k = d; k < d + 30 && written < total; k += 1) {
        const day = dayEvents(k, Math.min(PER_DAY, total - written));
        days.push(day);
        written += day.length;
      }
      seedMs += (await page.evaluate((chunk) => (globalThis as unknown as { insightsExportBench: { seed(d: unknown): Promise<number> } }).insightsExportBench.seed(chunk), days)) as number;
    }
    console.log(`insights export (Chromium): filled IndexedDB with ${total.toLocaleString('en')} events in ${(seedMs / 1000).toFixed(0)} s`);
    const csv = (await page.evaluate('insightsExportBench.csv()')) as { ms: number; count: number; bytes: number; heapPeak: number };
    console.log(
      `insights CSV export (Chromium): ${csv.count.toLocaleString('en')} events in ${(csv.ms / 1000).toFixed(1)} s, ${mb(csv.bytes)} file, JS heap peak +${mb(csv.heapPeak)}`,
    );
    const xlsx = (await page.evaluate('insightsExportBench.xlsx()')) as { ms: number; bytes: number; shown: number; total: number; heapAfter: number };
    console.log(
      `insights XLSX export (Chromium): the newest ${xlsx.shown.toLocaleString('en')} of ${xlsx.total.toLocaleString('en')} events in ${(xlsx.ms / 1000).toFixed(1)} s, ${mb(xlsx.bytes)} file, JS heap ${xlsx.heapAfter >= 0 ? '+' : ''}${mb(xlsx.heapAfter)} after (the garbage of the CSV run may be collected meanwhile)`,
    );
  } finally {
    await session.close();
  }
}

export async function run(): Promise<void> {
  await formatYear();
  const db = await exportFromDb();
  await workbook(db);
  await db.delete();
  await inChromium();
}
