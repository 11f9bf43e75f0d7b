import { describe, expect, it, vi } from 'vitest';
import { createRouter, isRejection } from '../../../lib/messaging/router';
import type { SenderInfo } from '../../../lib/messaging/sender';
import { CTX, SENDERS } from './senders';

function setup() {
  const handlers = {
    'content:insertText': vi.fn((payload: { text: string }) => ({ ok: true as const, echoed: payload.text })),
    'content:toggleSidebar': vi.fn(() => ({ collapsed: true })),
    'bg:archive': vi.fn(async () => ({ ok: true as const, value: 42 })),
    'bg:whichTab': vi.fn(() => ({ tabId: 1, url: '' })),
  };
  const onReject = vi.fn();
  const route = createRouter(handlers as never, () => CTX, onReject);
  const notCalled = () => {
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  };
  return { handlers, onReject, route, notCalled };
}

const insert = { type: 'content:insertText', payload: { text: '亲，已经给您发货啦' } };

describe('createRouter', () => {
  it('runs the handler for a valid message from an allowed sender and returns its answer', async () => {
    const { route, handlers, onReject } = setup();
    await expect(route(insert, SENDERS.popup)).resolves.toEqual({ ok: true, echoed: '亲，已经给您发货啦' });
    expect(handlers['content:insertText']).toHaveBeenCalledWith({ text: '亲，已经给您发货啦' }, SENDERS.popup);
    await expect(route({ type: 'bg:archive', payload: { kind: 'query', name: 'templates', args: {} } }, SENDERS.sidebarInTab)).resolves.toEqual({
      ok: true,
      value: 42,
    });
    expect(onReject).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed payload, not extra fields the sender added', async () => {
    const { route, handlers } = setup();
    await route({ type: 'content:insertText', payload: { text: 'hi', mode: 'append', html: '<img onerror=x>' } }, SENDERS.background);
    expect(handlers['content:insertText'].mock.calls[0]?.[0]).toEqual({ text: 'hi', mode: 'append' });
  });

  const rejections: [string, unknown, SenderInfo, RegExp][] = [
    ['null', null, SENDERS.popup, /^malformed envelope$/],
    ['a string', 'content:insertText', SENDERS.popup, /^malformed envelope$/],
    ['no type', { payload: {} }, SENDERS.popup, /^malformed envelope$/],
    ['a numeric type', { type: 42, payload: {} }, SENDERS.popup, /^malformed envelope$/],
    ['an unknown type', { type: 'bg:formatDisk', payload: {} }, SENDERS.popup, /^no handler for bg:formatDisk$/],
    ['a protocol type this context does not handle', { type: 'bg:tasksChanged', payload: {} }, SENDERS.popup, /^no handler for bg:tasksChanged$/],
    ['__proto__', { type: '__proto__', payload: {} }, SENDERS.popup, /^no handler for __proto__$/],
    ['constructor', { type: 'constructor', payload: {} }, SENDERS.popup, /^no handler for constructor$/],
    ['toString', { type: 'toString', payload: {} }, SENDERS.popup, /^no handler for toString$/],
    ['hasOwnProperty', { type: 'hasOwnProperty', payload: {} }, SENDERS.popup, /^no handler for hasOwnProperty$/],
    ['another extension', insert, SENDERS.otherExtension, /^content:insertText: unknown sender/],
    ['a web page', insert, SENDERS.webPage, /^content:insertText: unknown sender/],
    ['a content script on a non-seller page', insert, SENDERS.contentScriptOnOtherPage, /unknown sender/],
    ['a background-only message from a page', { type: 'content:toggleSidebar', payload: {} }, SENDERS.popup, /sender kind extension-page may not/],
    ['a sidebar-only message from the popup', { type: 'bg:whichTab', payload: {} }, SENDERS.popup, /sender kind extension-page may not/],
    ['a missing payload', { type: 'content:insertText' }, SENDERS.popup, /^malformed envelope$/],
    ['a null payload', { type: 'content:insertText', payload: null }, SENDERS.popup, /^content:insertText: invalid payload$/],
    ['an empty text', { type: 'content:insertText', payload: { text: '' } }, SENDERS.popup, /invalid payload/],
    ['a too long text', { type: 'content:insertText', payload: { text: 'x'.repeat(4001) } }, SENDERS.popup, /invalid payload/],
    ['an unknown insert mode', { type: 'content:insertText', payload: { text: 'x', mode: 'send' } }, SENDERS.popup, /invalid payload/],
    ['a bad archive kind', { type: 'bg:archive', payload: { kind: 'drop', name: 'x', args: {} } }, SENDERS.sidebarInTab, /invalid payload/],
  ];

  it.each(rejections)('rejects %s without running any handler', async (_label, message, sender, reason) => {
    const { route, onReject, notCalled } = setup();
    const answer = await route(message, sender);
    expect(isRejection(answer)).toBe(true);
    expect(answer).toEqual({ rejected: expect.stringMatching(reason) });
    expect(onReject).toHaveBeenCalledWith((answer as { rejected: string }).rejected);
    notCalled();
  });

  it('keeps a rejection reason short however long the type is', async () => {
    const { route, notCalled } = setup();
    const answer = (await route({ type: 'x'.repeat(10_000), payload: {} }, SENDERS.popup)) as { rejected: string };
    expect(answer.rejected.length).toBeLessThan(100);
    notCalled();
  });

  it('checks the sender against a context that may be read asynchronously', async () => {
    const handler = vi.fn(() => ({ collapsed: false }));
    const route = createRouter({ 'content:toggleSidebar': handler } as never, async () => CTX, () => {});
    await expect(route({ type: 'content:toggleSidebar', payload: {} }, SENDERS.popup)).resolves.toMatchObject({ rejected: expect.any(String) });
    expect(handler).not.toHaveBeenCalled();
    await expect(route({ type: 'content:toggleSidebar', payload: {} }, SENDERS.background)).resolves.toEqual({ collapsed: false });
  });
});

describe('isRejection', () => {
  it('recognises only objects with a rejected field', () => {
    expect(isRejection({ rejected: 'x' })).toBe(true);
    expect(isRejection({ ok: true })).toBe(false);
    expect(isRejection(null)).toBe(false);
    expect(isRejection('rejected')).toBe(false);
  });
});
