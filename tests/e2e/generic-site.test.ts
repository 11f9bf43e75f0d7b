/**
 * The generic adapter: on a seller page with no known chat markup (Qianniu's web workbench
 * gets it, as does any site the user adds) the seller selects the buyer's words, the sidebar
 * recognises them, and "插入" fills the reply box the seller last focused.
 *
 * A site the user adds is not built in: the sidebar must still show there (it is reachable
 * through its dynamic URL), only once it has loaded and accepted the page (the page must not
 * lose its right edge to a frame that cannot show), and never for a page that merely framed
 * it. The browser's permission prompt cannot be answered by automation, so the test grants
 * the site the way a user can on chrome://extensions, then adds it through the options page:
 * the extension's own permission request then resolves without a prompt.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, grantSiteAccess, launchExtension, liveWorker, sidebarFrame, type ExtensionSession } from './support/extension';

const ADDED_ORIGIN = 'https://shop.example-seller.test';
const STRANGER_ORIGIN = 'https://stranger.example-other.test';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://myseller.taobao.com/**', fixture('sites/generic/normal.html'));
  await session.serve(`${ADDED_ORIGIN}/**`, fixture('frames/added-site-chat.html'));
  await session.serve(`${ADDED_ORIGIN}/chat/reply-frame.html`, fixture('frames/im-chat-frame.html'));
});
afterAll(async () => session?.close());

const selectBuyerLine = `(() => {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('buyer-line'));
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
})()`;

/** The frame shown and the room made for it: what the page gives up for the sidebar. */
async function layout(page: Page): Promise<{ visibility: string; margin: string }> {
  return (await page.evaluate(`({
    visibility: getComputedStyle(document.getElementById('seller-assistant-sidebar-frame')).visibility,
    margin: getComputedStyle(document.documentElement).marginRight,
  })`)) as { visibility: string; margin: string };
}

async function addSiteThroughOptions(origin: string): Promise<void> {
  const options = await session.openExtensionPage('options.html#/sites');
  await options.getByTestId('custom-site-input').fill(origin);
  await options.getByRole('button', { name: '添加' }).click();
  await expect.poll(() => options.getByRole('status').textContent()).toBe(`已启用 ${origin}`);
  await options.close();
}

async function childFrame(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => url.test(f.url())), { timeout: 15_000 }).toBe(true);
  return page.frames().find((f) => url.test(f.url()))!;
}

describe('generic adapter', () => {
  it('works from selected text and the last focused reply box, and says what it could not find', async () => {
    const page = await session.context.newPage();
    await page.goto('https://myseller.taobao.com/home.htm');
    const frame = await sidebarFrame(page, session.extensionId);
    await expect.poll(() => frame.getByTestId('missing-parts').textContent()).toContain('消息列表');

    await page.click('#reply');
    await page.evaluate(selectBuyerLine);
    await expect.poll(() => frame.getByTestId('buyer-message').textContent(), { timeout: 10_000 }).toBe('老板，我买的台灯不亮了，怎么办？');
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().getAttribute('data-situation-id')).toBe('quality_issue');

    const card = frame.getByTestId('suggestion').first();
    const text = await card.getByTestId('suggestion-text').textContent();
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => page.evaluate('window.__framework.state.draft')).toBe(text);
    await page.close();
  });
});

describe('a site the user adds', () => {
  it('shows the sidebar, which inserts into the reply box in the page’s frame', async () => {
    await grantSiteAccess(session, `${ADDED_ORIGIN}/*`);
    await addSiteThroughOptions(ADDED_ORIGIN);

    const page = await session.context.newPage();
    await page.goto(`${ADDED_ORIGIN}/chat`);
    const sidebar = await sidebarFrame(page, session.extensionId);
    // The sidebar page itself rendered (not Chromium's "blocked" page), and only then took room.
    await expect.poll(() => sidebar.locator('main.sidebar h1').textContent(), { timeout: 10_000 }).toBe('售后助手');
    await expect.poll(() => layout(page)).toEqual({ visibility: 'visible', margin: '360px' });

    await expect
      .poll(
        async () => {
          await page.evaluate(selectBuyerLine);
          return sidebar.getByTestId('buyer-message').textContent({ timeout: 1000 }).catch(() => '');
        },
        { timeout: 15_000 },
      )
      .toBe('老板，我买的台灯不亮了，怎么办？');
    const reply = await childFrame(page, /\/chat\/reply-frame\.html$/);
    await reply.click('#reply');
    await expect.poll(() => sidebar.getByTestId('part-input').getAttribute('data-frame'), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    const card = sidebar.getByTestId('suggestion').first();
    const text = await card.getByTestId('suggestion-text').textContent();
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => reply.evaluate('window.__framework.state.draft')).toBe(text);
    expect(await page.locator('iframe#seller-assistant-sidebar-frame').count()).toBe(1);
    await page.close();
  });

  it('takes no room when the sidebar declines the page (site no longer in the settings)', async () => {
    // The script stays registered while the settings lost the site (as after restoring an
    // older backup): the content script runs, the background refuses the sidebar.
    const worker = await liveWorker(session);
    await worker.evaluate(async (origin) => {
      const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { sites: { customOrigins: string[] } }>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await chromeApi.storage.local.get('settings');
      settings!.sites.customOrigins = settings!.sites.customOrigins.filter((o) => o !== origin);
      await chromeApi.storage.local.set({ settings });
    }, ADDED_ORIGIN);

    const page = await session.context.newPage();
    await page.goto(`${ADDED_ORIGIN}/chat`);
    const sidebar = await sidebarFrame(page, session.extensionId);
    await sidebar.getByTestId('sidebar-refused').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await layout(page)).toEqual({ visibility: 'hidden', margin: '0px' });
    expect(await sidebar.locator('main.sidebar').count()).toBe(0);
    await page.close();
  });

  it('a page that frames the sidebar itself gets an empty frame', async () => {
    const worker = await liveWorker(session);
    const dynamicUrl = (await worker.evaluate(`chrome.runtime.getURL('sidebar.html')`)) as string;
    await session.serve(`${STRANGER_ORIGIN}/**`, `<!DOCTYPE html><html><body><iframe id="stolen" src="${dynamicUrl}" style="width:360px;height:600px"></iframe></body></html>`);
    const page = await session.context.newPage();
    await page.goto(`${STRANGER_ORIGIN}/`);
    const handle = await page.waitForSelector('#stolen');
    const frame = (await handle.contentFrame())!;
    // Web-accessible from anywhere (that is what lets added sites show it), so it loads...
    await frame.waitForURL(`chrome-extension://${session.extensionId}/sidebar.html`, { timeout: 15_000 });
    // ...and then declines: no tab, no chat, no archive for a page that is not a seller site.
    await frame.getByTestId('sidebar-refused').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await frame.locator('main.sidebar').count()).toBe(0);
    await page.close();
  });
});
