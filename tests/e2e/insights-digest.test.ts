/**
 * The weekly insights digest fires from its alarm: one notification naming the product with
 * the most new after-sales problems this week and the count, and a click on it opens the
 * options page at #/insights. The archive is seeded the way the database stores counters; the
 * alarm is the real one, set to fall due now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, liveWorker, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

/** Today in the shop's default time zone (Asia/Shanghai), as the counters are keyed. */
const shanghaiDay = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

async function seedCounters() {
  const page = await session.openExtensionPage('options.html');
  const today = shanghaiDay(Date.now());
  const threeDaysAgo = shanghaiDay(Date.now() - 3 * 86_400_000);
  const longAgo = shanghaiDay(Date.now() - 30 * 86_400_000);
  const row = (day: string, productKey: string, metric: string, count: number) => ({ key: `${day}|pinduoduo|${productKey}|${metric}`, day, platform: 'pinduoduo', productKey, metric, count });
  const counters = [
    row(today, 'sku-cup', 'situation:damaged', 2),
    row(threeDaysAgo, 'sku-cup', 'situation:quality_issue', 2),
    row(today, 'sku-tee', 'situation:size_fit', 3),
    // Not this week, and not a problem: neither counts.
    row(longAgo, 'sku-tee', 'situation:size_fit', 9),
    row(today, 'sku-tee', 'situation:haggle', 9),
  ];
  const products = [
    { key: 'pinduoduo|sku-cup', platform: 'pinduoduo', productKey: 'sku-cup', name: '玻璃保温杯', lastSeen: Date.now() },
    { key: 'pinduoduo|sku-tee', platform: 'pinduoduo', productKey: 'sku-tee', name: '纯棉短袖T恤', lastSeen: Date.now() },
  ];
  await expect
    .poll(() =>
      page.evaluate(
        ({ counters, products }) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('seller-assistant');
            open.onsuccess = () => {
              const database = open.result;
              if (!database.objectStoreNames.contains('insightCounters')) return resolve(false);
              const tx = database.transaction(['insightCounters', 'insightProducts'], 'readwrite');
              for (const c of counters) tx.objectStore('insightCounters').put(c);
              for (const p of products) tx.objectStore('insightProducts').put(p);
              tx.oncomplete = () => resolve(true);
              tx.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
        { counters, products },
      ),
    )
    .toBe(true);
  return page;
}

describe('insights: weekly digest', () => {
  it('the digest alarm shows one notification naming the top product and count; a click opens #/insights', async () => {
    const page = await seedCounters();
    const worker = await liveWorker(session);
    // Installing scheduled the weekly alarm; make it fall due now.
    expect(await worker.evaluate(`chrome.alarms.get('insights-digest').then((a) => a?.periodInMinutes)`)).toBe(7 * 24 * 60);
    await worker.evaluate(`chrome.alarms.create('insights-digest', { when: Date.now() + 200 })`);

    await expect.poll(async () => Object.keys((await worker.evaluate('chrome.notifications.getAll()')) as Record<string, unknown>)).toContain('insights-digest');
    const shown = (await page.evaluate(`chrome.storage.local.get('insightsLastDigest').then((r) => r.insightsLastDigest)`)) as {
      productKey: string; name: string; count: number; message: string;
    };
    // 玻璃保温杯: 2 damaged + 2 quality this week beats the T-shirt's 3 (its old ones are outside the week).
    expect(shown).toMatchObject({ productKey: 'sku-cup', name: '玻璃保温杯', count: 4 });
    expect(shown.message).toContain('「玻璃保温杯」过去 7 天有 4 条售后问题');

    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html#/insights') });
    await worker.evaluate(`sellerAssistantTestHooks.handleNotificationClick('insights-digest')`);
    const insights = await opened;
    expect(insights.url()).toBe(`chrome-extension://${session.extensionId}/options.html#/insights`);
    await expect.poll(async () => Object.keys((await worker.evaluate('chrome.notifications.getAll()')) as Record<string, unknown>)).not.toContain('insights-digest');
    await insights.close();
    await page.close();
  });

  it('shows nothing when the week had no problems, or when the digest is switched off', async () => {
    const page = await session.openExtensionPage('options.html');
    const worker = await liveWorker(session);
    // No problems: the seeded week is cleared.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('seller-assistant');
          open.onsuccess = () => {
            const tx = open.result.transaction(['insightCounters'], 'readwrite');
            tx.objectStore('insightCounters').clear();
            tx.oncomplete = () => resolve();
          };
        }),
    );
    expect(await worker.evaluate('sellerAssistantTestHooks.runWeeklyDigest()')).toBeNull();
    await seedCounters().then((p) => p.close());
    await page.evaluate(`chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, insights: { ...(settings?.insights ?? {}), weeklyDigest: false } } }))`);
    expect(await worker.evaluate('sellerAssistantTestHooks.runWeeklyDigest()')).toBeNull();
    expect(Object.keys((await worker.evaluate('chrome.notifications.getAll()')) as Record<string, unknown>)).not.toContain('insights-digest');
    await page.close();
  });
});
