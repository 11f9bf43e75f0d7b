/**
 * The archive's tables as one value: what a backup carries, what a restore writes and what
 * "erase everything" clears. Read in one transaction so a backup never mixes two moments.
 */
import { toCustomer, type SellerDb } from '../db/database';
import { writeCustomersKeysDeferred } from '../db/search-key-backlog';
import type { Conversation, Customer, Note, Order, SituationExample, Task, Template } from '../db/schemas';
import { localized, type Localized } from '../i18n/localized';
import type { InsightCounter, InsightEvent, InsightProduct } from '../insights/contract';
import { recountCounters } from '../insights/event-log';

export interface ArchiveTables {
  customers: Customer[];
  orders: Order[];
  notes: Note[];
  tasks: Task[];
  /**
   * All templates, built-ins included: their rows carry the seller's own state (hidden,
   * favourite, shortcut, usage count), which an exact restore must bring back.
   */
  templates: Template[];
  conversations: Conversation[];
  /** The shop's corrections of the situation (labelled buyer messages). */
  situationExamples: SituationExample[];
  /** The insights event log (schema v7). */
  insightEvents: InsightEvent[];
  /**
   * The daily counters. Carried whole because the follow-up results exist only here; the
   * event counters are rebuilt from the events on restore (`recountCounters`), so a file
   * whose counters disagree with its events cannot leave the charts wrong.
   */
  insightCounters: InsightCounter[];
  insightProducts: InsightProduct[];
}

export const TABLE_NAMES = [
  'customers',
  'orders',
  'notes',
  'tasks',
  'templates',
  'conversations',
  'situationExamples',
  'insightEvents',
  'insightCounters',
  'insightProducts',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const TABLE_LABELS: Record<TableName, Localized> = {
  customers: localized('顾客', 'Customers'),
  orders: localized('订单', 'Orders'),
  notes: localized('备注', 'Notes'),
  tasks: localized('待办', 'Tasks'),
  templates: localized('话术', 'Templates'),
  conversations: localized('会话状态', 'Conversation state'),
  situationExamples: localized('识别纠正', 'Situation corrections'),
  insightEvents: localized('洞察记录', 'Insight events'),
  insightCounters: localized('洞察统计', 'Insight counters'),
  insightProducts: localized('洞察商品名', 'Insight product names'),
};

/** Tables a backup written before their schema version lacks: restored as empty. */
export const TABLE_SINCE: Partial<Record<TableName, number>> = {
  situationExamples: 6,
  insightEvents: 7,
  insightCounters: 7,
  insightProducts: 7,
};

/**
 * The archive's tables, the search-key backlog that goes with the customers, and the weekly
 * rollup of the insight counters: neither is in a backup (both are rebuilt from what is), but
 * a restore or an erase must replace them with the rest.
 */
export function allTables(db: SellerDb) {
  return [
    db.customers,
    db.orders,
    db.notes,
    db.tasks,
    db.templates,
    db.conversations,
    db.situationExamples,
    db.insightEvents,
    db.insightCounters,
    db.insightProducts,
    db.insightWeeks,
    db.searchKeyBacklog,
  ];
}

export async function readArchive(db: SellerDb): Promise<ArchiveTables> {
  return db.transaction('r', allTables(db), async () => ({
    customers: (await db.customers.toArray()).map(toCustomer),
    orders: await db.orders.toArray(),
    notes: await db.notes.toArray(),
    tasks: await db.tasks.toArray(),
    templates: await db.templates.toArray(),
    conversations: await db.conversations.toArray(),
    situationExamples: await db.situationExamples.toArray(),
    insightEvents: await db.insightEvents.toArray(),
    insightCounters: await db.insightCounters.toArray(),
    insightProducts: await db.insightProducts.toArray(),
  }));
}

/** What the customer sheets are made of: the customer tables without the insights log. */
export type SheetTables = Pick<ArchiveTables, 'customers' | 'orders' | 'notes' | 'tasks'>;

/**
 * The customer tables alone, for the CSV and XLSX exports: `readArchive` would also load the
 * insights log and its counters, which can run to millions of rows the customer sheets never use.
 */
export async function readSheetTables(db: SellerDb): Promise<SheetTables> {
  return db.transaction('r', [db.customers, db.orders, db.notes, db.tasks], async () => ({
    customers: (await db.customers.toArray()).map(toCustomer),
    orders: await db.orders.toArray(),
    notes: await db.notes.toArray(),
    tasks: await db.tasks.toArray(),
  }));
}

/**
 * Replace every table with the given rows, all or nothing. Customers wait for their search
 * keys, which the background builds afterwards (see search-key-backlog.ts).
 */
export async function replaceArchive(db: SellerDb, tables: ArchiveTables): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((table) => table.clear()));
    await writeCustomersKeysDeferred(db, tables.customers);
    await db.orders.bulkAdd(tables.orders);
    await db.notes.bulkAdd(tables.notes);
    await db.tasks.bulkAdd(tables.tasks);
    await db.templates.bulkAdd(tables.templates);
    await db.conversations.bulkAdd(tables.conversations);
    await db.situationExamples.bulkAdd(tables.situationExamples);
    await db.insightEvents.bulkAdd(tables.insightEvents);
    await db.insightCounters.bulkAdd(tables.insightCounters);
    await db.insightProducts.bulkAdd(tables.insightProducts);
    // The event counters follow from the events (see the field's comment above), and the
    // weekly rollup from the daily counters (recountCounters rebuilds it).
    await recountCounters(db);
  });
}

/** "Erase everything": every table emptied in one transaction; settings are the caller's. */
export async function eraseArchive(db: SellerDb): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((table) => table.clear()));
  });
}
