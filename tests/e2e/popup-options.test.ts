/**
 * The popup and the options page as a seller uses them: a template written in the options
 * page is found in the popup by Chinese, full pinyin and initials and inserted into the demo
 * chat; options changes reach the sidebar; a shortcut expands in the chat box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { demoState, openDemo, openPopupWindow, searchPopupTemplates } from './support/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

const BODY = '亲，包邮券已经发到您的账户啦，下单时记得勾选哦～';

describe('options → popup → chat', () => {
  it('creates a template with a shortcut in the options page', async () => {
    const options = await session.openExtensionPage('options.html#/templates');
    await options.getByTestId('new-template').click();
    await options.getByTestId('template-title').fill('包邮券提醒');
    await options.getByTestId('template-group').selectOption('free_shipping');
    await options.getByTestId('template-shortcut').fill('/byq');
    await options.getByTestId('template-body').fill(BODY);
    await options.getByTestId('save-template').click();
    await expect.poll(() => options.getByTestId('template-list').textContent()).toContain('包邮券提醒');
    await options.close();
  });

  it.each([
    ['Chinese', '包邮券'],
    ['full pinyin', 'baoyouquan'],
    ['initials', 'byqtx'],
  ])('finds it in the popup by %s and inserts it into the demo chat', async (_how, query) => {
    const demo = await openDemo(session);
    const popup = await openPopupWindow(session);
    await searchPopupTemplates(popup, query, '包邮券提醒');
    await popup.getByTestId('template-search').press('Enter');
    await popup.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => demoState(demo).then((s) => s.inputState)).toBe(BODY);
    expect((await demoState(demo)).sent).toEqual([]);
    await popup.close();
    await demo.close();
  });

  it('expands the shortcut typed in the chat box in any case, leaving IME composition alone', async () => {
    const demo = await openDemo(session);
    await sidebarFrame(demo, session.extensionId);
    await demo.click('#replyTextarea');
    // Typed with a capital, as a phone keyboard or Caps Lock does; the shortcut is /byq.
    await demo.keyboard.type('/ByQ');
    // A space that ends an IME composition is the input method's, not a shortcut trigger.
    await demo.evaluate(`document.querySelector('#replyTextarea').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', isComposing: true, bubbles: true }))`);
    // Expansion is asynchronous: give a wrongly triggered one time to land before checking.
    await demo.waitForTimeout(500);
    expect((await demoState(demo)).inputState).toBe('/ByQ');
    // Shortcuts are fetched when the box gets focus; give that one round trip.
    await expect
      .poll(async () => {
        await demo.keyboard.press('Space');
        return demoState(demo).then((s) => s.inputState);
      }, { timeout: 10_000 })
      .toContain(BODY);
    expect((await demoState(demo)).inputState).not.toContain('/ByQ');
    expect((await demoState(demo)).sent).toEqual([]);
    await demo.close();
  });

  it('applies an options change (language) to the sidebar', async () => {
    const demo = await openDemo(session);
    const frame = await sidebarFrame(demo, session.extensionId);
    await demo.evaluate('window.demoChat.pushBuyerMessage("能便宜点吗")');
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().textContent()).toBe('议价');

    const options = await session.openExtensionPage('options.html#/appearance');
    await options.getByTestId('language-select').selectOption('en');
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().textContent(), { timeout: 10_000 }).toBe('Price haggling');
    await expect.poll(() => frame.getByRole('button', { name: 'Insert' }).count()).toBeGreaterThan(0);
    await options.getByTestId('language-select').selectOption('zh-CN');
    await options.close();
    await demo.close();
  });
});
