import { describe, expect, it } from 'vitest';
import { archiveFactsAllowed, identifyBuyer, identityTrust, isMasked } from '../../../lib/assist/buyer-identity';
import { fillValues } from '../../../lib/assist/fill-values';
import type { Customer, Order } from '../../../lib/db/schemas';
import type { ChatSnapshotPayload } from '../../../lib/messaging/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

describe('identifyBuyer: what a customer may be keyed by', () => {
  it('a buyer id from the page is the key, with the nickname alongside', () => {
    expect(identifyBuyer('pinduoduo', { uid: '8812345601', nickname: '小***花' })).toEqual({ basis: 'page-id', platform: 'pinduoduo', key: '8812345601' });
    expect(identifyBuyer('jd', { uid: 'jd_aaa', nickname: '阿亮' })).toEqual({ basis: 'page-id', platform: 'jd', key: 'jd_aaa', nickname: '阿亮' });
  });

  it('a nickname alone is a key, said to be one', () => {
    expect(identifyBuyer('douyin', { nickname: ' 云朵朵 ' })).toEqual({ basis: 'nickname', platform: 'douyin', key: '云朵朵', nickname: '云朵朵' });
  });

  it.each([
    ['a masked nickname', { nickname: 'E***E' }],
    ['a full-width mask', { nickname: '张＊＊' }],
    ['a masked id with a masked nickname', { uid: '88****01', nickname: '1***8' }],
  ])('never keys by %s', (_label, buyer) => {
    expect(identifyBuyer('pinduoduo', buyer)).toEqual({ basis: 'none', platform: 'pinduoduo', masked: true });
  });

  it('a masked id falls back to an unmasked nickname, not to the id', () => {
    expect(identifyBuyer('other', { uid: '88****01', nickname: '阿杰' })).toMatchObject({ basis: 'nickname', key: '阿杰' });
  });

  it('nothing at all: no identity, not masked', () => {
    expect(identifyBuyer('douyin', undefined)).toEqual({ basis: 'none', platform: 'douyin', masked: false });
    expect(identifyBuyer('douyin', { uid: ' ', nickname: '' })).toEqual({ basis: 'none', platform: 'douyin', masked: false });
  });

  it('isMasked sees half- and full-width asterisks only', () => {
    expect(isMasked('E***E')).toBe(true);
    expect(isMasked('王＊')).toBe(true);
    expect(isMasked('小鹿乱撞')).toBe(false);
  });
});

describe('identityTrust and archiveFactsAllowed', () => {
  const byNickname = identifyBuyer('douyin', { nickname: '云朵朵' });
  it('a page id is trusted as it is', () => {
    expect(identityTrust(identifyBuyer('pinduoduo', { uid: '1' }), 'c1', undefined)).toBe('page-id');
  });
  it('a nickname match is unverified until the seller confirmed this very card', () => {
    expect(identityTrust(byNickname, 'c1', undefined)).toBe('unverified');
    expect(identityTrust(byNickname, 'c1', 'c2')).toBe('unverified');
    expect(identityTrust(byNickname, undefined, 'c1')).toBe('unverified');
    expect(identityTrust(byNickname, 'c1', 'c1')).toBe('confirmed');
  });
  it('no identity has no trust', () => {
    expect(identityTrust(identifyBuyer('pinduoduo', { nickname: 'E***E' }), 'c1', 'c1')).toBeUndefined();
  });
  it('facts are allowed for a page id or a confirmation only', () => {
    expect([archiveFactsAllowed('page-id'), archiveFactsAllowed('confirmed'), archiveFactsAllowed('unverified'), archiveFactsAllowed(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('fillValues follows the identity rule', () => {
  const T = Date.UTC(2026, 11, 1, 4);
  const customer: Customer = {
    id: 'c1',
    platform: 'douyin',
    platformUid: '云朵朵',
    nickname: '云朵朵',
    name: '李云',
    sizes: {},
    interests: [],
    tags: [],
    vipLevel: 2,
    points: 300,
    createdAt: T,
    updatedAt: T,
  };
  const order: Order = {
    id: 'o1',
    customerId: 'c1',
    orderNo: '6920001112223334',
    items: [{ title: '男士透气跑步鞋', quantity: 1, price: 159 }],
    status: 'shipped',
    courier: '中通快递',
    trackingNo: '75310094221800',
    shippedAt: T,
    createdAt: T,
    updatedAt: T,
  };
  const snapshot = (buyer: ChatSnapshotPayload['buyer']): ChatSnapshotPayload => ({
    site: 'douyin',
    platform: 'douyin',
    buyer,
    messages: [{ from: 'buyer', text: '我的快递到哪了' }],
    product: { title: '页面上的商品', price: '¥159.00' },
    missing: [],
  });
  const fill = (s: ChatSnapshotPayload | undefined, trust?: 'page-id' | 'unverified' | 'confirmed') =>
    fillValues({ snapshot: s, customer, order, settings: DEFAULT_SETTINGS, locale: 'zh-CN', ...(trust ? { trust } : {}) });
  const ARCHIVE = ['order_no', 'courier', 'tracking_no', 'ship_date', 'vip_level', 'points'] as const;

  it('unverified: none of the archive facts, the page nickname and page product still fill', () => {
    const values = fill(snapshot({ nickname: '云朵朵' }), 'unverified');
    for (const name of ARCHIVE) expect(values[name]).toBeUndefined();
    expect(values.buyer_name).toBe('云朵朵');
    expect(values.product).toBe('页面上的商品');
  });

  it('without a trust given, a nickname-only chat counts as unverified', () => {
    const values = fill(snapshot({ nickname: '云朵朵' }));
    expect(values.tracking_no).toBeUndefined();
    expect(values.buyer_name).toBe('云朵朵');
  });

  it('confirmed: the customer and order facts fill', () => {
    const values = fill(snapshot({ nickname: '云朵朵' }), 'confirmed');
    expect(values).toMatchObject({ order_no: '6920001112223334', courier: '中通快递', tracking_no: '75310094221800', buyer_name: '云朵朵', vip_level: '2' });
  });

  it('a buyer id from the page fills without confirmation', () => {
    expect(fill(snapshot({ uid: '8812345601', nickname: '小***花' })).tracking_no).toBe('75310094221800');
    expect(fill(snapshot({ uid: '8812345601' }), 'page-id').courier).toBe('中通快递');
  });

  it('a masked name never addresses the buyer', () => {
    expect(fill(snapshot({ nickname: 'E***E' })).buyer_name).toBeUndefined();
  });
});
