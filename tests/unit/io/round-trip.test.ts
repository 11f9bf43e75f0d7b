/**
 * Property tests: a backup restores exactly whatever the archive holds, and a CSV export
 * imports back to the same values for every field the CSV carries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLATFORMS,
  TASK_KINDS,
  conversationSchema,
  situationExampleSchema,
  customerSchema,
  noteSchema,
  orderSchema,
  taskSchema,
  templateSchema,
  type Customer,
} from '../../../lib/db/schemas';
import { readArchive, type ArchiveTables } from '../../../lib/io/archive-tables';
import { createBackup, parseBackup, restoreBackup, serializeBackup } from '../../../lib/io/backup';
import { guessColumnMapping } from '../../../lib/io/column-mapping';
import { customersToCsv } from '../../../lib/io/csv-export';
import { parseCsv } from '../../../lib/io/csv-format';
import { previewImport } from '../../../lib/io/preview-import';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../../../lib/settings/settings';
import { freshDb, T0 } from './io-fixtures';

/** Text that breaks naive CSV/JSON handling: emoji, quotes, commas, tabs, line breaks, long runs. */
const tricky = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 30) }),
      fc.constantFrom('a,b', 'say "hi"', '第一行\n第二行', 'tab\there', '😀👍🏻 家', 'x\r\ny', '=1+1', "'=x", '@here', '-', '0571', '"', ',,,'),
      fc.string({ unit: 'grapheme', minLength: maxLength - 5, maxLength }),
    )
    .map((s) => s.slice(0, maxLength));

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const customerArb = (index: number) =>
  fc
    .record({
      platform: fc.constantFrom(...PLATFORMS),
      uid: tricky(100),
      nickname: fc.option(tricky(120), { nil: undefined }),
      name: fc.option(tricky(60), { nil: undefined }),
      phone: fc.option(tricky(40), { nil: undefined }),
      address: fc.option(fc.record({ province: tricky(40), city: tricky(40), street: tricky(200), full: tricky(300) }, { requiredKeys: [] }), { nil: undefined }),
      birthday: fc.option(fc.date({ min: new Date(Date.UTC(1940, 0, 1)), max: new Date(Date.UTC(2020, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
      sizes: fc.dictionary(tricky(20), tricky(40), { maxKeys: 3 }),
      tags: fc.uniqueArray(tricky(40), { maxLength: 5 }),
      vipLevel: fc.integer({ min: 0, max: 10 }),
      points: fc.integer({ min: 0, max: 1_000_000 }),
      createdAt: time,
      updatedAt: time,
    })
    .map((c) => ({ ...c, id: `c${index}`, platformUid: `${index}|${c.uid}` }));

const archiveArb = fc
  .integer({ min: 0, max: 8 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => customerArb(i))))
  .chain((rawCustomers) => {
    const customers = rawCustomers.flatMap((c) => {
      const parsed = customerSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    });
    const customerId = customers.length > 0 ? fc.constantFrom(...customers.map((c) => c.id)) : fc.constant('nobody');
    return fc.record({
      customers: fc.constant(customers),
      orders: fc.array(
        fc.record({
          customerId,
          orderNo: tricky(64),
          items: fc.array(fc.record({ title: tricky(200), quantity: fc.integer({ min: 1, max: 9 }), price: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: undefined }) }), { maxLength: 3 }),
          amount: fc.option(fc.integer({ min: 0, max: 1e8 }).map((fen) => fen / 100), { nil: undefined }),
          status: fc.constantFrom('pending', 'paid', 'shipped', 'delivered', 'reviewed', 'return_open', 'return_closed', 'cancelled'),
          paidAt: fc.option(time, { nil: undefined }),
          createdAt: time,
          updatedAt: time,
        }),
        { maxLength: 6 },
      ),
      notes: fc.array(fc.record({ customerId, text: tricky(5000), createdAt: time }), { maxLength: 6 }),
      tasks: fc.array(fc.record({ customerId, kind: fc.constantFrom(...TASK_KINDS), title: fc.option(tricky(200), { nil: undefined }), dueAt: time, status: fc.constantFrom('open', 'done', 'cancelled'), createdAt: time }), { maxLength: 6 }),
      templates: fc.array(
        fc.record({ situation: fc.constantFrom('haggle', 'lifecycle.revisit'), title: tricky(80), body: tricky(4000), builtIn: fc.boolean(), favourite: fc.boolean(), usageCount: fc.nat(1000), createdAt: time, updatedAt: time }),
        { maxLength: 4 },
      ),
      conversations: fc.array(fc.record({ key: tricky(150), haggle: fc.option(fc.record({ message: tricky(200), before: fc.jsonValue({ maxDepth: 2 }), after: fc.jsonValue({ maxDepth: 2 }) }), { nil: undefined }), updatedAt: time }), { maxLength: 3 }),
      situationExamples: fc.array(
        fc.record({ text: tricky(300), situation: fc.constantFrom('haggle', 'size_fit', 'logistics'), source: fc.constantFrom('correction', 'insert'), shown: fc.option(fc.constantFrom('other', 'refund'), { nil: undefined }), createdAt: time }),
        { maxLength: 4 },
      ),
      settings: fc.record({ language: fc.constantFrom('auto', 'zh-CN', 'en'), theme: fc.constantFrom('auto', 'dark'), shop: fc.record({ name: tricky(60), returnAddress: tricky(300), sellerName: tricky(30) }) }),
    });
  })
  .map((raw) => {
    // Keep only what the archive would accept, exactly as stored (trimmed, defaults filled).
    const valid = <T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, rows: unknown[], idPrefix: string) =>
      rows.flatMap((row, i) => {
        const parsed = schema.safeParse({ ...(row as object), id: `${idPrefix}${i}` });
        return parsed.success ? [parsed.data as T] : [];
      });
    const conversations = [...new Map(valid<import('../../../lib/db/schemas').Conversation>(conversationSchema, raw.conversations, '').map((c) => [c.key, c])).values()];
    const tables: ArchiveTables = {
      customers: raw.customers,
      orders: valid(orderSchema, raw.orders, 'o'),
      notes: valid(noteSchema, raw.notes, 'n'),
      tasks: valid(taskSchema, raw.tasks, 't'),
      templates: valid(templateSchema, raw.templates, 'tpl'),
      conversations: conversations.map(({ ...c }) => {
        delete (c as { id?: unknown }).id;
        return c;
      }),
      situationExamples: valid(situationExampleSchema, raw.situationExamples, 'sx'),
      insightEvents: [],
      insightCounters: [],
      insightProducts: [],
    };
    return { tables, settings: normaliseSettings(raw.settings) };
  });

const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe('backup round trip (property)', () => {
  it('export → import into a fresh database gives back the same archive and settings', async () => {
    await fc.assert(
      fc.asyncProperty(archiveArb, async ({ tables, settings }) => {
        const source = freshDb();
        const target = freshDb();
        try {
          // Copies: the database hook adds search keys to the objects it is given.
          await source.customers.bulkAdd(structuredClone(tables.customers));
          await source.orders.bulkAdd(tables.orders);
          await source.notes.bulkAdd(tables.notes);
          await source.tasks.bulkAdd(tables.tasks);
          await source.templates.bulkAdd(tables.templates);
          await source.conversations.bulkAdd(tables.conversations);
          await source.situationExamples.bulkAdd(tables.situationExamples);
          const text = serializeBackup(await createBackup(source, settings, T0));

          const parsed = await parseBackup(text, target.verno);
          if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
          let restoredSettings: Settings | undefined;
          await restoreBackup(target, parsed.backup, {
            saveSettings: async (s) => {
              restoredSettings = s;
            },
            currentSettings: DEFAULT_SETTINGS,
            sites: { isGranted: async () => false, register: async () => undefined, remove: async () => undefined },
          });
          const restored = await readArchive(target);
          expect(restored.customers).toEqual(byKey(tables.customers, (c) => c.id));
          expect(restored.orders).toEqual(byKey(tables.orders, (o) => o.id));
          expect(restored.notes).toEqual(byKey(tables.notes, (n) => n.id));
          expect(restored.tasks).toEqual(byKey(tables.tasks, (t) => t.id));
          expect(restored.templates).toEqual(byKey(tables.templates, (t) => t.id));
          expect(restored.conversations).toEqual(byKey(tables.conversations, (c) => c.key));
          expect(restored.situationExamples).toEqual(byKey(tables.situationExamples, (e) => e.id));
          expect(restoredSettings).toEqual(settings);
        } finally {
          // Deleted, not only closed: fake-indexeddb keeps every database in memory, and a
          // failing property shrinks through thousands of archives (gigabytes, minutes).
          source.close();
          target.close();
          await source.delete();
          await target.delete();
        }
      }),
      { numRuns: 40 },
    );
    // 40 archives through two databases: a few seconds on this loaded machine. A guard, not a
    // speed check. Its two failures in full runs were most likely not time but the -0
    // counterexample below (3 of 100 seeds at 40 runs; a failure then shrinks for minutes).
  }, 30_000);
});

describe('backup round trip: counterexamples the property found', () => {
  // fc.jsonValue makes -0 (JSON.parse keeps it; JSON.stringify writes 0). Seeds 1, 15, 39
  // and 91 of the property each failed on a haggle state holding -0, restored as 0.
  it('a haggle state holding -0 is stored as its JSON form, so the backup restores it exactly', async () => {
    const conversation = conversationSchema.parse({
      key: '@here',
      haggle: { message: '𑶠ṕ𐰄ꔮ𛋳⬈ፐᴒ𑵱', before: { '': -0, R: null, 'u{#Ru[u9': ')|#!' }, after: [true, -0, -3.524238468546837e-130] },
      updatedAt: T0,
    });
    expect(Object.is((conversation.haggle!.before as Record<string, number>)[''], 0)).toBe(true);
    expect(Object.is((conversation.haggle!.after as number[])[1], 0)).toBe(true);

    const source = freshDb();
    await source.conversations.add(conversation);
    const text = serializeBackup(await createBackup(source, DEFAULT_SETTINGS, T0));
    const target = freshDb();
    const parsed = await parseBackup(text, target.verno);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
    await restoreBackup(target, parsed.backup, {
      saveSettings: async () => undefined,
      currentSettings: DEFAULT_SETTINGS,
      sites: { isGranted: async () => false, register: async () => undefined, remove: async () => undefined },
    });
    expect((await readArchive(target)).conversations).toEqual([conversation]);
  });

  it('keeps what JSON cannot hold out of a stored state the way a backup would, and refuses what JSON cannot write', () => {
    const parsed = conversationSchema.parse({ key: 'k', haggle: { message: 'm', before: { a: Number.NaN, b: Infinity, c: undefined, d: [undefined] }, after: undefined }, updatedAt: T0 });
    expect(parsed.haggle).toEqual({ message: 'm', before: { a: null, b: null, d: [null] }, after: undefined });
    const bigint = conversationSchema.safeParse({ key: 'k', haggle: { message: 'm', before: { a: 1n }, after: null }, updatedAt: T0 });
    expect(bigint.success).toBe(false);
    expect(bigint.error?.issues[0]?.message).toContain('not storable as JSON');
  });
});

/** A customer holding only what the customer CSV carries, with values the import accepts. */
const noSeparators = (max: number) =>
  tricky(max)
    .map((s) => s.replace(/[,，、;；|\n\r]/g, ' ').trim())
    .filter((s) => s.length > 0);
const present = (max: number) => tricky(max).filter((s) => s.trim().length > 0);

const csvCustomerArb = (index: number) =>
  fc
    .record({
      platform: fc.constantFrom(...PLATFORMS),
      uid: present(100),
      nickname: fc.option(present(120), { nil: undefined }),
      name: fc.option(present(60), { nil: undefined }),
      phone: fc.option(fc.constantFrom(`139${String(index).padStart(8, '0')}`, `0571-8${String(index).padStart(7, '0')}`), { nil: undefined }),
      address: fc.option(fc.record({ province: present(40), city: present(40), district: present(40), street: present(200) }, { requiredKeys: ['street'] }), { nil: undefined }),
      birthday: fc.option(fc.tuple(fc.integer({ min: 1940, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`), { nil: undefined }),
      tags: fc.uniqueArray(noSeparators(40), { maxLength: 5 }),
      vipLevel: fc.integer({ min: 0, max: 10 }),
      points: fc.integer({ min: 0, max: 10_000_000 }),
      note: fc.option(present(2000), { nil: undefined }),
    })
    .map(({ uid, note, ...c }) => ({ note, customer: customerSchema.parse({ ...c, id: `c${index}`, platformUid: `${index}|${uid}`, createdAt: T0, updatedAt: T0 }) }));

const csvFields = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Customer) => rest;

describe('CSV round trip (property)', () => {
  it('export → parse → preview gives back every carried field and the note', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => csvCustomerArb(i)))),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (entries, locale) => {
          // Tags are deduplicated after trimming, as the import does.
          const customers = entries.map((e) => e.customer);
          const notes = entries.flatMap((e, i) => (e.note ? [noteSchema.parse({ id: `n${i}`, customerId: e.customer.id, text: e.note, createdAt: T0 })] : []));
          const csv = customersToCsv({ customers, orders: [], notes }, { locale, timeZone: 'UTC' });
          const sheet = parseCsv(csv);
          const preview = previewImport(sheet.rows, guessColumnMapping(sheet.headers), [], { defaultPlatform: 'other', now: T0 });
          expect(preview.problems).toEqual([]);
          expect(preview.adds.map((a) => csvFields(a.customer))).toEqual(customers.map(csvFields));
          expect(preview.adds.map((a) => a.notes)).toEqual(entries.map((e) => (e.note ? [noteSchema.parse({ id: 'x', customerId: 'x', text: e.note, createdAt: 0 }).text] : [])));
        },
      ),
      { numRuns: 150 },
    );
  });
});
