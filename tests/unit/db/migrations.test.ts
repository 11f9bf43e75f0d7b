import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V7, SCHEMA_V8, SellerDb, toCustomer, type StoredCustomer } from '../../../lib/db/database';
import { createBackup, parseBackup, serializeBackup } from '../../../lib/io/backup';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { buildAllPendingSearchKeys, countCustomersAwaitingSearchKeys, writeCustomersKeysDeferred } from '../../../lib/db/search-key-backlog';
import { conversationSchema, customerSchema, noteSchema, orderSchema, taskSchema, templateSchema } from '../../../lib/db/schemas';
import { customerSearchKeys } from '../../../lib/search/customer-search-keys';
import { findCustomerByPhone } from '../../../lib/db/repositories/customers';
import { searchCustomers } from '../../../lib/db/repositories/customer-search';
import v1Archive from '../../fixtures/db/v1-archive.json';
import v2Archive from '../../fixtures/db/v2-archive.json';
import v3Archive from '../../fixtures/db/v3-archive.json';
import malformedRecords from '../../fixtures/db/malformed-records.json';

/** The newest schema version: every fixture must open at it. */
const LATEST = 8;

type TableName = keyof typeof v1Archive;
const TABLES = Object.keys(v1Archive) as TableName[];
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

function testName(): string {
  return `test-${crypto.randomUUID()}`;
}

/** Write the fixture the way the first release did: a database that only knows schema v1. */
async function writeV1Archive(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  for (const table of TABLES) await v1.table(table).bulkAdd(v1Archive[table]);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('v1 fixture', () => {
  it('is a valid v1 archive (every record passes the current schemas unchanged)', () => {
    const schemas = { customers: customerSchema, orders: orderSchema, notes: noteSchema, tasks: taskSchema, templates: templateSchema };
    for (const table of TABLES) {
      for (const record of v1Archive[table]) expect(schemas[table].parse(record)).toEqual(record);
    }
    expect(v1Archive.customers.length).toBeGreaterThanOrEqual(4);
  });
});

describe('upgrade from schema v1', () => {
  it('keeps every record, adds search keys to every customer and an empty conversations table', async () => {
    const name = testName();
    await writeV1Archive(name);

    const db = new SellerDb(name);
    await db.open();
    try {
      expect(db.verno).toBe(LATEST);
      expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V8).sort());
      expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
      expect(await db.conversations.count()).toBe(0);

      const customers = byId(await db.customers.toArray());
      expect(customers).toHaveLength(v1Archive.customers.length);
      for (const [i, stored] of customers.entries()) {
        const { searchKeys, ...rest } = stored;
        expect(rest).toEqual(byId(v1Archive.customers)[i]);
        expect(searchKeys).toEqual(customerSearchKeys(rest));
        expect(searchKeys?.length).toBeGreaterThan(0);
      }
      expect(byId(await db.orders.toArray())).toEqual(byId(v1Archive.orders));
      expect(byId(await db.notes.toArray())).toEqual(byId(v1Archive.notes));
      expect(byId(await db.tasks.toArray())).toEqual(byId(v1Archive.tasks));
      expect(byId(await db.templates.toArray())).toEqual(byId(v1Archive.templates));
    } finally {
      db.close();
    }
  });

  it('makes the upgraded customers findable through the new multi-entry index', async () => {
    const name = testName();
    await writeV1Archive(name);
    const db = new SellerDb(name);
    try {
      const ids = async (key: string) =>
        (await db.customers.where('searchKeys').startsWith(key).distinct().toArray()).map((c) => c.id).sort();
      expect(await ids('zhangsanfeng')).toEqual(['c-zhang']);
      expect(await ids('5678')).toEqual(['c-zhang']);
      expect(await ids('小花')).toEqual(['c-emoji']);
      expect(await ids('amy')).toEqual(['c-en']);
      expect(await ids('jd_e***e')).toEqual(['c-masked']);
    } finally {
      db.close();
    }
  });

  it('keeps the v1 indexes working after the upgrade (unique platform+uid, status+due)', async () => {
    const name = testName();
    await writeV1Archive(name);
    const db = new SellerDb(name);
    try {
      const found = await db.customers.where('[platform+platformUid]').equals(['douyin', 'dy_小花🌸']).first();
      expect(found?.id).toBe('c-emoji');
      const open = await db.tasks.where('[status+dueAt]').between(['open', 0], ['open', Infinity]).toArray();
      expect(open.map((t) => t.id)).toEqual(['t-1', 't-3']);
      const clash = customerSchema.parse({ ...v1Archive.customers[0], id: 'c-other' });
      await expect(db.customers.add(clash)).rejects.toMatchObject({ name: 'ConstraintError' });
    } finally {
      db.close();
    }
  });
});

