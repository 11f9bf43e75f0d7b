/**
 * Issue 7: the archive at scale, in real Chromium with the built extension (.output/chrome-mv3,
 * build it first with `npx wxt build`). Default 100,000 customers, 300,000 orders, 300,000
 * notes and 200,000 tasks; `SCALE=20000` runs a fifth of that. Every figure is printed beside
 * the same operation on a naive store (the archive as one JSON value in
 * chrome.storage.local) with the ratio naive/ours.
 *
 * Run: npx tsx -e "import('./tests/bench/scale.ts').then(m=>m.run())"
 * Env: SCALE (customers, default 100000), QUERIES (per search kind, default 50),
 *      NAIVE_REPS (repetitions of each naive read-everything operation, default 3),
 *      PARTS (comma-separated subset of search,card,today,popup,import,backup; default all:
 *      a 100,000 run of everything takes about half an hour).
 */
import type { Page } from 'playwright-core';
import { buildPageBundle, launchScaleSession, POPUP_WATCH_SCRIPT, type ScaleSession } from './scale-browser';
import type { QueryKind, SearchQueries } from './scale-page-api';
import { median, percentile } from './stats';

const SCALE = Number(process.env.SCALE ?? 100_000);
const QUERIES = Number(process.env.QUERIES ?? 50);
// Each naive operation reads the whole archive (about 200 MB at 100,000): 3 keeps the run bounded.
const NAIVE_REPS = Number(process.env.NAIVE_REPS ?? 3);
const POPUP_OPENS = 10;
const ALL_PARTS = ['search', 'card', 'today', 'popup', 'import', 'backup'] as const;
const PARTS = new Set(process.env.PARTS ? process.env.PARTS.split(',').map((p) => p.trim()) : ALL_PARTS);

const TARGETS = { searchP95: 25, popupFirstRender: 200, importMs: 15_000 };

type Api = typeof import('./scale-page-api').benchApi;

/** Call benchApi[name](...args) inside the page. */
function call<K extends keyof Api>(page: Page, name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(([n, a]) => (globalThis as unknown as { benchApi: Record<string, (...x: unknown[]) => unknown> }).benchApi[n as string]!(...(a as unknown[])), [name, args] as const) as Promise<
    Awaited<ReturnType<Api[K]>>
  >;
}

const f = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
const ratio = (naive: number, ours: number) => `naive/ours ×${(naive / Math.max(ours, 0.01)).toFixed(1)}`;
const verdict = (value: number, target: number) => (value <= target ? `meets ≤ ${f(target)}` : `MISSES ≤ ${f(target)}`);

