/**
 * The archive database. Opened only in extension pages and the background: a content script
 * would open the marketplace origin's IndexedDB instead, where page scripts can read it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Conversation, Customer, Note, Order, SituationExample, Task, Template } from './schemas';
import { customerSearchKeys } from '../search/customer-search-keys';
import type { BacklogRow } from './search-key-backlog';
import { quarantineMalformedRecords, type QuarantinedRecord } from './quarantine';
import type { InsightCounter, InsightEvent, InsightProduct } from '../insights/contract';
import { weekRowsOf } from '../insights/counter-nets';

/**
 * A stored customer carries derived fields that are never exported: its search keys, rebuilt
 * on every write, or, when a bulk write left them to be built later, the `keysPending` mark.
 */
export type StoredCustomer = Customer & { searchKeys?: string[]; keysPending?: 1 };

/** The customer without the fields the database derives. */
export function toCustomer(stored: StoredCustomer): Customer {
  const { searchKeys: _keys, keysPending: _pending, ...customer } = stored;
  return customer;
}

export const DB_NAME = 'seller-assistant';

/**
 * Each entry is one schema version: the indexes (Dexie syntax) of every table. Index only
 * what is queried: customers by platform+uid (unique), phone and name; orders by customer and
 * order number; notes by customer in time order; tasks by status+due (today's list, the
 * badge) and by customer; templates by situation and shortcut.
 */
export const SCHEMA_V1 = {
  customers: 'id, &[platform+platformUid], phone, name',
  orders: 'id, customerId, orderNo',
  notes: 'id, [customerId+createdAt]',
  tasks: 'id, [status+dueAt], customerId, ruleKey',
  templates: 'id, situation, shortcut',
} as const;

/**
 * v2: customers gain a multi-entry index of search keys (pinyin, initials, phone fragments);
 * a conversations table keeps per-buyer playbook state (the haggling ladder).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  customers: 'id, &[platform+platformUid], phone, name, *searchKeys',
  conversations: 'key',
} as const;

/**
 * v3: customers written by a bulk import or restore may wait for their search keys: marked
 * `keysPending: 1` and listed in `searchKeyBacklog` for the background to build (see
 * search-key-backlog.ts). A new empty table: no v2 record changes.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  searchKeyBacklog: 'id',
} as const;

/**
 * v4: customers keep only the indexes nothing else can answer: platform+uid (unique) and the
 * search keys. Each index is one more entry written per customer: writing 100,000 imported
 * customers took 14.4 s without the phone and name indexes against 17.7 s with them (one
 * transaction in Chromium on the 2-core bench machine). A phone is found
 * through its search keys (every suffix of its digits, the whole number included), and the
 * list without a query shows the newest customers first, in id order (see new-id.ts).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  customers: 'id, &[platform+platformUid], *searchKeys',
} as const;

/**
 * v5: a `quarantine` table, and every record checked against the schemas on the way up: a
 * malformed one is moved there whole and reported on the data page, so it can no longer
 * stop the database opening or break a backup (see quarantine.ts).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  quarantine: 'id, table',
} as const;

/**
 * v6: `situationExamples`, the shop's own labelled buyer messages (corrections of the
 * sidebar's situation), newest kept, bounded (see repositories/situation-examples.ts). A new
 * table: no v5 record changes. Indexed by time (the oldest go first when the bound is reached)
 * and by text (a message labelled again replaces its earlier label).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  situationExamples: 'id, createdAt, text',
} as const;

/**
 * v7: the after-sales insights (lib/insights/contract.ts): `insightEvents`, one per handled
 * buyer message (by day for retention, by message so a message is logged once, by buyer and
 * day to tell a new conversation, demo rows for their removal); `insightCounters`, the daily
 * counters charts read by metric and day range; `insightProducts`, product names. New
 * tables: no v6 record changes.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  insightEvents: 'id, day, &messageKey, [buyerKey+day], demo',
  insightCounters: 'key, [metric+day], day',
  insightProducts: 'key',
} as const;

/**
 * v8: `insightWeeks`, the weekly rollup of `insightCounters` (the same rows, `day` = the
 * week's Monday), which the Insights page reads for whole weeks (lib/insights/counter-store.ts
 * keeps it equal to the sum of the daily rows). A new table, filled from the v7 daily rows on
 * upgrade: no v7 record changes.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  insightWeeks: 'key, [metric+day], day',
} as const;

export class SellerDb extends Dexie {
  customers!: EntityTable<StoredCustomer, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  conversations!: EntityTable<Conversation, 'key'>;
  searchKeyBacklog!: EntityTable<BacklogRow, 'id'>;
  quarantine!: EntityTable<QuarantinedRecord, 'id'>;
  situationExamples!: EntityTable<SituationExample, 'id'>;
  insightEvents!: EntityTable<InsightEvent, 'id'>;
  insightCounters!: EntityTable<InsightCounter, 'key'>;
  insightWeeks!: EntityTable<InsightCounter, 'key'>;
  insightProducts!: EntityTable<InsightProduct, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<StoredCustomer, string>('customers')
          .toCollection()
          .modify((customer) => {
            // A malformed customer must not abort the upgrade (and with it the whole
            // database): it goes without keys here and into quarantine at v5.
            const keys = searchKeysOrNothing(customer);
            if (keys) customer.searchKeys = keys;
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((tx) => quarantineMalformedRecords(tx));
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
    this.version(8)
      .stores(SCHEMA_V8)
      .upgrade(async (tx) => {
        const daily = await tx.table<InsightCounter, string>('insightCounters').toArray();
        await tx.table<InsightCounter, string>('insightWeeks').bulkPut(weekRowsOf(daily));
      });
    // Every write path (repositories, import, restore) gets fresh keys, or deliberately
    // defers them, without remembering to. A DBCore middleware rather than Dexie hooks:
    // hooks make Dexie write bulk operations one object at a time, which made a
    // 100,000-row import several times slower.
    this.use({
      stack: 'dbcore',
      name: 'customer-search-keys',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'customers') return table;
          return {
            ...table,
            mutate: (req) =>
              req.type === 'add' || req.type === 'put'
                ? table.mutate({ ...req, values: req.values.map(withSearchKeys) })
                : table.mutate(req),
          };
        },
      }),
    });
  }
}

/**
 * The keys, or undefined for a record too malformed to build them from (only old stored
 * data: every write path validates first). Upgrades write through the middleware too.
 */
function searchKeysOrNothing(customer: StoredCustomer): string[] | undefined {
  try {
    return customerSearchKeys(customer);
  } catch {
    return undefined;
  }
}

/** A value marked `keysPending` is stored without keys (see search-key-backlog.ts). */
function withSearchKeys(value: StoredCustomer): StoredCustomer {
  if (value.keysPending === 1) {
    const { searchKeys: _stale, ...waiting } = value;
    return waiting;
  }
  const { keysPending: _mark, searchKeys: _old, ...customer } = value;
  const searchKeys = searchKeysOrNothing(customer);
  return searchKeys ? { ...customer, searchKeys } : customer;
}

let shared: SellerDb | undefined;

/** The one database connection of this extension context. */
export function getDb(): SellerDb {
  shared ??= new SellerDb();
  return shared;
}
