/**
 * Exports of the insights event log: the whole log as CSV, and the newest events for the
 * workbook's sheet. A year can hold a million events, so the log is read one shop day at a
 * time (the `day` index), each day in its own short read transaction: the background keeps
 * logging meanwhile instead of waiting for one long read, and at most a day's events are in
 * memory as records. The CSV is kept as one Blob per day, which the browser may hold outside
 * the script's heap, and joined into one file at the end.
 */
import type { SellerDb } from '../db/database';
import type { InsightEvent } from '../insights/contract';
import { csvFileStart, csvLines } from './csv-format';
import { insightHeaders, insightRowBuilder, type InsightCell, type InsightNames, type InsightSheetOptions } from './insight-sheet';

export async function readInsightNames(db: SellerDb): Promise<InsightNames> {
  const [products, templates] = await Promise.all([db.insightProducts.toArray(), db.templates.toArray()]);
  return { products, templates };
}

/**
 * Every shop day's events in time order, oldest day first (or newest first), until `visit`
 * returns false. Days come from the index's distinct keys, so a day logged while the export
 * runs is either visited whole or not at all.
 */
export async function forEachInsightDay(
  db: SellerDb,
  order: 'oldest' | 'newest',
  visit: (events: InsightEvent[]) => boolean | void | Promise<boolean | void>,
): Promise<void> {
  const days = (await db.insightEvents.orderBy('day').uniqueKeys()) as string[];
  if (order === 'newest') days.reverse();
  for (const day of days) {
    const events = await db.insightEvents.where('day').equals(day).sortBy('at');
    if (order === 'newest') events.reverse();
    if ((await visit(events)) === false) return;
  }
}

export interface InsightsCsv {
  blob: Blob;
  count: number;
}

/** The whole log as a CSV file (UTF-8 with BOM, as the customer CSV). */
export async function exportInsightsCsv(db: SellerDb, options: InsightSheetOptions, onProgress?: (count: number) => void): Promise<InsightsCsv> {
  const toRow = insightRowBuilder(await readInsightNames(db), options);
  const parts: Blob[] = [new Blob([csvFileStart(insightHeaders(options.locale))])];
  let count = 0;
  await forEachInsightDay(db, 'oldest', (events) => {
    parts.push(new Blob([csvLines(events.map(toRow))]));
    count += events.length;
    onProgress?.(count);
  });
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), count };
}

/**
 * How many events the workbook's sheet holds at most. exceljs builds the whole workbook in
 * memory, over 20 KB of heap per row of this sheet, and its time grows faster than the rows
 * (`npm run bench -- insights-export`, Node, loaded machine: 20,000 rows 5 s and +470 MB,
 * 50,000 rows 14 s and +1.1 GB; a plain 200,000-row sheet took 5 minutes): a year's log cannot
 * go into it. The CSV export has every event.
 */
export const XLSX_INSIGHT_ROWS = 20_000;

export interface InsightRows {
  headers: string[];
  /** Oldest first. */
  rows: InsightCell[][];
  /** Events in the log; more than `rows.length` when the newest were taken. */
  total: number;
}

/** The newest `limit` events as rows, oldest of them first. */
export async function newestInsightRows(db: SellerDb, options: InsightSheetOptions, limit = XLSX_INSIGHT_ROWS): Promise<InsightRows> {
  const toRow = insightRowBuilder(await readInsightNames(db), options);
  const total = await db.insightEvents.count();
  const days: InsightCell[][][] = [];
  let taken = 0;
  await forEachInsightDay(db, 'newest', (events) => {
    const kept = events.slice(0, limit - taken);
    taken += kept.length;
    days.push(kept.reverse().map(toRow));
    return taken < limit;
  });
  return { headers: insightHeaders(options.locale), rows: days.reverse().flat(), total };
}

/** `seller-assistant-insights-YYYY-MM-DD.csv`, dated like the other exports. */
export function insightsExportFileName(now = Date.now()): string {
  return `seller-assistant-insights-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
