/**
 * A sidebar read that fails for real in the built extension: the background worker is stopped
 * (as the browser does) while it is answering the card's read. To have a read in flight at that
 * moment, another extension page holds a write transaction on the customers' store, so the
 * worker's read waits behind it; the stop then closes the message channel under the sidebar.
 * The card keeps what it showed, marked as possibly out of date, with the translated notice; a
 * retry reads again, and so does the next archive change by itself.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { createCardInSidebar, openDemo } from './support/pages';

let session: ExtensionSession;
let holder: Page;
beforeAll(async () => {
  session = await launchExtension();
  holder = await session.openExtensionPage('options.html');
});
afterAll(async () => session?.close());

/**
 * Hold a write transaction on the customers' store until released: an IndexedDB transaction
 * lives while it has requests, so it keeps one going. Resolves once the lock is held.
 */
function holdCustomersStore(): Promise<void> {
  return holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const flags = window as unknown as { releaseCustomers: boolean; customersReleased: boolean };
        flags.releaseCustomers = false;
        flags.customersReleased = false;
        const open = indexedDB.open('seller-assistant');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(['customers'], 'readwrite');
          const store = tx.objectStore('customers');
          let held = false;
          const spin = () => {
            if (!held) {
              held = true;
              resolve();
            }
            if (!flags.releaseCustomers) store.count().onsuccess = spin;
          };
          store.count().onsuccess = spin;
          tx.oncomplete = () => {
            database.close();
            flags.customersReleased = true;
          };
          tx.onabort = () => reject(new Error('lock aborted'));
        };
      }),
  );
}

/**
 * Stop the extension's worker as the browser does, through DevTools' ServiceWorker domain on an
 * extension page (no tab opens: a tab switch would make the sidebar read again by itself).
 */
async function stopWorker(): Promise<void> {
  const cdp = await session.context.newCDPSession(holder);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function releaseCustomersStore(): Promise<void> {
  await holder.evaluate('window.releaseCustomers = true');
  await expect.poll(() => holder.evaluate('window.customersReleased')).toBe(true);
}

/** Counts the sidebar's reads of the buyer's card still waiting for the background (test-side wrapper). */
async function watchCardReads(frame: Frame): Promise<void> {
  await frame.evaluate(`(() => {
    const runtime = chrome.runtime;
    const send = runtime.sendMessage.bind(runtime);
    window.cardReadsPending = 0;
    runtime.sendMessage = (message, ...rest) => {
      const sent = send(message, ...rest);
      if (message && message.type === 'bg:archive' && message.payload && message.payload.name === 'customerByUid') {
        window.cardReadsPending++;
        const done = () => window.cardReadsPending--;
        sent.then(done, done);
      }
      return sent;
    };
  })()`);
}

/** An archive change made through the background, as any page's write is: the sidebar refetches. */
async function changeArchive(text: string): Promise<void> {
  const args = { text, situation: 'complaint', source: 'correction' };
  const answer = await holder.evaluate(`chrome.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'command', name: 'addSituationExample', args: ${JSON.stringify(args)} } })`);
  expect(answer).toMatchObject({ ok: true });
}

describe('a failed archive read in the sidebar', () => {
  it('keeps the card marked as possibly stale when the worker stops mid-read; retry and the next change read again', async () => {
    const demo = await openDemo(session);
    const frame = await sidebarFrame(demo, session.extensionId);
    await createCardInSidebar(frame);
    await frame.getByLabel('添加备注').fill('要顺丰');
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.getByTestId('notes').textContent()).toContain('要顺丰');
    const name = await frame.getByTestId('customer-name').textContent();
    await watchCardReads(frame);
    const card = frame.getByTestId('customer-card');
    const notice = card.getByTestId('archive-query-failed');
    expect(await notice.count()).toBe(0);

    for (const recovery of ['retry button', 'next archive change'] as const) {
      await holdCustomersStore();
      // Another page changes the archive: the sidebar reads the card again, and that read waits.
      await changeArchive(`顾客说快递员态度不好（${recovery}）`);
      await expect.poll(() => frame.evaluate('window.cardReadsPending')).toBeGreaterThan(0);
      await stopWorker();

      await notice.waitFor();
      expect(await notice.getAttribute('data-stale')).toBe('true');
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.textContent()).toContain('本地数据没能读取（扩展后台可能正在重启，或浏览器存储出错）。下面显示的是上次读到的内容，可能不是最新的。');
      // What the seller had is still there.
      expect(await frame.getByTestId('customer-name').textContent()).toBe(name);
      expect(await frame.getByTestId('notes').textContent()).toContain('要顺丰');
      expect(await frame.getByTestId('customer-new').count()).toBe(0);

      await releaseCustomersStore();
      if (recovery === 'retry button') await notice.getByRole('button', { name: '重试' }).click();
      else await changeArchive('顾客又问了一次');
      await notice.waitFor({ state: 'detached' });
      expect(await frame.getByTestId('customer-name').textContent()).toBe(name);
      expect(await frame.getByTestId('notes').textContent()).toContain('要顺丰');
    }
    await demo.close();
  });
});
