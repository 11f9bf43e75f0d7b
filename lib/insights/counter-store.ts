/**
 * The one place counter rows are written: every change to the daily counters
 * (`insightCounters`) moves the weekly rollup (`insightWeeks`, the same rows with `day` = the
 * week's Monday) by the same amount, in the caller's transaction. The Insights page reads
 * whole weeks from the rollup and only the edge days from the daily rows, so a chart over
 * months reads a fraction of the rows; that is only right while every week row is the sum of its days,
 * which is why no writer touches either table but through here (the property test checks it).
 *
 * Callers run these inside a transaction that includes both tables (`counterTables`).
 */
import type { SellerDb } from '../db/database';
import type { Day, InsightCounter } from './contract';
import { weekStart } from './days';
import { byWeek, cents, rowOf, weekRowsOf, type CounterNet } from './counter-nets';

/** Both counter tables, for the transactions of every writer. */
export function counterTables(db: SellerDb) {
  return [db.insightCounters, db.insightWeeks];
}

/** Move the rows of one table by `changes`; a row that falls to zero is deleted (as a recount would have none). */
async function applyTo(table: SellerDb['insightCounters'], changes: Map<string, CounterNet>): Promise<void> {
  const keys = [...changes.keys()].filter((key) => {
    const net = changes.get(key)!;
    return net.count !== 0 || net.sum !== 0 || net.demoCount !== 0;
  });
  if (keys.length === 0) return;
  const rows = await table.bulkGet(keys);
  const puts: InsightCounter[] = [];
  const deletes: string[] = [];
  keys.forEach((key, index) => {
    const net = changes.get(key)!;
    const row = rows[index];
    const count = (row?.count ?? 0) + net.count;
    if (count === 0) {
      if (row) deletes.push(key);
      return;
    }
    const sum = row?.sum !== undefined || net.hasSum ? cents((row?.sum ?? 0) + net.sum) : undefined;
    puts.push(
      rowOf(key, {
        ...net,
        count,
        sum: sum ?? 0,
        hasSum: sum !== undefined,
        demoCount: (row?.demoCount ?? 0) + net.demoCount,
      }),
    );
  });
  if (puts.length > 0) await table.bulkPut(puts);
  if (deletes.length > 0) await table.bulkDelete(deletes);
}

/** Move the daily counters by `changes` (keyed by the daily `counterKey`) and their weeks by the same. */
export async function applyCounterChanges(db: SellerDb, changes: Map<string, CounterNet>): Promise<void> {
  await applyTo(db.insightCounters, changes);
  await applyTo(db.insightWeeks, byWeek(changes.values()));
}

/**
 * Retention deletes whole days: their daily rows go, and each is subtracted from its week
 * (weeks wholly before `firstKept` go at once, without reading their days). Returns how many
 * daily rows were deleted.
 */
export async function deleteCounterDaysBefore(db: SellerDb, firstKept: Day): Promise<number> {
  const firstWholeWeekKept = weekStart(firstKept);
  await db.insightWeeks.where('day').below(firstWholeWeekKept).delete();
  // The week of `firstKept` loses the days before it, if any.
  const edgeDays = await db.insightCounters.where('day').between(firstWholeWeekKept, firstKept, true, false).toArray();
  if (edgeDays.length > 0) await applyTo(db.insightWeeks, byWeek(edgeDays, -1));
  return db.insightCounters.where('day').below(firstKept).delete();
}

/** Rebuild every week row from the daily rows (after a recount, a restore, the v8 upgrade). */
export async function rebuildWeeks(db: SellerDb): Promise<number> {
  const rows = weekRowsOf(await db.insightCounters.toArray());
  await db.insightWeeks.clear();
  await db.insightWeeks.bulkPut(rows);
  return rows.length;
}