export async function run(): Promise<void> {
  const started = Date.now();
  console.log(`scale: ${SCALE} customers, ${SCALE * 3} orders, ${SCALE * 3} notes, ${SCALE * 2} tasks; ${QUERIES} queries per search kind, naive repeated ${NAIVE_REPS}×`);
  const t = performance.now();
  const bundle = await buildPageBundle();
  console.log(`bench bundle: ${(bundle.length / 1024).toFixed(0)} KB built in ${f(performance.now() - t)}`);

  const session = await launchScaleSession(bundle);
  try {
    const ours = await session.openBenchPage('ours');
    const naive = await session.openBenchPage('naive');
    const now = Date.now();

    if (PARTS.has('import')) {
      // First, while the extension's storage is still empty: a new install importing a list.
      // (All of an origin's IndexedDB databases share one store, so a second database later
      // in the run would not be a new install.)
      console.log(`\n-- CSV import of ${SCALE} rows into a new install --`);
      const fresh = await call(ours, 'importIntoNewInstall', SCALE, now);
      printImport('into an empty archive', fresh, fresh.chars);
      await searchKeyFigures(ours, 'import', ['王', 'wang', 'zh', '138']);
      await call(ours, 'clearOurs');
      console.log('');
    }

    const seeded = await call(ours, 'seedOurs', SCALE, now);
    const writeTotal = Object.values(seeded.writes).reduce((a, b) => a + b, 0);
    console.log(`generate archive in page: ${f(seeded.generateMs)}`);
    console.log(
      `ours  write (bulkAdd, ${10_000}-row chunks): ${f(writeTotal)} total — ${Object.entries(seeded.writes).map(([k, v]) => `${k} ${f(v)}`).join(', ')}; counts ${JSON.stringify(seeded.counts)}`,
    );
    const naiveSeed = await call(naive, 'seedNaive', SCALE, now);
    console.log(
      `naive write (storage.local.set of one value): ${f(naiveSeed.writeMs)} (+ pinyin fields ${f(naiveSeed.pinyinMs)}), ${(naiveSeed.bytes / 1_048_576).toFixed(0)} MB stored; ${ratio(naiveSeed.writeMs, writeTotal)}`,
    );

    const queries: SearchQueries = await call(ours, 'queries', QUERIES);
    if (PARTS.has('search')) await searchFigures(ours, naive, queries);
    if (PARTS.has('card')) {
      console.log(`\n-- sidebar customer card (customerByUid, then customerOrders + customerNotes(20) + customerTasks) --`);
      const cardO = await call(ours, 'cardOurs', QUERIES);
      const cardN = await call(naive, 'cardNaive', NAIVE_REPS);
      console.log(`customer card: ours p50 ${f(cardO.p50)} p95 ${f(cardO.p95)} over ${cardO.n} | naive p50 ${f(cardN.p50)} p95 ${f(cardN.p95)} over ${cardN.n} | ${ratio(cardN.p50, cardO.p50)}`);
    }

    if (PARTS.has('today')) {
      console.log(`\n-- today's tasks (openTasksDueBy end of today + their customers) --`);
      const todayO = await call(ours, 'todayOurs', QUERIES);
      const todayN = await call(naive, 'todayNaive', NAIVE_REPS);
      console.log(
        `today's list (${todayO.rows} rows shown): ours p50 ${f(todayO.p50)} p95 ${f(todayO.p95)} over ${todayO.n} | naive p50 ${f(todayN.p50)} p95 ${f(todayN.p95)} over ${todayN.n} | ${ratio(todayN.p50, todayO.p50)}`,
      );
    }

    if (PARTS.has('popup')) {
      console.log(`\n-- popup first render (popup.html opened as a tab; times from navigation start, measured in the page) --`);
      await popupFigures(session, naive);
    }

    const searchQueries = [...queries.name, ...queries.pinyin, ...queries.phone];
    if (PARTS.has('import')) {
      console.log(`\n-- CSV import of ${SCALE} rows (10% existing buyers, 0.5% bad phones) --`);
      const sheet = await call(ours, 'makeImportSheet', SCALE, now);
      await call(naive, 'makeImportSheet', SCALE, now);
      await call(ours, 'dropArchive');
      await call(naive, 'dropArchive');
      const imp = await call(ours, 'importOurs');
      printImport(`into the ${SCALE}-customer archive`, imp, sheet.chars);
      await searchKeyFigures(ours, 'import', searchQueries);
      const impN = await call(naive, 'importNaive');
      console.log(`import naive (parse + get + merge, no validation + set): ${f(impN.totalMs)}, ${impN.customersAfter} customers after | ${ratio(impN.totalMs, imp.totalMs)}`);
    }

    if (PARTS.has('backup')) {
      console.log(`\n-- full backup and restore of the whole archive --`);
      const br = await call(ours, 'backupAndRestoreOurs');
      const brN = await call(naive, 'backupAndRestoreNaive');
      const backupO = br.createMs + br.serializeMs;
      const restoreO = br.parseMs + br.restoreMs;
      console.log(
        `backup ours (createBackup + serializeBackup): ${f(backupO)} (read + checksum ${f(br.createMs)}, stringify ${f(br.serializeMs)}), ${(br.chars / 1_048_576).toFixed(0)} M chars | naive (get + JSON.stringify): ${f(brN.backupMs)} | ${ratio(brN.backupMs, backupO)}`,
      );
      console.log(
        `restore ours (parseBackup + restoreBackup): ${f(restoreO)} (check ${f(br.parseMs)}, write ${f(br.restoreMs)}); ${br.customersAfter} customers, ${br.notesAfter} notes after | naive (JSON.parse + set): ${f(brN.restoreMs)} | ${ratio(brN.restoreMs, restoreO)}`,
      );
      await searchKeyFigures(ours, 'restore', searchQueries);
    }
  } finally {
    await session.close();
  }
  console.log(`\nscale bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function searchFigures(ours: Page, naive: Page, queries: SearchQueries): Promise<void> {
  console.log(`\n-- customer search (searchCustomers, limit 30) --`);
  const labels: Record<QueryKind, string> = { name: 'name prefix (2 Chinese chars)', pinyin: 'full pinyin', initials: 'initials', phone: 'phone fragment (4 digits)', uid: 'buyer id' };
  for (const kind of Object.keys(labels) as QueryKind[]) {
    const o = await call(ours, 'searchOurs', queries[kind]);
    const n = await call(naive, 'searchNaive', kind, queries[kind].slice(0, NAIVE_REPS));
    console.log(
      `search by ${labels[kind]} (e.g. "${queries[kind][0]}"): ours p50 ${f(o.p50)} p95 ${f(o.p95)} over ${o.n} (${o.found} found) ${verdict(o.p95, TARGETS.searchP95)} | naive p50 ${f(n.p50)} p95 ${f(n.p95)} over ${n.n} | ${ratio(n.p50, o.p50)}`,
    );
  }
}

function printImport(label: string, imp: Awaited<ReturnType<Api['importOurs']>>, chars: number): void {
  console.log(
    `import ours ${label}: ${f(imp.totalMs)} total ${verdict(imp.totalMs, TARGETS.importMs)} — read+parse ${f(imp.readMs)}, read archive ${f(imp.existingMs)}, validate+preview ${f(imp.previewMs)}, commit ${f(imp.commitMs)}; ${imp.rows} rows (${(chars / 1_048_576).toFixed(1)} M chars): ${imp.added} added, ${imp.merged} merged, ${imp.notes} notes, ${imp.bad} bad; ${imp.customersAfter} customers after`,
  );
}

/** After a bulk write: until the background has built the search keys, and search meanwhile. */
async function searchKeyFigures(ours: Page, after: string, queries: string[]): Promise<void> {
  const keys = await call(ours, 'searchKeysReady', queries);
  console.log(
    `  search keys after the ${after}, built by the background service worker: ${keys.waiting} customers in ${f(keys.ms)} (${Math.round(keys.waiting / (keys.ms / 1000))}/s); searches meanwhile p50 ${f(keys.searches.p50)} p95 ${f(keys.searches.p95)} over ${keys.searches.n}`,
  );
}

async function popupFigures(session: ScaleSession, naive: Page): Promise<void> {
  await session.context.addInitScript(POPUP_WATCH_SCRIPT);
  const replies: number[] = [];
  const customers: number[] = [];
  const today: number[] = [];
  for (let i = 0; i < POPUP_OPENS; i += 1) {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.ourId}/popup.html`);
    await page.locator('[data-testid="template-result"]').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '顾客' }).click();
    await page.locator('[data-testid="customer-results"] li').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '今日任务' }).click();
    await page.locator('[data-testid="today-task"]').first().waitFor({ timeout: 30_000 });
    const seen = (await page.evaluate('window.__benchSeen')) as Record<string, number>;
    replies.push(seen.replies!);
    customers.push(seen.customers! - seen['click:顾客']!);
    today.push(seen.today! - seen['click:今日任务']!);
    await page.close();
  }
  // Only the first open is cold (service worker, disk cache); the median is the warm figure.
  const line = (values: number[]) => `median ${f(median(values))}, p95 ${f(percentile(values, 95))}, first ${f(values[0]!)} over ${values.length} opens`;
  // The naive popup can show nothing before it has read the whole archive.
  const naiveFirst: number[] = [];
  const naiveUrl = naive.url();
  for (let i = 0; i < NAIVE_REPS; i += 1) {
    const page = await session.context.newPage();
    await page.goto(naiveUrl);
    naiveFirst.push(
      (await page.evaluate(`chrome.storage.local.get('archive').then((r) => { const first = r.archive.customers.slice(0, 30); return first.length >= 0 ? performance.now() : 0; })`)) as number,
    );
    await page.close();
  }
  const m = median(replies);
  console.log(`popup nav start → first reply in the replies list (default tab): ${line(replies)} ${verdict(m, TARGETS.popupFirstRender)}`);
  console.log(`popup click 顾客 → first customer row (the 30 newest): ${line(customers)}`);
  console.log(`popup click 今日任务 → first task row: ${line(today)}`);
  console.log(`naive popup nav start → archive read (nothing rendered yet): median ${f(median(naiveFirst))} over ${naiveFirst.length} | ${ratio(median(naiveFirst), m)}`);
}
