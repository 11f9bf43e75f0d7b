/**
 * Records set aside by an upgrade because they do not match the archive's schemas.
 *
 * Each upgrade used to trust every old record: one malformed customer (a phone stored as a
 * number, a missing buyer id: hand-edited data, an old bug, a half-written import) made the
 * v2 upgrade throw, the upgrade transaction abort and the whole database refuse to open, so
 * the seller lost access to every customer over one. Now the newest upgrade checks every
 * record against the schemas every write uses; one that fails is moved here whole, with the
 * table and key it came from and what is wrong with it, and the rest upgrades. Nothing is
 * deleted: the data page reports these records and offers them as a file.
 */
import type { Table, Transaction } from 'dexie';
import type { z } from 'zod';
import { localized, type Localized } from '../i18n/localized';
import { TABLE_SCHEMAS } from './schemas';

export interface QuarantinedRecord {
  /** `${table}:${key}`: one entry per source record, so running the check twice adds nothing. */
  id: string;
  table: CheckedTable;
  key: string;
  /** The record exactly as it was stored. */
  record: unknown;
  /** What failed, field by field (English, from the schema; for the report and the file). */
  problems: string[];
  quarantinedAt: number;
}

/** The tables whose records the schemas describe; the backlog holds only ids. */
const CHECKED_SCHEMAS = TABLE_SCHEMAS satisfies Record<string, z.ZodType>;

export type CheckedTable = keyof typeof CHECKED_SCHEMAS;
export const CHECKED_TABLES = Object.keys(CHECKED_SCHEMAS) as CheckedTable[];

/** What is wrong with `record`, or nothing when it is a valid row of `table`. */
export function recordProblems(table: CheckedTable, record: unknown): string[] {
  const result = CHECKED_SCHEMAS[table].safeParse(record);
  if (result.success) return [];
  return result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
}

/**
 * Move every malformed record of the checked tables into `quarantine`, inside an upgrade
 * transaction (so the move is all or nothing with the upgrade itself). Returns how many.
 */
export async function quarantineMalformedRecords(tx: Transaction, now = Date.now()): Promise<number> {
  const quarantine = tx.table<QuarantinedRecord, string>('quarantine');
  let moved = 0;
  for (const name of CHECKED_TABLES) {
    const table: Table<unknown, unknown> = tx.table(name);
    const bad: { key: unknown; record: unknown; problems: string[] }[] = [];
    await table.toCollection().each((record, cursor) => {
      const problems = recordProblems(name, record);
      if (problems.length > 0) bad.push({ key: cursor.primaryKey, record, problems });
    });
    if (bad.length === 0) continue;
    await quarantine.bulkPut(
      bad.map(({ key, record, problems }) => ({ id: `${name}:${String(key)}`, table: name, key: String(key), record, problems, quarantinedAt: now })),
    );
    await table.bulkDelete(bad.map((b) => b.key));
    moved += bad.length;
  }
  return moved;
}

export const QUARANTINE_FILE_FORMAT = 'seller-assistant/set-aside-records';

/** The set-aside records as a file the seller can keep or send for help. */
export function serializeQuarantine(records: readonly QuarantinedRecord[], now = Date.now()): string {
  return JSON.stringify({ format: QUARANTINE_FILE_FORMAT, exportedAt: now, records }, null, 2);
}

const TABLE_NAMES_ZH: Record<CheckedTable, string> = {
  customers: '顾客',
  orders: '订单',
  notes: '备注',
  tasks: '待办',
  templates: '话术',
  conversations: '会话状态',
};
const TABLE_NAMES_EN: Record<CheckedTable, string> = {
  customers: 'Customers',
  orders: 'Orders',
  notes: 'Notes',
  tasks: 'Tasks',
  templates: 'Templates',
  conversations: 'Conversation state',
};

/** One line per record for the data page: where it came from and its first problem. */
export function describeQuarantined(record: QuarantinedRecord): Localized {
  const problem = record.problems[0] ?? '';
  return localized(
    `「${TABLE_NAMES_ZH[record.table]}」${record.key}：${problem}`,
    `${TABLE_NAMES_EN[record.table]} ${record.key}: ${problem}`,
  );
}
