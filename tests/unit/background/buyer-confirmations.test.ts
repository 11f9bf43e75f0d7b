import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BuyerConfirmationError,
  confirmBuyerInTab,
  confirmedCustomerId,
  forgetTabConfirmations,
} from '../../../lib/background/buyer-confirmations';
import { renderTemplateForChat } from '../../../lib/background/render-for-chat';
import { SellerDb } from '../../../lib/db/database';
import { createCustomer } from '../../../lib/db/repositories/customers';
import { recordOrderEvent } from '../../../lib/db/repositories/order-events';
import type { Customer, Template } from '../../../lib/db/schemas';
import { createRouter, isRejection } from '../../../lib/messaging/router';
import type { ChatSnapshotPayload } from '../../../lib/messaging/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { CTX, SENDERS } from '../messaging/senders';

const T0 = Date.UTC(2026, 11, 1, 2);
const TAB = SENDERS.sidebarInTab.tab.id;
let db: SellerDb;
let yun: Customer;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new SellerDb('test-' + crypto.randomUUID());
  yun = await createCustomer(db, { platform: 'douyin', platformUid: '云朵朵', nickname: '云朵朵', name: '李云' }, T0);
  await recordOrderEvent(db, {
    customerId: yun.id,
    orderNo: '6920001112223334',
    event: { type: 'shipped', at: T0, courier: '中通快递', trackingNo: '75310094221800' },
    policy: DEFAULT_SETTINGS.policy,
    now: T0,
  });
});
afterEach(() => db.close());

