/**
 * Festival greetings without a task per customer: on the Mid-Autumn Festival the popup's
 * today tab lists the recent buyers to greet, newest first; old buyers are left out; on an
 * ordinary day there is no entry at all. The page clock is fixed; the archive is seeded the
 * way the database stores records.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

/** Idempotent: any extension page opens the database at its current version; then seed it directly. */
async function seedArchive() {
  const page = await session.openExtensionPage('options.html#/customers');
  const festival = Date.parse('2026-09-25T10:00:00+08:00');
  const day = 86_400_000;
  const people = [
    ['c-recent', '橙子妈妈', festival - 2 * day],
    ['c-older', '阿杰', festival - 40 * day],
    ['c-stale', '老王', festival - 400 * day],
  ] as const;
  const customers = people.map(([id, nickname]) => ({
    id, platform: 'pinduoduo', platformUid: `uid-${id}`, nickname, sizes: {}, interests: [], tags: [], vipLevel: 0, points: 0, createdAt: 0, updatedAt: 0,
  }));
  const orders = people.map(([id, , at]) => ({ id: `o-${id}`, customerId: id, orderNo: `N-${id}`, items: [], status: 'paid', paidAt: at, createdAt: at, updatedAt: at }));
  await expect
    .poll(() =>
      page.evaluate(
        ({ customers, orders }) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('seller-assistant');
            open.onsuccess = () => {
              const database = open.result;
              if (!database.objectStoreNames.contains('orders')) return resolve(false);
              const tx = database.transaction(['customers', 'orders'], 'readwrite');
              for (const c of customers) tx.objectStore('customers').put(c);
              for (const o of orders) tx.objectStore('orders').put(o);
              tx.oncomplete = () => resolve(true);
              tx.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
        { customers, orders },
      ),
    )
    .toBe(true);
  await page.close();
}

async function popupAt(iso: string): Promise<Page> {
  await seedArchive();
  const page = await session.context.newPage();
  await page.clock.setFixedTime(new Date(iso));
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByRole('tab', { name: /今日|Today/ }).click();
  return page;
}

describe('popup: festival greetings digest', () => {
  it('on the Mid-Autumn Festival lists the recent buyers, newest first, and not the stale one', async () => {
    const popup = await popupAt('2026-09-25T10:00:00+08:00');
    const names = popup.getByTestId('festival-digest-names');
    await expect.poll(() => names.textContent()).toBe('橙子妈妈、阿杰');
    expect(await popup.getByTestId('festival-digest').textContent()).toContain('中秋节');
    await popup.close();
  });

  it('shows nothing on an ordinary day', async () => {
    const popup = await popupAt('2026-09-28T10:00:00+08:00');
    await expect.poll(() => popup.getByTestId('festival-digest-none').count()).toBe(1);
    expect(await popup.getByTestId('festival-digest').count()).toBe(0);
    await popup.close();
  });
});
