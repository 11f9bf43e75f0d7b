/**
 * The archive database. Opened only in extension pages and the background: a content script
 * would open the marketplace origin's IndexedDB instead, where page scripts can read it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Conversation, Customer, Note, Order, Task, Template } from './schemas';
import { customerSearchKeys } from '../search/customer-search-keys';

/** A stored customer carries its derived search keys (never exported, rebuilt on write). */
export type StoredCustomer = Customer & { searchKeys?: string[] };

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

export class SellerDb extends Dexie {
  customers!: EntityTable<StoredCustomer, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  conversations!: EntityTable<Conversation, 'key'>;

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
            customer.searchKeys = customerSearchKeys(customer);
          }),
      );
    // Every write path (repositories, import, restore) gets fresh keys without remembering
    // to. A DBCore middleware rather than Dexie hooks: hooks make Dexie write bulk
    // operations one object at a time, which made a 100,000-row import several times slower.
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

function withSearchKeys(value: StoredCustomer): StoredCustomer {
  return { ...value, searchKeys: customerSearchKeys(value) };
}

let shared: SellerDb | undefined;

/** The one database connection of this extension context. */
export function getDb(): SellerDb {
  shared ??= new SellerDb();
  return shared;
}
