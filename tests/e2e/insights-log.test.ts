/**
 * The sidebar's side of the insights log in the built extension: a handled buyer message is
 * logged once (no text by default), the seller's correction replaces its situations, an
 * inserted reply is recorded, and the counters move with them. Read straight from the
 * extension's database in an extension page.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

const MESSAGE = '宝贝什么时候能到我这边';

let session: ExtensionSession;
let reader: Page;
beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  reader = await session.openExtensionPage('options.html');
});
afterAll(async () => session?.close());

interface StoredEvent { messageKey: string; situations: string[]; corrected?: true; text?: string; outcomes: { kind: string; scriptId?: string }[] }

function readTable<T>(table: string): Promise<T[]> {
  return reader.evaluate(
    (name) =>
      new Promise<T[]>((resolve) => {
        const open = indexedDB.open('seller-assistant');
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) return resolve([]);
          const request = database.transaction([name], 'readonly').objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => resolve([]);
        };
        open.onerror = () => resolve([]);
      }),
    table,
  );
}

async function counter(metric: string): Promise<number> {
  const rows = await readTable<{ metric: string; count: number }>('insightCounters');
  return rows.filter((r) => r.metric === metric).reduce((sum, r) => sum + r.count, 0);
}

describe('insights: the sidebar logs handled messages', () => {
  it('logs once, follows a correction and records the inserted reply', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    await page.evaluate('window.demoChat.pauseAutoMessages()');
    const frame: Frame = await sidebarFrame(page, session.extensionId);
    await page.evaluate((t) => (window as never as { demoChat: { pushBuyerMessage(t: string): void } }).demoChat.pushBuyerMessage(t), MESSAGE);
    await expect.poll(() => frame.getByTestId('buyer-message').textContent(), { timeout: 15_000 }).toBe(MESSAGE);

    await expect.poll(async () => (await readTable<StoredEvent>('insightEvents')).length).toBe(1);
    const [logged] = await readTable<StoredEvent>('insightEvents');
    expect(logged!.text).toBeUndefined();
    expect(logged!.situations[0]).toBe('logistics');
    expect(await counter('situation:logistics')).toBe(1);

    await frame.getByTestId('situation-picker').selectOption('ship_time');
    await expect.poll(async () => (await readTable<StoredEvent>('insightEvents'))[0]?.situations[0]).toBe('ship_time');
    expect((await readTable<StoredEvent>('insightEvents'))[0]!.corrected).toBe(true);
    expect(await counter('situation:logistics')).toBe(0);
    expect(await counter('situation:ship_time')).toBe(1);
    expect(await counter('messages')).toBe(1);

    const card = frame.getByTestId('suggestion').first();
    const scriptId = await card.getAttribute('data-script-id');
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(async () => (await readTable<StoredEvent>('insightEvents'))[0]?.outcomes.map((o) => o.scriptId)).toEqual([scriptId]);
    // Still one event for the one message, however often the sidebar re-rendered.
    expect((await readTable<StoredEvent>('insightEvents')).length).toBe(1);
    await page.close();
  });
});
