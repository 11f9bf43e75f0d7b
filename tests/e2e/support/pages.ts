import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_URL, fixture, liveWorker, type ExtensionSession } from './extension';

/** The demo seller page with its scripted buyers paused, so tests decide what arrives. */
export async function openDemo(session: ExtensionSession): Promise<Page> {
  await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  const page = await session.context.newPage();
  await page.goto(DEMO_URL);
  await page.evaluate('window.demoChat.pauseAutoMessages()');
  return page;
}

export async function demoState(page: Page): Promise<{ uid: string; inputState: string; sent: string[] }> {
  return (await page.evaluate('window.demoChat.state()')) as { uid: string; inputState: string; sent: string[] };
}

/**
 * The toolbar popup cannot be clicked from Playwright; open the same page in a popup-type
 * window so the seller's tab stays the active tab of the last focused normal window, as it
 * is when the real popup opens.
 */
export async function openPopupWindow(session: ExtensionSession): Promise<Page> {
  // Wake the worker before listening for the new page: waking a stopped worker opens a page
  // of its own, which the listener would otherwise take for the popup window.
  const worker = await liveWorker(session);
  const opened = session.context.waitForEvent('page');
  await worker.evaluate(`chrome.windows.create({ url: chrome.runtime.getURL('popup.html'), type: 'popup', width: 440, height: 600 })`);
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

/**
 * Types `query` into the popup's template search and returns its first result once shown
 * (containing `expected` when given). A popup that never shows one fails with what it shows
 * instead, so a failure says whether the list was loading, empty or another page.
 */
export async function searchPopupTemplates(popup: Page, query: string, expected?: string): Promise<Locator> {
  await popup.getByTestId('template-search').fill(query);
  const first = popup.getByTestId('template-result').first();
  try {
    await expect
      .poll(async () => ((await first.count()) > 0 ? ((await first.textContent()) ?? '') : null), { timeout: 15_000 })
      .toContain(expected ?? '');
  } catch (error) {
    const shown = await popup.locator('body').innerText().catch((e: unknown) => `(unreadable: ${String(e)})`);
    throw new Error(`popup search "${query}" showed no matching result; ${popup.url()} shows: ${shown.slice(0, 500)}`, { cause: error });
  }
  return first;
}

/**
 * The toolbar badge, read from an extension page rather than the worker: reading it must not
 * wake a stopped worker (the durability test needs to see what the alarm alone did).
 */
const badgePages = new WeakMap<ExtensionSession, Page>();
export async function badgeText(session: ExtensionSession): Promise<string> {
  let page = badgePages.get(session);
  if (!page || page.isClosed()) {
    page = await session.openExtensionPage('popup.html');
    badgePages.set(session, page);
  }
  return (await page.evaluate('chrome.action.getBadgeText({})')) as string;
}

/** Stop the extension's service worker the way an idle browser does, from chrome://serviceworker-internals. */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  const registration = page.locator('.serviceworker-registration', { hasText: `chrome-extension://${session.extensionId}/` });
  await registration.getByRole('button', { name: 'Stop' }).first().click();
  await registration.getByText('Running Status: STOPPED').first().waitFor({ timeout: 10_000 });
  await page.close();
}

/**
 * The sidebar frame's box and the chat box's once the sidebar has connected: the frame mounts
 * hidden and takes no room until then (lib/content/sidebar-frame.ts), so the layout is read
 * only after the page has made room for it.
 */
export async function sidebarLayout(page: Page, inputSelector: string, which: 'first' | 'last' = 'first') {
  const frame = page.locator('#seller-assistant-sidebar-frame');
  const input = page.locator(inputSelector)[which]();
  const read = async () => {
    const [frameBox, inputBox] = await Promise.all([frame.boundingBox(), input.boundingBox()]);
    const shown = await frame.evaluate((el) => getComputedStyle(el).visibility === 'visible');
    return { frameBox: frameBox!, inputBox: inputBox!, shown };
  };
  await expect
    .poll(async () => {
      const { frameBox, inputBox, shown } = await read();
      return shown && Boolean(frameBox && inputBox) && inputBox.x + inputBox.width <= frameBox.x + 1;
    }, { timeout: 15_000 })
    .toBe(true);
  return read();
}

/**
 * Clicks 建档 once the sidebar has settled, and waits for the card. The sidebar is aria-busy
 * until the advice above the card is shown (the classifier loads lazily; sidebar-app.tsx holds
 * the card back until then), so the button no longer moves while the click is on it. (Waiting
 * for no '加载中…' was not enough: before the sidebar's first render nothing says it, and a
 * press that began on 建档 could end on a reply rendered above it, which creates nothing.)
 * A refused 建档 fails here with the message the card shows.
 */
export async function createCardInSidebar(frame: Frame): Promise<void> {
  await frame.locator('main.sidebar[aria-busy="false"]').waitFor({ timeout: 20_000 });
  await frame.getByTestId('customer-new').getByRole('button', { name: '建档' }).click();
  const card = frame.getByTestId('customer-card');
  const refused = frame.getByTestId('customer-new').locator('.notice.danger');
  await card.or(refused).first().waitFor({ timeout: 20_000 });
  if ((await card.count()) === 0) throw new Error(`建档 refused: ${await refused.first().textContent()}`);
}

/** Writes a template in the options page's template editor (which `options` has open) and waits until it is listed. */
export async function createTemplate(options: Page, title: string, shortcut: string, body: string): Promise<void> {
  await options.getByTestId('new-template').click();
  await options.getByTestId('template-title').fill(title);
  await options.getByTestId('template-group').selectOption('free_shipping');
  await options.getByTestId('template-shortcut').fill(shortcut);
  await options.getByTestId('template-body').fill(body);
  await options.getByTestId('save-template').click();
  await options.getByTestId('template-list').getByText(title).first().waitFor();
}
