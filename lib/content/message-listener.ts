/**
 * Listens for one-shot messages in a content script. The content script is built without
 * webextension-polyfill (wxt.config.ts), and a native runtime.onMessage listener that returns
 * a promise is not understood by every Chrome the extension supports: so the answer goes
 * through `sendResponse`, and returning true keeps the channel open until it is sent.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SenderInfo } from '../messaging/sender';

type Route = (message: unknown, sender: SenderInfo) => Promise<unknown>;

export function listenForMessages(route: Route, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    // A handler that throws is answered as a rejection, which the sender's client turns into
    // an error (lib/messaging/client.ts), as the polyfill's rejected-promise answer did.
    route(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ rejected: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