describe('confirmations are kept per tab, nickname and card', () => {
  it('a confirmation is found in its tab only, and can be taken back', async () => {
    await confirmBuyerInTab(db, TAB, { platform: 'douyin', nickname: '云朵朵', customerId: yun.id });
    expect(await confirmedCustomerId(TAB, 'douyin', '云朵朵')).toBe(yun.id);
    expect(await confirmedCustomerId(TAB + 1, 'douyin', '云朵朵')).toBeUndefined();
    expect(await confirmedCustomerId(TAB, 'douyin', '大壮')).toBeUndefined();
    expect(await confirmedCustomerId(TAB, 'jd', '云朵朵')).toBeUndefined();
    await confirmBuyerInTab(db, TAB, { platform: 'douyin', nickname: '云朵朵', customerId: null });
    expect(await confirmedCustomerId(TAB, 'douyin', '云朵朵')).toBeUndefined();
  });

  it('closing the tab forgets its confirmations and no other tab\'s', async () => {
    await confirmBuyerInTab(db, TAB, { platform: 'douyin', nickname: '云朵朵', customerId: yun.id });
    await confirmBuyerInTab(db, TAB + 1, { platform: 'douyin', nickname: '云朵朵', customerId: yun.id });
    await forgetTabConfirmations(TAB);
    expect(await confirmedCustomerId(TAB, 'douyin', '云朵朵')).toBeUndefined();
    expect(await confirmedCustomerId(TAB + 1, 'douyin', '云朵朵')).toBe(yun.id);
  });

  it.each([
    ['a masked nickname', { platform: 'douyin', nickname: '云**', customerId: 'x' }, /masked or empty nickname/],
    ['an unknown platform', { platform: 'myspace', nickname: '云朵朵', customerId: 'x' }, /unknown platform: myspace/],
    ['a card that does not exist', { platform: 'douyin', nickname: '云朵朵', customerId: 'nope' }, /does not belong to this nickname/],
  ])('refuses %s and stores nothing', async (_label, request, message) => {
    await expect(confirmBuyerInTab(db, TAB, request)).rejects.toThrow(message);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses to vouch for another nickname\'s or another platform\'s card', async () => {
    const other = await createCustomer(db, { platform: 'douyin', platformUid: '大壮' }, T0);
    const pdd = await createCustomer(db, { platform: 'pinduoduo', platformUid: '8812345601', nickname: '云朵朵' }, T0);
    for (const customerId of [other.id, pdd.id]) {
      const error = await confirmBuyerInTab(db, TAB, { platform: 'douyin', nickname: '云朵朵', customerId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BuyerConfirmationError);
    }
    expect(await confirmedCustomerId(TAB, 'douyin', '云朵朵')).toBeUndefined();
  });
});

describe('renderTemplateForChat (text expansion, reply menu) keeps unconfirmed facts out', () => {
  // The worker reads the browser language; Node 20 has no navigator.
  beforeEach(() => vi.stubGlobal('navigator', { language: 'zh-CN' }));
  afterEach(() => vi.unstubAllGlobals());
  const template: Template = {
    id: 'user:where',
    locale: 'zh-CN',
    title: '物流',
    body: '亲，您的包裹由{courier}配送，单号{tracking_no}',
    group: 'logistics',
    situations: [],
    builtIn: false,
    hidden: false,
    favourite: false,
    useCount: 0,
    createdAt: T0,
    updatedAt: T0,
  } as unknown as Template;
  const chat: ChatSnapshotPayload = {
    site: 'douyin',
    platform: 'douyin',
    buyer: { nickname: '云朵朵' },
    messages: [{ from: 'buyer', text: '我的快递到哪了' }],
    missing: [],
  };

  it('unconfirmed: the reply cannot be filled (tracking number missing)', async () => {
    const result = await renderTemplateForChat(db, template, chat, 'douyin', TAB);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.missing).toEqual(['courier', 'tracking_no']);
  });

  it('confirmed in this tab: filled; confirmed in another tab only: not', async () => {
    await confirmBuyerInTab(db, TAB + 1, { platform: 'douyin', nickname: '云朵朵', customerId: yun.id });
    expect((await renderTemplateForChat(db, template, chat, 'douyin', TAB)).ok).toBe(false);
    await confirmBuyerInTab(db, TAB, { platform: 'douyin', nickname: '云朵朵', customerId: yun.id });
    const result = await renderTemplateForChat(db, template, chat, 'douyin', TAB);
    expect(result.ok && result.text).toBe('亲，您的包裹由中通快递配送，单号75310094221800');
  });

  it('a masked nickname finds no card at all', async () => {
    await createCustomer(db, { platform: 'pinduoduo', platformUid: 'E***E' }, T0).catch(() => undefined);
    const result = await renderTemplateForChat(db, template, { ...chat, site: 'pinduoduo', platform: 'pinduoduo', buyer: { nickname: 'E***E' } }, 'pinduoduo', TAB);
    expect(result.ok).toBe(false);
  });
});

describe('the confirmation messages are refused from the wrong senders', () => {
  const confirm = { type: 'bg:confirmBuyer', payload: { platform: 'douyin', nickname: '云朵朵', customerId: 'c1' } };
  const query = { type: 'bg:buyerConfirmation', payload: { platform: 'douyin', nickname: '云朵朵' } };
  function setup() {
    const handlers = {
      'bg:confirmBuyer': vi.fn(() => ({ customerId: 'c1' })),
      'bg:buyerConfirmation': vi.fn(() => ({ customerId: null })),
    };
    return { handlers, route: createRouter(handlers as never, () => CTX, () => undefined) };
  }

  it('the sidebar may confirm and ask; the popup may only ask', async () => {
    const { route, handlers } = setup();
    expect(await route(confirm, SENDERS.sidebarInTab)).toEqual({ customerId: 'c1' });
    expect(await route(query, SENDERS.sidebarInTab)).toEqual({ customerId: null });
    expect(await route({ ...query, payload: { ...query.payload, tabId: 7 } }, SENDERS.popup)).toEqual({ customerId: null });
    expect(handlers['bg:confirmBuyer']).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the popup confirming', confirm, SENDERS.popup, /sender kind extension-page may not/],
    ['a content script confirming', confirm, SENDERS.contentScript, /sender kind content-script may not/],
    ['a content script asking', query, SENDERS.contentScript, /sender kind content-script may not/],
    ['a web page', confirm, SENDERS.webPage, /unknown sender/],
    ['another extension', query, SENDERS.otherExtension, /unknown sender/],
    ['an empty nickname', { ...confirm, payload: { ...confirm.payload, nickname: '' } }, SENDERS.sidebarInTab, /invalid payload/],
    ['a missing customer id', { ...confirm, payload: { platform: 'douyin', nickname: '云朵朵' } }, SENDERS.sidebarInTab, /invalid payload/],
    ['a fractional tab id', { ...query, payload: { ...query.payload, tabId: 1.5 } }, SENDERS.popup, /invalid payload/],
    ['an over-long nickname', { ...query, payload: { ...query.payload, nickname: 'x'.repeat(121) } }, SENDERS.sidebarInTab, /invalid payload/],
  ])('refuses %s without running a handler', async (_label, message, sender, reason) => {
    const { route, handlers } = setup();
    const answer = await route(message, sender);
    expect(isRejection(answer) && answer.rejected).toMatch(reason);
    expect(handlers['bg:confirmBuyer']).not.toHaveBeenCalled();
    expect(handlers['bg:buyerConfirmation']).not.toHaveBeenCalled();
  });
});
