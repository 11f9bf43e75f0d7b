/**
 * The background fills a typed shortcut for the buyer of the platform the sender's URL
 * belongs to: a snapshot claiming another platform cannot pick another archive card.
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

const PDD_PAGE = 'https://mms.pinduoduo.com/chat-merchant/index.html';
const JD_PAGE = 'https://dongdong.jd.com/';

function sender(url: string) {
  return { id: browser.runtime.id, url, tab: { id: 4, url }, frameId: 0 };
}

function chat(platform: string, uid: string): ChatSnapshotPayload {
  return { site: 'pinduoduo', platform, buyer: { uid, nickname: 'x***y' }, messages: [], missing: [] };
}

async function expand(url: string, snapshot: ChatSnapshotPayload) {
  return backgroundRouter({ type: 'bg:expandShortcut', payload: { shortcut: '/wl', chat: snapshot } }, sender(url));
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The worker resolves the reply language from the browser's (Node 20 has no navigator).
  vi.stubGlobal('navigator', { language: 'zh-CN' });
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  const policy = DEFAULT_SETTINGS.policy;
  const jdBuyer = await createCustomer(db, { platform: 'jd', platformUid: 'jd_pin_42', name: '京东买家甲' });
  await recordOrderEvent(db, { customerId: jdBuyer.id, orderNo: 'JD-ORDER-1', event: { type: 'shipped', at: 1, trackingNo: 'JDV0001' }, policy });
  const pddBuyer = await createCustomer(db, { platform: 'pinduoduo', platformUid: '8812345601', name: '拼多多买家乙' });
  await recordOrderEvent(db, { customerId: pddBuyer.id, orderNo: 'PDD-ORDER-2', event: { type: 'shipped', at: 1, trackingNo: 'YT0002' }, policy });
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
});

describe('bg:expandShortcut', () => {
  // The order shows whose card filled the reply; the buyer is addressed as 亲, never by the
  // real name the seller archived.
  it('fills the buyer of the sender page’s platform', async () => {
    await expect(expand(PDD_PAGE, chat('pinduoduo', '8812345601'))).resolves.toEqual({ ok: true, text: '亲 订单 PDD-ORDER-2 运单 YT0002' });
    await expect(expand(JD_PAGE, chat('jd', 'jd_pin_42'))).resolves.toEqual({ ok: true, text: '亲 订单 JD-ORDER-1 运单 JDV0001' });
  });

  it('ignores the platform the snapshot claims: a Pinduoduo page cannot fill a JD buyer', async () => {
    const result = await expand(PDD_PAGE, chat('jd', 'jd_pin_42'));
    expect(result).toEqual({ ok: false, reason: 'missing_values' });
    expect(JSON.stringify(result)).not.toContain('京东买家甲');
  });

  it('fills no buyer for a sender whose URL no adapter claims', async () => {
    // Refused before the handler: the sender is not a seller page at all.
    const result = await expand('https://evil.example/', chat('pinduoduo', '8812345601'));
    expect(JSON.stringify(result)).not.toContain('拼多多买家乙');
    expect(result).toHaveProperty('rejected');
  });
});
