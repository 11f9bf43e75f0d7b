/**
 * Two surfaces editing at once stay consistent, and a follow-up scheduled before the service
 * worker is stopped still fires (the alarm and the task are durable; the worker keeps nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, liveWorker, sidebarFrame, type ExtensionSession } from './support/extension';
import { badgeText, openDemo, openPopupWindow, stopServiceWorker, createCardInSidebar } from './support/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

describe('durability', () => {
  it('keeps the sidebar and the popup consistent while both edit the same customer', async () => {
    const demo = await openDemo(session);
    const frame = await sidebarFrame(demo, session.extensionId);
    await createCardInSidebar(frame);
    await frame.getByLabel('添加备注').fill('侧栏写的备注');
    await frame.getByLabel('添加备注').press('Enter');

    const popup = await openPopupWindow(session);
    await popup.getByRole('tab', { name: '顾客' }).click();
    await popup.getByTestId('customer-search').press('Enter');
    await expect.poll(() => popup.getByTestId('notes').textContent()).toContain('侧栏写的备注');

    // A note from the popup shows up in the sidebar, and one more from the sidebar in the popup.
    await popup.getByLabel('添加备注').fill('弹窗写的备注');
    await popup.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.getByTestId('notes').textContent(), { timeout: 10_000 }).toContain('弹窗写的备注');
    await frame.getByLabel('添加备注').fill('再从侧栏写一条');
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => popup.getByTestId('notes').textContent(), { timeout: 10_000 }).toContain('再从侧栏写一条');
    await popup.close();
    await demo.close();
  });

  it('fires a follow-up scheduled before the service worker was stopped', async () => {
    const demo = await openDemo(session);
    await demo.click('li.chat-item:nth-child(2)');
    const frame = await sidebarFrame(demo, session.extensionId);
    await createCardInSidebar(frame);
    const customerId = await frame.getByTestId('customer-card').getAttribute('data-customer-id');
    const before = Number((await badgeText(session)) || '0');

    // Schedule through the same message the sidebar uses, due a few seconds from now.
    const created = await frame.evaluate(
      `chrome.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'command', name: 'createTask', args: { customerId: ${JSON.stringify(customerId)}, title: '稍后回访', dueAt: Date.now() + 4000 } } })`,
    );
    expect(created).toMatchObject({ ok: true });
    const alarmTime = async () =>
      ((await (await liveWorker(session)).evaluate(`chrome.alarms.get('next-task-due')`)) as { scheduledTime: number } | undefined)?.scheduledTime ?? 0;
    await expect.poll(alarmTime).toBeGreaterThan(Date.now() - 1000);

    // Stop the worker (as the browser does when it is idle), then let the alarm fall due.
    await stopServiceWorker(session);

    // Only the alarm can have woken the worker to count the new due task.
    await expect.poll(async () => Number((await badgeText(session)) || '0'), { timeout: 40_000, interval: 1000 }).toBe(before + 1);
    await demo.close();
  });
});
