/**
 * Bench-only entry, bundled with esbuild and evaluated inside an extension page (page
 * scripts cannot import our modules, and MV3's CSP refuses inline scripts, but Playwright's
 * evaluate is not subject to it). It defines `globalThis.benchApi`: every operation runs and
 * is timed inside the page, so the figures carry no DevTools round trip.
 *
 * Two stores are measured side by side:
 * - ours: the extension's IndexedDB through the real lib/ code;
 * - naive: the whole archive as one JSON value in chrome.storage.local, the way many small
 *   extensions keep data; every operation starts with get('archive'), as a popup or sidebar
 *   that just opened must.
 */
import './scale-jitless';
import { browser } from 'wxt/browser';
import { SellerDb } from '../../lib/db/database';
import { searchCustomers } from '../../lib/db/repositories/customer-search';
import { anyCustomerAwaitingSearchKeys } from '../../lib/db/search-key-backlog';
import { sendToBackground } from '../../lib/messaging/client';
import { openTasksDueBy } from '../../lib/db/repositories/tasks';
import type { Customer, Note, Order, Task } from '../../lib/db/schemas';
import { runArchiveOperation } from '../../lib/archive-api/operations';
import { createBackup, parseBackup, restoreBackup, serializeBackup } from '../../lib/io/backup';
import { guessColumnMapping } from '../../lib/io/column-mapping';
import { commitImport } from '../../lib/io/commit-import';
import { parseCsv, toCsv } from '../../lib/io/csv-format';
import { readImportFile } from '../../lib/io/import-file';
import { previewImport } from '../../lib/io/preview-import';
import { endOfLocalDay } from '../../lib/playbooks/local-time';
import { pinyinForms } from '../../lib/search/pinyin-keys';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { makeScaleArchive, seededRandom, type ScaleArchive } from './scale-archive';

const CHUNK = 10_000;
const TIME_ZONE = 'Asia/Shanghai';

export type QueryKind = 'name' | 'pinyin' | 'initials' | 'phone' | 'uid';
export type SearchQueries = Record<QueryKind, string[]>;

/** What a naive extension would keep: the archive plus pinyin fields it computes on write. */
interface NaiveArchive extends ScaleArchive {
  pinyin: Record<string, { full: string; initials: string }>;
}

interface Timed<T = undefined> {
  ms: number;
  value: T;
}

async function timed<T>(work: () => Promise<T> | T): Promise<Timed<T>> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

let db: SellerDb | undefined;
const ourDb = () => (db ??= new SellerDb());

let archive: ScaleArchive | undefined;
let importCsv: string | undefined;

function sizes(scale: number) {
  return { customers: scale, orders: scale * 3, notes: scale * 3, tasks: scale * 2 };
}

/** Same seed and same `now` give the same archive in both pages. */
function generate(scale: number, now: number): Timed<ScaleArchive> {
  const start = performance.now();
  archive = makeScaleArchive(sizes(scale), now);
  return { ms: performance.now() - start, value: archive };
}

function queriesFrom(customers: readonly Customer[], count: number): SearchQueries {
  const random = seededRandom(99);
  const out: SearchQueries = { name: [], pinyin: [], initials: [], phone: [], uid: [] };
  for (let i = 0; i < count; i += 1) {
    const c = customers[Math.floor(random() * customers.length)]!;
    const name = c.name!;
    const forms = pinyinForms(name);
    out.name.push([...name].slice(0, 2).join(''));
    out.pinyin.push(forms.full);
    out.initials.push(forms.initials);
    const at = Math.floor(random() * 8);
    out.phone.push(c.phone!.slice(at, at + 4));
    out.uid.push(c.platformUid);
  }
  return out;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: at(50), p95: at(95), n: values.length };
}

async function naiveGet(): Promise<NaiveArchive> {
  return ((await browser.storage.local.get('archive')) as { archive: NaiveArchive }).archive;
}

function naiveMatches(a: NaiveArchive, kind: QueryKind, query: string, limit = 30): Customer[] {
  const found: Customer[] = [];
  for (const c of a.customers) {
    let hit: boolean;
    if (kind === 'pinyin') hit = (a.pinyin[c.id]?.full ?? '').includes(query);
    else if (kind === 'initials') hit = (a.pinyin[c.id]?.initials ?? '').startsWith(query);
    else hit = !!(c.name?.includes(query) || c.nickname?.includes(query) || c.phone?.includes(query) || c.platformUid.includes(query));
    if (hit) found.push(c);
    if (found.length >= limit) break;
  }
  return found;
}

