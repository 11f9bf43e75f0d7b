import { browser } from 'wxt/browser';
import { PROTOCOL, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { isRejection } from './router';

export class MessageRejectedError extends Error {
  override readonly name = 'MessageRejectedError';
}

function checkResponse<T extends MessageType>(type: T, response: unknown): ResponseOf<T> {
  if (isRejection(response)) throw new MessageRejectedError(`${type} rejected: ${response.rejected}`);
  const parsed = PROTOCOL[type].response.safeParse(response);
  if (!parsed.success) throw new MessageRejectedError(`${type}: malformed response`);
  return parsed.data as ResponseOf<T>;
}

export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return checkResponse(type, await browser.runtime.sendMessage({ type, payload }));
}

/** To the top frame's content script of a tab (the sidebar frame has no listener of its own). */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  return checkResponse(type, await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }));
}

/** To one frame of a tab: the background passing a request on to a child frame's script. */
export async function sendToFrame<T extends MessageType>(
  tabId: number,
  frameId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  return checkResponse(type, await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}
