/**
 * Right-click "save customer" (native menus cannot be clicked from Playwright, so the test
 * calls the same handler the menu calls, through the worker's test hook), the follow-up
 * lifecycle from the sidebar's order form, and a due task raising the badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, liveWorker, sidebarFrame, type ExtensionSession } from './support/extension';
import { badgeText, demoState, openDemo, openPopupWindow, createCardInSidebar, searchPopupTemplates } from './support/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

async function clickMenuThroughHook(menuItemId: string, selectionText: string) {
  const worker = await liveWorker(session);
  const opened = session.context.waitForEvent('page');
  await worker.evaluate(
    `chrome.tabs.query({ url: 'https://mms.pinduoduo.com/*' }).then(([tab]) =>
       sellerAssistantTestHooks.handleContextMenuClick({ menuItemId: ${JSON.stringify(menuItemId)}, selectionText: ${JSON.stringify(selectionText)} }, { id: tab.id, url: tab.url }))`,
  );
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

describe('right-click: save customer to archive', () => {
  it('parses the selection into a form, saves it, and a second save updates the same customer', async () => {
    const demo = await openDemo(session);
    const { uid } = await demoState(demo);

    const form = await clickMenuThroughHook('save-customer', '收货人：张三，手机：138-1234-5678，地址：浙江省杭州市西湖区文三路90号');
    await expect.poll(() => form.getByTestId('confirm-name').inputValue()).toBe('张三');
    expect(await form.getByTestId('confirm-phone').inputValue()).toBe('13812345678');
    expect(await form.getByTestId('confirm-uid').inputValue()).toBe(uid);
    expect(await form.getByTestId('confirm-address-parts').textContent()).toBe('浙江省 / 杭州市 / 西湖区 / 文三路90号');
    await form.getByTestId('confirm-save').click();
    await expect.poll(() => form.getByTestId('confirm-status').textContent()).toBe('顾客已保存');
    await form.close();

    const again = await clickMenuThroughHook('save-customer', '张三 13812345678 生日 5月3日 浙江省杭州市西湖区文三路100号');
    await again.getByTestId('confirm-save').click();
    await expect.poll(() => again.getByTestId('confirm-status').textContent()).toBe('已更新已有顾客（同一买家 ID 或电话）');
    await again.goto(again.url().replace(/#.*$/, '#/customers'));
    await expect.poll(() => again.getByTestId('customers-page').locator('li').count()).toBe(1);
    expect(await again.getByTestId('customers-page').textContent()).toContain('张三');
    await again.close();

    // The sidebar's card for this buyer is the saved customer.
    const frame = await sidebarFrame(demo, session.extensionId);
    await expect.poll(() => frame.locator('[data-testid="customer-name"]').textContent(), { timeout: 10_000 }).toBe('张三');

    // Another buyer account whose phone is typed with +86 and dashes is still the same person.
    await demo.click('li.chat-item:nth-child(2)');
    const other = await clickMenuThroughHook('save-customer', '张三 13812345678');
    await expect.poll(() => other.getByTestId('confirm-uid').inputValue()).not.toBe(uid);
    await other.getByTestId('confirm-phone').fill('+86 138-1234-5678');
    await other.getByTestId('confirm-save').click();
    await expect.poll(() => other.getByTestId('confirm-status').textContent()).toBe('已更新已有顾客（同一买家 ID 或电话）');
    await other.goto(other.url().replace(/#.*$/, '#/customers'));
    await expect.poll(() => other.getByTestId('customers-page').locator('li').allTextContents()).toEqual([expect.stringContaining(uid)]);
    await other.close();
    await demo.close();
  });
});

describe('right-click: reply with a script', () => {
  it('lists favourites in the menu and puts the chosen one, filled, into the chat box', async () => {
    const demo = await openDemo(session);
    const popup = await openPopupWindow(session);
    // A greeting fills from fallbacks alone (no order facts needed).
    const first = await searchPopupTemplates(popup, '打招呼');
    const title = (await first.locator('strong').textContent())!;
    // Star it and close the popup at once, as a seller clicking away does: the write runs in
    // the background, so it is not lost with the popup.
    await first.getByRole('button', { name: '收藏' }).click();
    await popup.close();

    const worker = await liveWorker(session);
    const storedFavourite = () =>
      worker.evaluate(
        `new Promise((resolve) => { const open = indexedDB.open('seller-assistant'); open.onsuccess = () => { const req = open.result.transaction('templates').objectStore('templates').getAll(); req.onsuccess = () => { const found = req.result.find((t) => t.favourite && t.title === ${JSON.stringify(title)}); resolve(found ? found.id : ''); }; }; open.onerror = () => resolve(''); })`,
      ) as Promise<string>;
    await expect.poll(storedFavourite).not.toBe('');
    const templateId = await storedFavourite();
    // The menu is rebuilt from the favourites shortly after they change.
    await expect
      .poll(() => worker.evaluate(`chrome.contextMenus.update(${JSON.stringify(`reply:${templateId}`)}, {}).then(() => true, () => false)`), { timeout: 10_000 })
      .toBe(true);

    await worker.evaluate(
      `chrome.tabs.query({ url: 'https://mms.pinduoduo.com/*' }).then(([tab]) =>
         sellerAssistantTestHooks.handleContextMenuClick({ menuItemId: ${JSON.stringify(`reply:${templateId}`)} }, { id: tab.id, url: tab.url }))`,
    );
    await expect.poll(() => demoState(demo).then((s) => s.inputState.length)).toBeGreaterThan(5);
    expect((await demoState(demo)).inputState).not.toMatch(/\{[a-z_]+\}/);
    expect((await demoState(demo)).sent).toEqual([]);
    await demo.close();
  });
});

describe('follow-ups', () => {
  it('marking an order shipped in the sidebar creates the follow-up tasks', async () => {
    const demo = await openDemo(session);
    await demo.click('li.chat-item:nth-child(3)');
    const frame = await sidebarFrame(demo, session.extensionId);
    await createCardInSidebar(frame);
    await frame.getByTestId('open-order-event').click();
    const form = frame.getByTestId('order-event-form');
    await form.getByLabel('订单号').fill('240618-553201847');
    await form.getByLabel('记录订单进度').selectOption('shipped');
    await form.getByLabel('快递公司').fill('中通');
    await form.getByLabel('运单号').fill('75310094221800');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/已创建 [1-9]\d* 个跟进任务/);
    const tasks = frame.getByTestId('customer-tasks');
    await expect.poll(() => tasks.textContent()).toContain('发货通知');
    await expect.poll(() => tasks.textContent()).toContain('到货询问');
    await demo.close();
  });

  it('a shipment recorded after the delivery adds no shipping notice or arrival check', async () => {
    const demo = await openDemo(session);
    await demo.click('li.chat-item:nth-child(2)');
    const frame = await sidebarFrame(demo, session.extensionId);
    await createCardInSidebar(frame);
    await frame.getByTestId('open-order-event').click();
    const form = frame.getByTestId('order-event-form');
    await form.getByLabel('订单号').fill('240615-118830012');
    await form.getByLabel('记录订单进度').selectOption('delivered');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/已创建 [1-9]\d* 个跟进任务/);
    // The seller catches up on the shipping record a day late.
    await form.getByLabel('记录订单进度').selectOption('shipped');
    await form.getByLabel('快递公司').fill('圆通');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('已创建 0 个跟进任务');
    const tasks = await frame.getByTestId('customer-tasks').textContent();
    expect(tasks).not.toContain('发货通知');
    expect(tasks).not.toContain('到货询问');
    await demo.close();
  });

  it('a task that falls due raises the badge and a notification', async () => {
    const demo = await openDemo(session);
    await demo.click('li.chat-item:nth-child(4)');
    const frame = await sidebarFrame(demo, session.extensionId);
    await createCardInSidebar(frame);
    await frame.getByRole('button', { name: '+ 添加任务' }).click();
    await frame.getByTestId('task-title').fill('回访加湿器使用情况');
    // Due a minute ago, in the browser's local time (datetime-local has no zone).
    const due = await frame.evaluate(`(() => { const d = new Date(Date.now() - 60_000); d.setMinutes(d.getMinutes() - d.getTimezoneOffset()); return d.toISOString().slice(0, 16); })()`);
    await frame.getByTestId('task-due').fill(due as string);
    await frame.getByTestId('add-task-form').getByRole('button', { name: '保存' }).click();

    await expect.poll(async () => Number((await badgeText(session)) || '0')).toBeGreaterThanOrEqual(1);
    const before = Number(await badgeText(session));
    const notifications = (await (await liveWorker(session)).evaluate('chrome.notifications.getAll()')) as Record<string, unknown>;
    expect(Object.keys(notifications).some((id) => id.startsWith('task:'))).toBe(true);

    await frame.getByTestId('customer-tasks').getByRole('button', { name: '完成' }).click();
    await expect.poll(async () => Number((await badgeText(session)) || '0')).toBe(before - 1);
    await demo.close();
  });
});