const sampleCustomers = (count: number, seed: number) => {
  const random = seededRandom(seed);
  const list = archive!.customers;
  return Array.from({ length: count }, () => list[Math.floor(random() * list.length)]!);
};

export function importSheet(scale: number, now: number): string {
  // A tenth of the rows are buyers already in the archive (new phone or a note), the rest new;
  // about one row in 200 has a broken phone so validation has something to report.
  const random = seededRandom(1234);
  const fresh = makeScaleArchive({ customers: scale, orders: 0, notes: 0, tasks: 0 }, now, 4321).customers;
  const headers = ['平台', '买家ID', '买家昵称', '收货人', '手机号', '收货地址', '生日', '标签', '积分', '备注'];
  const platformName = { pinduoduo: '拼多多', taobao: '淘宝', douyin: '抖音', jd: '京东' } as Record<string, string>;
  const rows = fresh.map((c, i) => {
    const known = i % 10 === 0 ? archive!.customers[Math.floor(random() * archive!.customers.length)]! : undefined;
    const who = known ?? c;
    const uid = known ? known.platformUid : `imp${i}_${c.platformUid}`;
    const phone = i % 200 === 7 ? '1381234' : who.phone!;
    return [
      platformName[who.platform] ?? '拼多多',
      uid,
      who.nickname ?? '',
      who.name ?? '',
      phone,
      c.address?.full ?? '',
      c.birthday ?? '',
      i % 5 === 0 ? '回头客' : '',
      String(c.points),
      i % 4 === 0 ? `导入备注 ${i % 50}：发货前电话确认` : '',
    ];
  });
  return toCsv(headers, rows);
}

/** See benchApi.importOurs. */
async function importInto(d: SellerDb) {
  const bytes = new TextEncoder().encode(importCsv!);
  const read = await timed(() => readImportFile('顾客导入.csv', bytes));
  if (read.value.kind !== 'sheet') throw new Error(`import file not read as a sheet: ${read.value.kind}`);
  const sheet = read.value.sheet;
  const mapping = guessColumnMapping(sheet.headers);
  const existing = await timed(() => d.customers.toArray());
  const preview = await timed(() => previewImport(sheet.rows, mapping, existing.value, { defaultPlatform: 'pinduoduo' }));
  const commit = await timed(() => commitImport(d, preview.value));
  if (!commit.value.ok) throw new Error(`commit failed: ${commit.value.message.en}`);
  return {
    readMs: read.ms,
    existingMs: existing.ms,
    previewMs: preview.ms,
    commitMs: commit.ms,
    totalMs: read.ms + existing.ms + preview.ms + commit.ms,
    rows: preview.value.totalRows,
    added: commit.value.added,
    merged: commit.value.merged,
    notes: commit.value.notes,
    bad: preview.value.badRows,
    customersAfter: await d.customers.count(),
  };
}

