/**
 * The message listener of a content script, in the top frame or in a child frame. A content
 * script takes requests only from the extension itself (in practice the background, which
 * checks the tab and the frame); other content scripts and the page are refused by the router.
 */
import { browser } from 'wxt/browser';
import type { MessageType } from '../messaging/protocol';
import { createRouter, type Handlers } from '../messaging/router';
import { listenForMessages } from './message-listener';

export function listenForExtensionRequests<T extends MessageType>(handlers: Handlers<T>, signal: AbortSignal): void {
  const route = createRouter(handlers, () => ({
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    isSupportedPage: () => false,
  }));
  listenForMessages(route, signal);
}
