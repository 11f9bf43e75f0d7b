/**
 * The background relays between one tab's frames (lib/background/frame-relay.ts): only a
 * child frame's report goes to the top frame, only the top frame's insertion goes to a child,
 * and both stay in the sender's own tab. The router (sender kind, payload) runs before these.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { relayFrameEditor, relayInsertInFrame } from '../../../lib/background/frame-relay';
import { backgroundRouter } from '../../../lib/background/message-router';
import { BASE, EXTENSION_ID } from './senders';

const STATE = { selection: '老板在吗', hasInput: true, focused: true };
const PAGE = 'https://qn.taobao.com/home.htm';

function tabsAnswer(response: unknown) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(response as never);
}

describe('frame relay', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('passes a child frame’s report to the top frame of the same tab, naming the frame', async () => {
    const send = tabsAnswer({ ok: true });
    await expect(relayFrameEditor(STATE, { tab: { id: 7 }, frameId: 3 })).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'content:frameEditor', payload: { frameId: 3, state: STATE } }, { frameId: 0 });
  });

  it('refuses a report from the top frame or from outside a tab, sending nothing', async () => {
    const send = tabsAnswer({ ok: true });
    await expect(relayFrameEditor(STATE, { tab: { id: 7 }, frameId: 0 })).resolves.toEqual({ ok: false });
    await expect(relayFrameEditor(STATE, { frameId: 3 })).resolves.toEqual({ ok: false });
    await expect(relayFrameEditor(STATE, { tab: { id: 7 } })).resolves.toEqual({ ok: false });
    expect(send).not.toHaveBeenCalled();
  });

  it('inserts into the named child frame of the top frame’s own tab', async () => {
    const send = tabsAnswer({ ok: true });
    await expect(relayInsertInFrame(4, { text: '亲，马上处理' }, { tab: { id: 7 }, frameId: 0 })).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'content:insertText', payload: { text: '亲，马上处理' } }, { frameId: 4 });
  });

  it('refuses an insertion asked by a child frame (a frame cannot write into its siblings)', async () => {
    const send = tabsAnswer({ ok: true });
    await expect(relayInsertInFrame(4, { text: 'x' }, { tab: { id: 7 }, frameId: 2 })).resolves.toEqual({ ok: false, reason: 'no_input' });
    await expect(relayInsertInFrame(4, { text: 'x' }, { frameId: 0 })).resolves.toEqual({ ok: false, reason: 'no_input' });
    expect(send).not.toHaveBeenCalled();
  });

  it('answers "detached" when the frame is gone, and refuses a malformed answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(relayInsertInFrame(4, { text: 'x' }, { tab: { id: 7 }, frameId: 0 })).resolves.toEqual({ ok: false, reason: 'detached' });
    tabsAnswer({ ok: 'yes' });
    await expect(relayInsertInFrame(4, { text: 'x' }, { tab: { id: 7 }, frameId: 0 })).resolves.toEqual({ ok: false, reason: 'detached' });
  });
});

describe('the router in front of the relay', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(EXTENSION_ID);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${BASE}${path.replace(/^\//, '')}`);
  });

  it('accepts our content script in a seller page’s frame', async () => {
    tabsAnswer({ ok: true });
    const reply = await backgroundRouter({ type: 'bg:frameEditor', payload: STATE }, { id: EXTENSION_ID, url: 'https://qn.taobao.com/frames/im.html', tab: { id: 7, url: PAGE }, frameId: 3 });
    expect(reply).toEqual({ ok: true });
  });

  it.each([
    ['a frame on a page that is not a seller site', { id: EXTENSION_ID, url: 'https://evil.example/frame', tab: { id: 7, url: PAGE }, frameId: 3 }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'https://qn.taobao.com/frames/im.html', tab: { id: 7, url: PAGE }, frameId: 3 }],
    ['the sidebar', { id: EXTENSION_ID, url: `${BASE}sidebar.html`, tab: { id: 7, url: PAGE }, frameId: 9 }],
    ['the popup', { id: EXTENSION_ID, url: `${BASE}popup.html` }],
  ])('rejects a frame report from %s', async (_name, sender) => {
    const send = tabsAnswer({ ok: true });
    const reply = await backgroundRouter({ type: 'bg:frameEditor', payload: STATE }, sender);
    expect(reply).toEqual({ rejected: expect.stringContaining('bg:frameEditor') });
    expect(send).not.toHaveBeenCalled();
  });

  it('rejects an insertion into frame 0 or a malformed one before anything is sent', async () => {
    const send = tabsAnswer({ ok: true });
    const sender = { id: EXTENSION_ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 };
    for (const payload of [{ frameId: 0, request: { text: 'x' } }, { frameId: -1, request: { text: 'x' } }, { frameId: 2, request: { text: '' } }]) {
      expect(await backgroundRouter({ type: 'bg:insertInFrame', payload }, sender)).toEqual({ rejected: 'bg:insertInFrame: invalid payload' });
    }
    // Not a frame id at all: refused by the relay, still before anything is sent.
    expect(await backgroundRouter({ type: 'bg:insertInFrame', payload: { frameId: 1.5, request: { text: 'x' } } }, sender)).toEqual({ ok: false, reason: 'no_input' });
    expect(send).not.toHaveBeenCalled();
  });
});
