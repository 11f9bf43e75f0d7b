/**
 * A shortcut typed in a child frame is filled from the top frame's chat of the sender's own
 * tab (lib/background/frame-expansion.ts), with the buyer only when it was shown since the
 * shortcut's first key; the frame's own word about a chat counts for nothing, and frames of a
 * seller site framed by another site fill nothing.
 */
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundRouter } from '../../../lib/background/message-router';
import { getDb } from '../../../lib/db/database';
import { createCustomer } from '../../../lib/db/repositories/customers';
import { recordOrderEvent } from '../../../lib/db/repositories/order-events';
import { templateSchema } from '../../../lib/db/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { ChatSnapshotPayload } from '../../../lib/messaging/schemas';

const QIANNIU = 'https://qn.taobao.com/home.htm';
const QIANNIU_FRAME = 'https://myseller.taobao.com/frames/rich-editor.html';
const FILLED = '亲 订单 TB-ORDER-9 运单 ZT0009';

function frameSender(frameId: number, tabUrl = QIANNIU, url = QIANNIU_FRAME) {
  return { id: browser.runtime.id, url, tab: { id: 5, url: tabUrl }, frameId };
}

const topChat = (uid: string): ChatSnapshotPayload => ({ site: 'generic', platform: 'taobao', buyer: { uid }, messages: [], missing: [] });

function topFrameAnswers(answer: unknown) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as never);
}

function expandInFrame(firstKeyAt: number | null, sender = frameSender(2), extra: Record<string, unknown> = {}) {
  return backgroundRouter({ type: 'bg:expandShortcutInFrame', payload: { shortcut: '/wl', firstKeyAt, ...extra } }, sender);
}

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.stubGlobal('navigator', { language: 'zh-CN' });
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  const buyer = await createCustomer(db, { platform: 'taobao', platformUid: 'tb_lin88', name: '林某' });
  await recordOrderEvent(db, { customerId: buyer.id, orderNo: 'TB-ORDER-9', event: { type: 'shipped', at: 1, trackingNo: 'ZT0009' }, policy: DEFAULT_SETTINGS.policy });
  await db.templates.add(
    templateSchema.parse({
      id: 'tpl-wl',
      title: '物流',
      situation: 'logistics_query',
      body: '{buyer_name} 订单 {order_no} 运单 {tracking_no}',
      shortcut: '/wl',
      locale: 'zh-CN',
      builtIn: false,
      createdAt: 1,
      updatedAt: 1,
    }),
  );
  await db.templates.add(templateSchema.parse({ id: 'tpl-hi', title: '问候', situation: 'greeting', body: '{buyer_name}您好', shortcut: '/hi', locale: 'zh-CN', builtIn: false, createdAt: 1, updatedAt: 1 }));
});

describe('bg:expandShortcutInFrame', () => {
  it('asks the top frame of the sender’s tab and fills its buyer, shown since before the first key', async () => {
    const ask = topFrameAnswers({ chat: topChat('tb_lin88'), buyerSince: 1000 });
    await expect(expandInFrame(2000)).resolves.toEqual({ ok: true, text: FILLED });
    expect(ask).toHaveBeenCalledWith(5, { type: 'content:chatForShortcut', payload: {} }, { frameId: 0 });
  });

  it('drops the buyer when the top frame’s buyer changed during the shortcut, or the keys are unknown', async () => {
    topFrameAnswers({ chat: topChat('tb_lin88'), buyerSince: 2500 });
    await expect(expandInFrame(2000)).resolves.toEqual({ ok: false, reason: 'missing_values' });
    topFrameAnswers({ chat: topChat('tb_lin88'), buyerSince: 1000 });
    await expect(expandInFrame(null)).resolves.toEqual({ ok: false, reason: 'missing_values' });
  });

  it('never takes a chat from the frame: a chat in its payload is dropped, the top frame’s counts', async () => {
    topFrameAnswers({ chat: null, buyerSince: 0 });
    const reply = await expandInFrame(2000, frameSender(2), { chat: topChat('tb_lin88') });
    expect(reply).toEqual({ ok: false, reason: 'missing_values' });
    expect(JSON.stringify(reply)).not.toContain('TB-ORDER-9');
  });

  it('fills nothing when the top frame does not answer or answers malformed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(expandInFrame(2000)).resolves.toEqual({ ok: false, reason: 'no_chat' });
    topFrameAnswers({ chat: topChat('tb_lin88'), buyerSince: 'long ago' });
    await expect(expandInFrame(2000)).resolves.toEqual({ ok: false, reason: 'no_chat' });
  });

  it.each([
    ['the top frame itself', frameSender(0)],
    ['a seller site’s frame inside another site', frameSender(3, 'https://evil.example/embeds-qianniu')],
  ])('asks no one for %s', async (_name, sender) => {
    const ask = topFrameAnswers({ chat: topChat('tb_lin88'), buyerSince: 1000 });
    await expect(expandInFrame(2000, sender)).resolves.toEqual({ ok: false, reason: 'no_chat' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('is refused before anything runs from a page that is no seller site, or with a malformed payload', async () => {
    const ask = topFrameAnswers({ chat: topChat('tb_lin88'), buyerSince: 1000 });
    expect(await expandInFrame(2000, frameSender(2, QIANNIU, 'https://evil.example/frame'))).toHaveProperty('rejected');
    expect(await expandInFrame(2000, { id: browser.runtime.id, url: QIANNIU_FRAME, frameId: 2 } as never)).toHaveProperty('rejected');
    expect(await expandInFrame(Number.NaN)).toHaveProperty('rejected');
    expect(await backgroundRouter({ type: 'bg:expandShortcutInFrame', payload: { shortcut: '/wl' } }, frameSender(2))).toHaveProperty('rejected');
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('the top frame’s own messages from a child frame', () => {
  it('bg:expandShortcut with a chat is refused from a child frame (its chat would be its own markup)', async () => {
    const reply = await backgroundRouter({ type: 'bg:expandShortcut', payload: { shortcut: '/wl', chat: topChat('tb_lin88') } }, frameSender(2));
    expect(reply).toEqual({ ok: false, reason: 'no_chat' });
  });

  it('bg:shortcuts lists the shortcuts for a seller tab’s frames, none for a seller site framed elsewhere', async () => {
    const list = (sender: ReturnType<typeof frameSender>) => backgroundRouter({ type: 'bg:shortcuts', payload: {} }, sender);
    const expected = { shortcuts: expect.arrayContaining(['/wl', '/hi']) };
    await expect(list(frameSender(0, QIANNIU, QIANNIU))).resolves.toEqual(expected);
    await expect(list(frameSender(2))).resolves.toEqual(expected);
    await expect(list(frameSender(2, 'https://evil.example/embeds-qianniu'))).resolves.toEqual({ shortcuts: [] });
  });
});