const SCHEMAS_UP_TO = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3];

/** Write a fixture the way release `version` did: a database that knows schemas 1 to `version`. */
async function writeArchiveAt(name: string, version: 2 | 3, archive: Record<string, object[]>): Promise<void> {
  const old = new Dexie(name);
  SCHEMAS_UP_TO.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.open();
  for (const [table, rows] of Object.entries(archive)) await old.table(table).bulkAdd(rows);
  expect(old.verno).toBe(version);
  old.close();
}

/** Every table holds exactly the fixture's records, in any order. */
async function expectEveryRecord(db: SellerDb, archive: Record<string, object[]>): Promise<void> {
  for (const [table, rows] of Object.entries(archive)) {
    const key = table === 'conversations' ? 'key' : 'id';
    const sort = (list: object[]) => [...list].sort((a, b) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key])));
    expect(sort(await db.table(table).toArray())).toEqual(sort(rows));
  }
}

/** The second release: schema v2, search keys stored inline. */
const writeV2Archive = (name: string) => writeArchiveAt(name, 2, v2Archive);

describe('v2 fixture', () => {
  it('holds the v1 records plus what v2 added: search keys and a conversation', () => {
    const { conversations, customers, ...rest } = v2Archive;
    expect(customers.map(({ searchKeys: _keys, ...c }) => c)).toEqual(v1Archive.customers);
    for (const c of customers) expect(c.searchKeys).toEqual(customerSearchKeys(c));
    expect(rest).toEqual({ orders: v1Archive.orders, notes: v1Archive.notes, tasks: v1Archive.tasks, templates: v1Archive.templates });
    for (const c of conversations) expect(conversationSchema.parse(c)).toEqual(c);
  });
});

describe('upgrade from schema v2', () => {
  it('keeps every record exactly, search keys and conversations included', async () => {
    const name = testName();
    await writeV2Archive(name);
    const db = new SellerDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(LATEST);
      await expectEveryRecord(db, v2Archive);
      expect(await countCustomersAwaitingSearchKeys(db)).toBe(0);
      const found = await db.customers.where('searchKeys').startsWith('zhangsanfeng').distinct().toArray();
      expect(found.map((c) => c.id)).toEqual(['c-zhang']);
    } finally {
      db.close();
    }
  });

  it('can then defer search keys: a marked customer is stored without keys until they are built', async () => {
    const name = testName();
    await writeV2Archive(name);
    const db = new SellerDb(name);
    try {
      const zhang = (await db.customers.get('c-zhang'))!;
      await writeCustomersKeysDeferred(db, [{ ...zhang, name: '张无忌' }], 'put');
      expect((await db.customers.get('c-zhang'))?.searchKeys).toBeUndefined();
      expect(await countCustomersAwaitingSearchKeys(db)).toBe(1);
      expect(await buildAllPendingSearchKeys(db)).toBe(1);
      const stored = (await db.customers.get('c-zhang')) as StoredCustomer;
      expect(stored.keysPending).toBeUndefined();
      expect(stored.searchKeys).toContain('zhangwuji');
    } finally {
      db.close();
    }
  });
});

/** The third release: schema v3, one imported customer still waiting for its keys. */
const writeV3Archive = (name: string) => writeArchiveAt(name, 3, v3Archive);

describe('v3 fixture', () => {
  it('holds the v2 records plus a customer whose keys were left for later, listed in the backlog', () => {
    const { customers, searchKeyBacklog, ...rest } = v3Archive;
    const { customers: v2Customers, ...v2Rest } = v2Archive;
    expect(customers.slice(0, v2Customers.length)).toEqual(v2Customers);
    const waiting = customers.slice(v2Customers.length);
    expect(waiting.map((c) => [c.keysPending, 'searchKeys' in c])).toEqual([[1, false]]);
    expect(searchKeyBacklog.flatMap((row) => row.customerIds)).toEqual(waiting.map((c) => c.id));
    expect(rest).toEqual(v2Rest);
  });
});

