/**
 * The insights retention alarm in the built extension: buyer messages are logged through the
 * background's archive command (as the sidebar logs them) on days older and newer than the
 * retention the seller set on the Insights page; the real daily alarm, set to fall due now,
 * deletes the old events with their counters and forgets products not seen since, and the
 * Insights page's tables then count only the newer messages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, liveWorker, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

const RETENTION_DAYS = 30;
const DAY = 86_400_000;

interface Logged { daysAgo: number; buyer: string; productKey: string; productName: string; situation: string }

const MESSAGES: Logged[] = [
  // Older than the retention: gone after the alarm.
  { daysAgo: 45, buyer: 'b1', productKey: 'sku-cup', productName: '玻璃杯', situation: 'damaged' },
  { daysAgo: 31, buyer: 'b2', productKey: 'sku-cup', productName: '玻璃杯', situation: 'damaged' },
  { daysAgo: 40, buyer: 'b3', productKey: 'sku-bag', productName: '帆布包', situation: 'quality_issue' },
  // Within it: kept (29 days ago is inside the last 30 calendar days).
  { daysAgo: 29, buyer: 'b4', productKey: 'sku-tee', productName: '纯棉T恤', situation: 'size_fit' },
  { daysAgo: 3, buyer: 'b5', productKey: 'sku-cup', productName: '玻璃杯', situation: 'damaged' },
  { daysAgo: 3, buyer: 'b6', productKey: 'sku-tee', productName: '纯棉T恤', situation: 'size_fit' },
];

/** Logged through the background, as the sidebar does it (one command per handled message). */
async function logMessages(page: Page, now: number): Promise<void> {
  for (const m of MESSAGES) {
    const args = {
      at: now - m.daysAgo * DAY,
      platform: 'pinduoduo',
      buyerKey: `pinduoduo:${m.buyer}`,
      messageKey: `pinduoduo:${m.buyer}#${m.daysAgo}`,
      productKey: m.productKey,
      productName: m.productName,
      situations: [m.situation],
    };
    const answer = await page.evaluate(`chrome.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'command', name: 'logInsightEvent', args: ${JSON.stringify(args)} } })`);
    expect(answer).toEqual({ ok: true, value: { created: true } });
  }
}

function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve) => {
        const open = indexedDB.open('seller-assistant');
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction([name], 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}

async function openInsights(): Promise<Page> {
  const page = await session.openExtensionPage('options.html#/insights');
  await page.getByTestId('insights-page').waitFor();
  return page;
}

/** The products table's rows without the sparkline, by product name. */
async function productRows(page: Page): Promise<Record<string, string[]>> {
  const rows = await page
    .getByTestId('insights-table-products')
    .evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
  return Object.fromEntries(rows.map((row) => [row[0]!, row.slice(1, 10)]));
}

const productChoices = (page: Page) => page.getByTestId('insights-product').locator('option').allTextContents();

describe('insights: the retention alarm', () => {
  it('deletes the events older than the retention; the Insights tables count only the newer ones', async () => {
    const setup = await openInsights();
    await setup.getByTestId('insights-retention').fill(String(RETENTION_DAYS));
    await expect
      .poll(() => setup.evaluate(`chrome.storage.local.get('settings').then(({ settings }) => settings?.insights?.retentionDays)`))
      .toBe(RETENTION_DAYS);
    await logMessages(setup, Date.now());
    await setup.close();

    // Before the alarm the default 90 days count every message.
    const before = await openInsights();
    // platform, conversations, quality, size, damaged, missing, wrong, problems, per 100
    await expect.poll(() => productRows(before)).toEqual({
      玻璃杯: ['拼多多', '3', '0', '0', '3', '0', '0', '3', '100'],
      纯棉T恤: ['拼多多', '2', '0', '2', '0', '0', '0', '2', '100'],
      帆布包: ['拼多多', '1', '1', '0', '0', '0', '0', '1', '100'],
    });
    expect(await productChoices(before)).toEqual(expect.arrayContaining(['玻璃杯', '纯棉T恤', '帆布包']));
    await before.close();

    // Installing scheduled the daily alarm; make it fall due now.
    const worker = await liveWorker(session);
    expect(await worker.evaluate(`chrome.alarms.get('insights-retention').then((a) => a?.periodInMinutes)`)).toBe(24 * 60);
    await worker.evaluate(`chrome.alarms.create('insights-retention', { when: Date.now() + 200 })`);

    const reader = await session.openExtensionPage('options.html');
    await expect
      .poll(async () => (await readStore<{ buyerKey: string }>(reader, 'insightEvents')).map((e) => e.buyerKey).sort(), { timeout: 20_000 })
      .toEqual(['pinduoduo:b4', 'pinduoduo:b5', 'pinduoduo:b6']);
    // The counters went with them: only the kept days have any, and they count the kept messages.
    const events = await readStore<{ day: string }>(reader, 'insightEvents');
    const counters = await readStore<{ day: string; metric: string; count: number }>(reader, 'insightCounters');
    expect(new Set(counters.map((c) => c.day))).toEqual(new Set(events.map((e) => e.day)));
    expect(counters.filter((c) => c.metric === 'messages').reduce((sum, c) => sum + c.count, 0)).toBe(3);
    // The product no kept message names is forgotten.
    expect((await readStore<{ productKey: string }>(reader, 'insightProducts')).map((p) => p.productKey).sort()).toEqual(['sku-cup', 'sku-tee']);
    await reader.close();

    const after = await openInsights();
    await expect.poll(() => productRows(after)).toEqual({
      玻璃杯: ['拼多多', '1', '0', '0', '1', '0', '0', '1', '100'],
      纯棉T恤: ['拼多多', '2', '0', '2', '0', '0', '0', '2', '100'],
    });
    // Not even the widest range brings the deleted messages back.
    await after.getByTestId('insights-range-365').click();
    await expect.poll(() => productRows(after).then((rows) => rows['玻璃杯'])).toEqual(['拼多多', '1', '0', '0', '1', '0', '0', '1', '100']);
    expect(await productChoices(after)).not.toContain('帆布包');
    await after.close();
  });
});
