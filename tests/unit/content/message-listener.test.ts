/**
 * The content script's one-shot message listener (built without the polyfill): the router's
 * answer goes back through sendResponse, a handler that throws becomes a rejection the
 * sender's client reports, and the listener goes away with the script's context.
 */
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForMessages } from '../../../lib/content/message-listener';

const SENDER = { id: 'ext', url: 'chrome-extension://ext/background.js' };

beforeEach(() => fakeBrowser.reset());

async function deliver(message: unknown) {
  const sendResponse = vi.fn();
  const kept = await fakeBrowser.runtime.onMessage.trigger(message, SENDER as never, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
  return { kept, response: sendResponse.mock.calls[0]![0] as unknown };
}

describe('listenForMessages', () => {
  it('answers with what the router returns and keeps the channel open for it', async () => {
    const route = vi.fn(async (message: unknown) => ({ echoed: message }));
    listenForMessages(route, new AbortController().signal);
    const { kept, response } = await deliver({ type: 'content:getChat', payload: {} });
    expect(kept).toEqual([true]);
    expect(response).toEqual({ echoed: { type: 'content:getChat', payload: {} } });
    expect(route).toHaveBeenCalledWith({ type: 'content:getChat', payload: {} }, SENDER);
  });

  it('answers a handler that throws with a rejection naming the error', async () => {
    listenForMessages(async () => {
      throw new Error('editor vanished');
    }, new AbortController().signal);
    expect((await deliver({ type: 'content:insertText' })).response).toEqual({ rejected: 'editor vanished' });
  });

  it('stops listening when the content script context ends', () => {
    const controller = new AbortController();
    listenForMessages(async () => null, controller.signal);
    expect(browser.runtime.onMessage.hasListeners()).toBe(true);
    controller.abort();
    expect(browser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
