/** Senders as the browser describes them, shared by the sender and router tests. */
import type { SenderContext, SenderInfo } from '../../../lib/messaging/sender';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const BASE = `chrome-extension://${EXTENSION_ID}/`;
export const CTX: SenderContext = {
  extensionId: EXTENSION_ID,
  extensionBaseUrl: BASE,
  isSupportedPage: (url) => /^https:\/\/mms\.pinduoduo\.com\//.test(url),
};
export const SELLER_PAGE = 'https://mms.pinduoduo.com/chat-merchant/index.html';
export const TAB = { id: 7, url: SELLER_PAGE };

export const SENDERS = {
  background: { id: EXTENSION_ID, url: `${BASE}background.js`, origin: BASE.slice(0, -1) },
  firefoxBackground: { id: EXTENSION_ID, url: `${BASE}_generated_background_page.html` },
  popup: { id: EXTENSION_ID, url: `${BASE}popup.html` },
  options: { id: EXTENSION_ID, url: `${BASE}options.html#/templates` },
  sidebarInTab: { id: EXTENSION_ID, url: `${BASE}sidebar.html?host=mms.pinduoduo.com`, tab: TAB, frameId: 3 },
  contentScript: { id: EXTENSION_ID, url: SELLER_PAGE, tab: TAB, frameId: 0 },
  otherExtension: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' },
  otherExtensionOurUrl: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${BASE}sidebar.html`, tab: TAB },
  webPage: { url: 'https://evil.example/', tab: { id: 9, url: 'https://evil.example/' } },
  contentScriptOnOtherPage: { id: EXTENSION_ID, url: 'https://www.example.com/shop', tab: { id: 8, url: 'https://www.example.com/shop' } },
  contentScriptWithoutTab: { id: EXTENSION_ID, url: SELLER_PAGE },
  noUrl: { id: EXTENSION_ID, tab: TAB },
} satisfies Record<string, SenderInfo>;