describe('upgrade from schema v3', () => {
  it('keeps every record exactly, the backlog and the waiting customer included', async () => {
    const name = testName();
    await writeV3Archive(name);
    const db = new SellerDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(LATEST);
      await expectEveryRecord(db, v3Archive);
      expect(await countCustomersAwaitingSearchKeys(db)).toBe(1);
    } finally {
      db.close();
    }
  });

  it('finds customers by phone without the dropped phone index, the waiting one too', async () => {
    const name = testName();
    await writeV3Archive(name);
    const db = new SellerDb(name);
    try {
      await db.open();
      expect(db.customers.schema.indexes.map((index) => index.name).sort()).toEqual(['[platform+platformUid]', 'searchKeys']);
      // Stored as 138-1234-5678 and +86 139-0000-2222; typed here without dashes or prefix.
      expect((await findCustomerByPhone(db, '13812345678'))?.id).toBe('c-zhang');
      expect((await findCustomerByPhone(db, '13900002222'))?.id).toBe('c-imported');
      expect(await buildAllPendingSearchKeys(db)).toBe(1);
      expect((await findCustomerByPhone(db, '13900002222'))?.id).toBe('c-imported');
      expect((await searchCustomers(db, '2222')).map((c) => c.id)).toEqual(['c-imported']);
    } finally {
      db.close();
    }
  });
});

describe('a database at the newest schema reopened', () => {
  it('keeps every record, search keys and conversations included', async () => {
    const name = testName();
    const first = new SellerDb(name);
    for (const table of TABLES) await first.table(table).bulkAdd(v1Archive[table]);
    await first.conversations.bulkAdd(v2Archive.conversations);
    await writeCustomersKeysDeferred(first, [customerSchema.parse(v1Archive.customers[1])], 'put');
    const snapshot: Record<string, unknown[]> = {};
    for (const table of first.tables) snapshot[table.name] = await table.toArray();
    first.close();

    const again = new SellerDb(name);
    try {
      await again.open();
      expect(again.verno).toBe(LATEST);
      for (const table of again.tables) expect(await table.toArray()).toEqual(snapshot[table.name]);
      // The one customer written with its keys deferred still waits; the others have theirs.
      expect(await countCustomersAwaitingSearchKeys(again)).toBe(1);
      const customers = (await again.customers.toArray()) as StoredCustomer[];
      for (const c of customers) expect(c.searchKeys).toEqual(c.keysPending ? undefined : customerSearchKeys(c));
    } finally {
      again.close();
    }
  });
});

/**
 * One malformed record in an old database (hand-edited, an old bug, a half-written import):
 * at every old version it is set aside whole with what is wrong, and every other record
 * upgrades. Conversations exist from v2 on, so the v1 database has none.
 */