export const benchApi = {
  /** Generate the archive and write it to IndexedDB with bulkAdd in chunks. */
  async seedOurs(scale: number, now: number) {
    const made = generate(scale, now);
    const d = ourDb();
    await d.open();
    const writes: Record<string, number> = {};
    for (const name of ['customers', 'orders', 'notes', 'tasks'] as const) {
      const rows = made.value[name] as object[];
      writes[name] = (
        await timed(async () => {
          for (let i = 0; i < rows.length; i += CHUNK) await (d[name] as unknown as { bulkAdd(r: object[]): Promise<unknown> }).bulkAdd(rows.slice(i, i + CHUNK));
        })
      ).ms;
    }
    const counts = { customers: await d.customers.count(), orders: await d.orders.count(), notes: await d.notes.count(), tasks: await d.tasks.count() };
    return { generateMs: made.ms, writes, counts };
  },

  /** Generate the same archive and store it as one JSON value, pinyin computed on write. */
  async seedNaive(scale: number, now: number) {
    const made = generate(scale, now);
    const pinyinMs = performance.now();
    const pinyin: NaiveArchive['pinyin'] = {};
    for (const c of made.value.customers) pinyin[c.id] = pinyinForms(c.name ?? '');
    const pinyinTime = performance.now() - pinyinMs;
    const write = await timed(() => browser.storage.local.set({ archive: { ...made.value, pinyin } }));
    const bytes = await browser.storage.local.getBytesInUse('archive');
    return { generateMs: made.ms, pinyinMs: pinyinTime, writeMs: write.ms, bytes };
  },

  queries(count: number) {
    return queriesFrom(archive!.customers, count);
  },

  /** Only what later steps need stays in memory. */
  dropArchive() {
    archive = undefined;
  },

  async searchOurs(queries: string[]) {
    const times: number[] = [];
    let found = 0;
    for (const q of queries) {
      const r = await timed(() => searchCustomers(ourDb(), q, 30));
      times.push(r.ms);
      if (r.value.length > 0) found += 1;
    }
    return { ...stats(times), found };
  },

  async searchNaive(kind: QueryKind, queries: string[]) {
    const times: number[] = [];
    let found = 0;
    for (const q of queries) {
      const r = await timed(async () => naiveMatches(await naiveGet(), kind, q));
      times.push(r.ms);
      if (r.value.length > 0) found += 1;
    }
    return { ...stats(times), found };
  },

  /** The sidebar's card: customer by buyer id, then its orders, notes and tasks. */
  async cardOurs(count: number) {
    const d = ourDb();
    const times: number[] = [];
    for (const c of sampleCustomers(count, 5)) {
      const r = await timed(async () => {
        const customer = (await runArchiveOperation(d, 'query', 'customerByUid', { platform: c.platform, uid: c.platformUid })) as Customer;
        return Promise.all([
          runArchiveOperation(d, 'query', 'customerOrders', { customerId: customer.id }),
          runArchiveOperation(d, 'query', 'customerNotes', { customerId: customer.id, limit: 20 }),
          runArchiveOperation(d, 'query', 'customerTasks', { customerId: customer.id }),
        ]);
      });
      times.push(r.ms);
    }
    return stats(times);
  },

  async cardNaive(count: number) {
    const times: number[] = [];
    for (const c of sampleCustomers(count, 5)) {
      const r = await timed(async () => {
        const a = await naiveGet();
        const customer = a.customers.find((x) => x.platform === c.platform && x.platformUid === c.platformUid)!;
        return [
          a.orders.filter((o: Order) => o.customerId === customer.id),
          a.notes.filter((n: Note) => n.customerId === customer.id).sort((x, y) => y.createdAt - x.createdAt).slice(0, 20),
          a.tasks.filter((t: Task) => t.customerId === customer.id),
        ];
      });
      times.push(r.ms);
    }
    return stats(times);
  },

  /** Today's list as the popup builds it: open tasks due by end of day, with their customers. */
  async todayOurs(count: number) {
    const d = ourDb();
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < count; i += 1) {
      const r = await timed(async () => {
        const tasks = await openTasksDueBy(d, endOfLocalDay(Date.now(), TIME_ZONE));
        const customers = await d.customers.bulkGet([...new Set(tasks.map((t) => t.customerId))]);
        return { tasks, customers };
      });
      rows = r.value.tasks.length;
      times.push(r.ms);
    }
    return { ...stats(times), rows };
  },

  async todayNaive(count: number) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < count; i += 1) {
      const r = await timed(async () => {
        const a = await naiveGet();
        const until = endOfLocalDay(Date.now(), TIME_ZONE);
        const tasks = a.tasks.filter((t) => t.status === 'open' && t.dueAt <= until).sort((x, y) => x.dueAt - y.dueAt).slice(0, 200);
        const byId = new Map(a.customers.map((c) => [c.id, c]));
        return tasks.map((t) => ({ task: t, customer: byId.get(t.customerId) }));
      });
      rows = r.value.length;
      times.push(r.ms);
    }
    return { ...stats(times), rows };
  },

  /** The sheet both stores import (built from the archive still in memory). */
  makeImportSheet(rows: number, now: number) {
    importCsv = importSheet(rows, now);
    return { chars: importCsv.length };
  },

  /** The options page's flow: read file → guess mapping → read archive → preview → commit. */
  importOurs() {
    return importInto(ourDb());
  },

  /**
   * A seller moving a customer list into a new install: the sheet (built from a generated
   * archive that is never written) imported into the empty database.
   */
  async importIntoNewInstall(rows: number, now: number) {
    generate(rows, now);
    const chars = (importCsv = importSheet(rows, now)).length;
    archive = undefined;
    return { ...(await importInto(ourDb())), chars };
  },

  /** Empty every table (after the new-install import, before seeding). */
  async clearOurs() {
    const d = ourDb();
    await d.transaction('rw', d.tables, () => Promise.all(d.tables.map((table) => table.clear())));
  },

  /** Naive import: parse, get, merge by platform + buyer id (no validation), set. */
  async importNaive() {
    const r = await timed(async () => {
      const sheet = parseCsv(importCsv!);
      const a = await naiveGet();
      const byKey = new Map(a.customers.map((c) => [`${c.platform}:${c.platformUid}`, c]));
      const platforms: Record<string, Customer['platform']> = { 拼多多: 'pinduoduo', 淘宝: 'taobao', 抖音: 'douyin', 京东: 'jd' };
      const now = Date.now();
      sheet.rows.forEach((cells, i) => {
        const platform = platforms[cells[0]!] ?? 'pinduoduo';
        const key = `${platform}:${cells[1]}`;
        const known = byKey.get(key);
        const fields = { nickname: cells[2] || undefined, name: cells[3] || undefined, phone: cells[4] || undefined, address: cells[5] ? { full: cells[5] } : undefined };
        if (known) Object.assign(known, fields, { updatedAt: now });
        else {
          const c = { id: `naive-${i}`, platform, platformUid: cells[1]!, ...fields, sizes: {}, interests: [], tags: [], vipLevel: 0, points: 0, createdAt: now, updatedAt: now } as Customer;
          a.customers.push(c);
          byKey.set(key, c);
        }
        if (cells[9]) a.notes.push({ id: `naive-note-${i}`, customerId: (known ?? byKey.get(key))!.id, text: cells[9], createdAt: now });
      });
      await browser.storage.local.set({ archive: a });
      return a.customers.length;
    });
    return { totalMs: r.ms, customersAfter: r.value };
  },

  /**
   * What the options page does after an import or restore: ask the background to build the
   * waiting customers' search keys. Waits until none wait, running a search every 200 ms
   * meanwhile (a seller searching while the backlog is built).
   */
  async searchKeysReady(queries: string[], timeoutMs = 30 * 60_000) {
    const d = ourDb();
    const start = performance.now();
    const { waiting } = await sendToBackground('bg:buildSearchKeys', {});
    const times: number[] = [];
    for (let i = 0; await anyCustomerAwaitingSearchKeys(d); i += 1) {
      if (performance.now() - start > timeoutMs) throw new Error(`search keys still waiting after ${timeoutMs} ms`);
      times.push((await timed(() => searchCustomers(d, queries[i % queries.length]!, 30))).ms);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { waiting, ms: performance.now() - start, searches: stats(times) };
  },

  /** Backup then restore of the whole archive; the text is kept only between the two. */
  async backupAndRestoreOurs() {
    const d = ourDb();
    const create = await timed(() => createBackup(d, DEFAULT_SETTINGS));
    const serialize = await timed(() => serializeBackup(create.value));
    const chars = serialize.value.length;
    const parse = await timed(() => parseBackup(serialize.value, d.verno));
    if (!parse.value.ok) throw new Error(`backup did not parse: ${parse.value.errors.map((e) => e.en).join('; ')}`);
    const restore = await timed(() =>
      restoreBackup(d, (parse.value as { ok: true; backup: Parameters<typeof restoreBackup>[1] }).backup, {
        saveSettings: async () => undefined,
        currentSettings: DEFAULT_SETTINGS,
        sites: { isGranted: async () => false, register: async () => undefined, remove: async () => undefined },
      }),
    );
    return {
      createMs: create.ms,
      serializeMs: serialize.ms,
      parseMs: parse.ms,
      restoreMs: restore.ms,
      chars,
      customersAfter: await d.customers.count(),
      notesAfter: await d.notes.count(),
    };
  },

  async backupAndRestoreNaive() {
    const backup = await timed(async () => JSON.stringify(await naiveGet()));
    const restore = await timed(() => browser.storage.local.set({ archive: JSON.parse(backup.value) }));
    return { backupMs: backup.ms, restoreMs: restore.ms, chars: backup.value.length };
  },
};

(globalThis as { benchApi?: typeof benchApi }).benchApi = benchApi;
