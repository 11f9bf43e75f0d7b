/**
 * A hostile page at a real seller URL tries to read the sidebar, forge messages to the frame
 * and the content script, and smuggle markup in a buyer message. None of it works, and no
 * customer data reaches the page's DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html';
const SECRET_PHONE = '13987654321';
const SECRET_NOTE = '只在档案里的备注-8c1f';

beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://mms.pinduoduo.com/**', fixture('hostile/pinduoduo-hostile.html'));
});
afterAll(async () => session?.close());

describe('a hostile seller page', () => {
  it('cannot read the sidebar, forge messages, run buyer markup or see customer data', async () => {
    const page = await session.context.newPage();
    await page.goto(URL);
    const frame = await sidebarFrame(page, session.extensionId);

    // The buyer gets a card with a phone and a private note, shown in the sidebar.
    await frame.getByRole('button', { name: '建档' }).click();
    await frame.getByLabel('添加备注').fill(`${SECRET_NOTE} 电话 ${SECRET_PHONE}`);
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.getByTestId('notes').textContent()).toContain(SECRET_NOTE);

    await page.evaluate('window.spoofBuyerMessage()');
    await expect.poll(() => frame.getByTestId('buyer-message').textContent()).toContain('<img src=x onerror=');
    // The markup is text in the sidebar: no element was created from it and nothing ran.
    expect(await frame.locator('[data-testid="buyer-message"] img, [data-testid="buyer-message"] script').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await frame.evaluate('window.__xss')).toBeUndefined();

    const report = (await page.evaluate('window.hostileReport')) as Record<string, unknown>;
    expect(report.frameRead).toMatch(/^blocked|^null$/);
    expect(report.frameLocation).toBe('blocked');
    expect(report.forgedPosts).toBeGreaterThan(0);
    // Page scripts have no extension messaging to talk to.
    expect(report.runtimeApi).not.toBe('function');

    // The forged messages changed nothing: no insertion, no fake buyer message in the sidebar.
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__framework.state.draft')).toBe('');
    expect(await frame.getByTestId('buyer-message').textContent()).not.toContain('FORGED');

    // The archive's data never entered the page's DOM.
    const pageHtml = (await page.evaluate('window.pageText()')) as string;
    expect(pageHtml).not.toContain(SECRET_PHONE);
    expect(pageHtml).not.toContain(SECRET_NOTE);
    await page.close();
  });
});