describe('a malformed record at an old version', () => {
  type Archive = Record<string, { id?: string; key?: string }[]>;
  const keyOf = (table: string, row: { id?: string; key?: string }) => String(table === 'conversations' ? row.key : row.id);
  const MALFORMED = malformedRecords as unknown as Archive;

  async function writeOldWithMalformed(name: string, version: 1 | 2 | 3 | 4, archive: Archive): Promise<Archive> {
    const old = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4].slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
    await old.open();
    const malformed: Archive = {};
    for (const [table, rows] of Object.entries(archive)) await old.table(table).bulkAdd(rows);
    for (const [table, rows] of Object.entries(MALFORMED)) {
      if (!old.tables.some((t) => t.name === table)) continue;
      await old.table(table).bulkAdd(rows);
      malformed[table] = rows;
    }
    expect(old.verno).toBe(version);
    old.close();
    return malformed;
  }

  const cases = [
    [1, v1Archive],
    [2, v2Archive],
    [3, v3Archive],
    // v4 was the newest release before the check: its databases are checked on the way to v5.
    [4, v3Archive],
  ] as const;

  it.each(cases)('at v%i: opens, keeps every valid record, sets the malformed ones aside whole and says what is wrong', async (version, archive) => {
    const name = testName();
    const malformed = await writeOldWithMalformed(name, version, archive as unknown as Archive);
    const db = new SellerDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(LATEST);

      // Every valid record is still there, exactly (customers may have gained search keys).
      for (const [table, rows] of Object.entries(archive as unknown as Archive)) {
        if (table === 'searchKeyBacklog') continue;
        const stored = await db.table(table).toArray();
        const plain = (row: object) => (table === 'customers' ? toCustomer(row as StoredCustomer) : row);
        const sortRows = (list: object[]) => list.map(plain).sort((a, b) => keyOf(table, a).localeCompare(keyOf(table, b)));
        expect(sortRows(stored)).toEqual(sortRows(rows));
      }
      // The valid customers are searchable as before.
      const found = await db.customers.where('searchKeys').startsWith('zhangsanfeng').distinct().toArray();
      expect(found.map((c) => c.id)).toEqual(['c-zhang']);

      // Each malformed record is kept byte for byte in quarantine, marked with its table, key and problem.
      const quarantined = await db.quarantine.toArray();
      const expected = Object.entries(malformed).flatMap(([table, rows]) => rows.map((row) => `${table}:${keyOf(table, row)}`));
      expect(quarantined.map((q) => q.id).sort()).toEqual(expected.sort());
      for (const q of quarantined) {
        expect(q.record).toEqual(malformed[q.table]!.find((row) => keyOf(q.table, row) === q.key));
        expect(q.problems.length).toBeGreaterThan(0);
      }
      const problemsOf = (id: string) => quarantined.find((q) => q.id === id)!.problems.join(' ');
      expect(problemsOf('customers:c-no-uid')).toContain('platformUid');
      expect(problemsOf('customers:c-phone-number')).toContain('phone');
      expect(problemsOf('tasks:t-unknown-kind')).toContain('kind');

      // The upgraded archive is whole again: a full backup of it is accepted for restore.
      const backup = await createBackup(db, DEFAULT_SETTINGS);
      const parsed = await parseBackup(serializeBackup(backup), db.verno);
      expect(parsed.ok ? [] : parsed.errors.map((e) => e.en)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('checks nothing twice: reopening the upgraded database keeps the same set-aside records', async () => {
    const name = testName();
    await writeOldWithMalformed(name, 2, v2Archive as unknown as Archive);
    const first = new SellerDb(name);
    await first.open();
    const before = await first.quarantine.toArray();
    first.close();
    const again = new SellerDb(name);
    try {
      await again.open();
      expect(await again.quarantine.toArray()).toEqual(before);
    } finally {
      again.close();
    }
  });
});

describe('upgrade from schema v5', () => {
  it('keeps every record exactly (quarantine included) and adds an empty, working corrections table', async () => {
    const name = testName();
    const v5 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5].forEach((schema, i) => v5.version(i + 1).stores(schema));
    await v5.open();
    for (const [table, rows] of Object.entries(v3Archive)) await v5.table(table).bulkAdd(rows);
    await v5.table('quarantine').add({ id: 'customers:bad', table: 'customers', key: 'bad', record: { id: 'bad', phone: 1 }, problems: ['platform: Required'], quarantinedAt: 1 });
    expect(v5.verno).toBe(5);
    const before: Record<string, unknown[]> = {};
    for (const table of v5.tables) before[table.name] = await table.toArray();
    v5.close();

    const db = new SellerDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(LATEST);
      expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V8).sort());
      for (const [table, rows] of Object.entries(before)) expect(await db.table(table).toArray(), table).toEqual(rows);
      expect(Object.values(before).flat().length).toBeGreaterThan(10);
      expect(await db.situationExamples.count()).toBe(0);
      // The new indexes answer: by text and by time.
      await db.situationExamples.add({ id: 'e1', text: '穿上勒得慌', situation: 'size_fit', source: 'correction', createdAt: 5 });
      expect(await db.situationExamples.where('text').equals('穿上勒得慌').count()).toBe(1);
      expect((await db.situationExamples.orderBy('createdAt').first())?.id).toBe('e1');
    } finally {
      db.close();
    }
  });
});

describe('upgrade from schema v7', () => {
  it('keeps every daily counter and fills the weekly rollup with their sums per week', async () => {
    const name = testName();
    const v7 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V5, SCHEMA_V7].forEach((schema, i) => v7.version(i + 1).stores(schema));
    await v7.open();
    const row = (day: string, metricName: string, count: number, extra: object = {}) => ({
      key: `${day}|jd|p1|${metricName}`, day, platform: 'jd', productKey: 'p1', metric: metricName, count, ...extra,
    });
    // 2026-11-02 is a Monday: the first three days share a week, the last is the next week.
    const daily = [
      row('2026-11-02', 'messages', 2),
      row('2026-11-04', 'messages', 3, { demoCount: 1 }),
      row('2026-11-08', 'price:final', 1, { sum: 10.5 }),
      row('2026-11-04', 'price:final', 2, { sum: 20.25 }),
      row('2026-11-09', 'messages', 7),
    ];
    await v7.table('insightCounters').bulkAdd(daily);
    v7.close();

    const db = new SellerDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(LATEST);
      const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
      expect(byKey(await db.insightCounters.toArray())).toEqual(byKey(daily));
      expect(byKey(await db.insightWeeks.toArray())).toEqual(
        byKey([
          row('2026-11-02', 'messages', 5, { demoCount: 1 }),
          row('2026-11-02', 'price:final', 3, { sum: 30.75 }),
          row('2026-11-09', 'messages', 7),
        ]),
      );
    } finally {
      db.close();
    }
  });
});
