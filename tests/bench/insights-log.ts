/**
 * What the sidebar's insights logging costs per handled buyer message, with a year's log of
 * 1,000,000 events from 100,000 buyers in the extension's database (Chromium, the built
 * extension). Figures:
 * - sidebar: the time the sidebar spends sending (it never waits for the answer);
 * - background write: logHandledMessage and addEventOutcome, each one IndexedDB transaction
 *   with the counters, timed in an extension page on the same database;
 * - round trip: sidebar → background → written → answered, the whole path.
 * The log is filled in bulk (see insights-log-api.ts `seed`); INSIGHTS_EVENTS=100000 runs smaller.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { launchExtension, ROOT } from '../e2e/support/extension';
import { median, percentile } from './stats';

const EVENTS = Number(process.env.INSIGHTS_EVENTS ?? 1_000_000);
const CUSTOMERS = 100_000;
const PRODUCTS = 200;
const DAYS = 365;
const SAMPLES = 200;

type Api = {
  seed(total: number, customers: number, products: number, days: number, now: number): Promise<{ events: number; counters: number; ms: number }>;
  measureDirect(samples: number, customers: number, now: number): Promise<{ log: number[]; outcome: number[] }>;
  measureThroughBackground(samples: number, customers: number, now: number): Promise<{ send: number[]; roundTrip: number[] }>;
};

const fmt = (values: number[]) => `median ${median(values).toFixed(2)} ms, p95 ${percentile(values, 95).toFixed(2)} ms (n=${values.length})`;

export async function run(): Promise<void> {
  const bundle = (
    await build({ entryPoints: [join(ROOT, 'tests/bench/insights-log-api.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error' })
  ).outputFiles[0]!.text;
  const session = await launchExtension({ headless: true });
  try {
    // A page of the extension's origin that runs no app code: the same database as the background.
    const page = await session.openExtensionPage('manifest.json');
    await page.evaluate(bundle);
    const now = Date.now();
    const seeded = (await page.evaluate(`insightsBench.seed(${EVENTS}, ${CUSTOMERS}, ${PRODUCTS}, ${DAYS}, ${now})`)) as { events: number; counters: number; ms: number };
    console.log(`insights log: seeded ${seeded.events.toLocaleString('en')} events, ${seeded.counters.toLocaleString('en')} counter rows, ${CUSTOMERS.toLocaleString('en')} buyers, ${PRODUCTS} products over ${DAYS} days in ${(seeded.ms / 1000).toFixed(1)} s (bulk)`);
    const api = `insightsBench`;
    // Warm-up: the first transactions open the database and compile the code paths.
    await page.evaluate(`${api}.measureDirect(10, ${CUSTOMERS}, ${now})`);
    const direct = (await page.evaluate(`${api}.measureDirect(${SAMPLES}, ${CUSTOMERS}, ${now})`)) as Awaited<ReturnType<Api['measureDirect']>>;
    console.log(`insights log: background write, log a handled message: ${fmt(direct.log)}`);
    console.log(`insights log: background write, add the decision on insert: ${fmt(direct.outcome)}`);
    await page.evaluate(`${api}.measureThroughBackground(10, ${CUSTOMERS}, ${now})`);
    const bg = (await page.evaluate(`${api}.measureThroughBackground(${SAMPLES}, ${CUSTOMERS}, ${now})`)) as Awaited<ReturnType<Api['measureThroughBackground']>>;
    console.log(`insights log: sidebar side (send, not awaited): ${fmt(bg.send)}   target ≤ 2 ms per handled message`);
    console.log(`insights log: round trip sidebar → background → stored: ${fmt(bg.roundTrip)}`);
  } finally {
    await session.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
