import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HaggleInputError,
  decideHaggle,
  ladderPrices,
  nextConcession,
  readBuyerMove,
  readHaggleHistory,
  readSellerMove,
  type HaggleHistory,
  type HaggleInput,
} from '../../../lib/playbooks/haggle';
import { formatPrice } from '../../../lib/playbooks/playbook-values';
import { DEFAULT_SHOP_POLICY, resolveHaggleTerms, type HaggleTerms } from '../../../lib/settings/shop-policy';

const terms = (over: Partial<HaggleTerms> = {}): HaggleTerms => ({
  listPrice: 100,
  floorPrice: 80,
  freeShippingCost: 5,
  bundleOffer: { qty: 2, freeShipping: true },
  maxRounds: 5,
  smallRequest: { 'zh-CN': '推荐给朋友', en: 'tell a friend' },
  membershipGift: { 'zh-CN': '会员小礼', en: 'member gift' },
  buyerStyle: 'auto',
  vipDiscountPercent: 5,
  ...over,
});

const history = (over: Partial<HaggleHistory> = {}): HaggleHistory => ({
  sellerOffers: [],
  buyerOffers: [],
  buyerTurns: 0,
  freeShippingOffered: false,
  quantity: 1,
  ...over,
});

const decide = (over: Partial<HaggleInput>) =>
  decideHaggle({ terms: terms(), history: history(), move: undefined, situation: 'haggle', loyal: false, currency: 'CNY', ...over });

describe('reading offers in the forms buyers write them', () => {
  const ctx = { standing: 59, list: 59 };
  it.each([
    ['52我就拍了', 52],
    ['给个50', 50],
    ['少5块', 54],
    ['便宜10块', 49],
    ['抹个零', 50],
    ['50行不行', 50],
    ['能不能45', 45],
    ['打个九折', 53.1],
    ['八五折可以吗', 50.15],
    ['45吧', 45],
    ['五十块卖不卖', 50],
    ['can you do 40', 40],
    ['would you take $45?', 45],
    ['10% off?', 53.1],
  ])('%s → %s each', (text, price) => {
    expect(readBuyerMove(text, ctx)).toMatchObject({ kind: 'offer', unitPrice: price, quantity: 1 });
  });

  it('reads a price for several items as a per-item price with the quantity', () => {
    expect(readBuyerMove('两件100', ctx)).toEqual({ kind: 'offer', unitPrice: 50, quantity: 2, total: 100 });
    expect(readBuyerMove('3件一共150元', ctx)).toEqual({ kind: 'offer', unitPrice: 50, quantity: 3, total: 150 });
    expect(readBuyerMove('two for 100', ctx)).toEqual({ kind: 'offer', unitPrice: 50, quantity: 2, total: 100 });
  });

  it('reads "少5块" against the seller’s last price, not the list price', () => {
    expect(readBuyerMove('再少5块', { standing: 56, list: 59 })).toMatchObject({ unitPrice: 51 });
  });

  it('tells acceptance, a plain request and giving up apart', () => {
    for (const text of ['好吧那就这个价', '行吧', 'ok deal', '成交', "fine, I'll take it"]) expect(readBuyerMove(text, ctx), text).toEqual({ kind: 'accept' });
    for (const text of ['能便宜点吗', '好吧，能再便宜点吗', 'any discount?']) expect(readBuyerMove(text, ctx), text).toEqual({ kind: 'ask' });
    for (const text of ['算了太贵了', 'no thanks, too expensive']) expect(readBuyerMove(text, ctx), text).toEqual({ kind: 'decline' });
  });

  it('does not read sizes, days or counts as prices', () => {
    for (const text of ['160斤穿多大码', '7天无理由吗', '我要2件', '明天能发吗']) expect(readBuyerMove(text, ctx), text).toBeUndefined();
  });

  it('reads a bare number as an offer only while a haggle is under way', () => {
    expect(readBuyerMove('45真的不行吗', ctx)).toBeUndefined();
    expect(readBuyerMove('45真的不行吗', { ...ctx, ongoing: true })).toMatchObject({ kind: 'offer', unitPrice: 45 });
  });

  it('reads the seller’s own prices and free shipping back from the chat', () => {
    expect(readSellerMove('亲，您说的价格实在给不到😅 我再帮您让一点：56元，您看可以吗？', { list: 59 })).toEqual({ price: 56, settled: false, freeShipping: false });
    expect(readSellerMove('59元已经很实在了，这单我给您包邮', { list: 59 })).toEqual({ settled: false, freeShipping: true });
    expect(readSellerMove('单件包邮真的做不到哦，不过拍2件就包邮啦', { list: 59 }).freeShipping).toBe(false);
    expect(readSellerMove('好嘞，就52元成交！您先拍下先别付款', { list: 59 })).toMatchObject({ price: 52, settled: true });
    expect(readSellerMove("you've got a deal at RM40!", { list: 45 })).toMatchObject({ price: 40, settled: true });
  });
});

describe('the ladder', () => {
  it('shrinks every step and lands on the floor in the last round (59 → 50 over 5)', () => {
    expect(ladderPrices(5900, 5000, 5)).toEqual([5600, 5400, 5200, 5100, 5000]);
  });

  it('never rounds a concession to nothing while there is room', () => {
    expect(nextConcession(300, 5, Number.POSITIVE_INFINITY, 100)).toBeGreaterThan(0);
    expect(nextConcession(7, 5, Number.POSITIVE_INFINITY, 1)).toBeGreaterThan(0);
  });

  it('reaches the floor, with non-increasing positive steps, for any prices and rounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 1_000_000 }), fc.double({ min: 0, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 10 }), (listC, cut, rounds) => {
        const floorC = Math.round(listC * (1 - cut));
        fc.pre(floorC < listC);
        const prices = ladderPrices(listC, floorC, rounds);
        expect(prices.length).toBeLessThanOrEqual(rounds);
        expect(prices.at(-1)).toBe(floorC);
        const steps = [listC, ...prices].slice(1).map((p, i) => [listC, ...prices][i]! - p);
        for (let i = 0; i < steps.length; i++) {
          expect(steps[i]).toBeGreaterThan(0);
          if (i > 0 && i < steps.length - 1) expect(steps[i]).toBeLessThanOrEqual(steps[i - 1]!);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('decisions', () => {
  it('accepts an offer at or above the floor at once, at the buyer’s price', () => {
    const d = decide({ move: { kind: 'offer', unitPrice: 82, quantity: 1, total: 82 } });
    expect(d).toMatchObject({ move: 'accept', price: 82, scriptGroup: 'playbook.haggle_accept' });
    expect(d.values.next_price).toEqual(formatPrice(82));
    expect(d.values.small_request).toEqual({ 'zh-CN': '推荐给朋友', en: 'tell a friend' });
  });

  it('closes when the buyer takes the price on the table', () => {
    const d = decide({ history: history({ sellerOffers: [94, 90], buyerOffers: [60, 65], buyerTurns: 2 }), move: { kind: 'accept' } });
    expect(d).toMatchObject({ move: 'accept', price: 90 });
  });

  it('repeats an agreed deal instead of reopening it', () => {
    const d = decide({ history: history({ sellerOffers: [90], settled: 90 }), move: { kind: 'offer', unitPrice: 60, quantity: 1, total: 60 } });
    expect(d).toMatchObject({ move: 'accept', price: 90 });
  });

  it('gives a VIP or returning customer the returning-customer price, not the ladder', () => {
    const d = decide({ loyal: true, move: { kind: 'ask' } });
    expect(d).toMatchObject({ move: 'vip_price', price: 95, scriptGroup: 'playbook.haggle_vip' });
    expect(decide({ loyal: true, history: history({ sellerOffers: [95] }), move: { kind: 'offer', unitPrice: 60, quantity: 1, total: 60 } })).toMatchObject({ move: 'hold_line', price: 95 });
  });

  it('offers free shipping first to a decisive buyer only where shipping is not already free', () => {
    const decisive = { history: history(), move: { kind: 'offer' as const, unitPrice: 92, quantity: 1, total: 92 } };
    const t = terms({ floorPrice: 95 });
    expect(decide({ ...decisive, terms: t }).move).toBe('free_shipping_first');
    expect(decide({ ...decisive, terms: { ...t, freeShippingCost: 0 } })).toMatchObject({ move: 'final', price: 97 });
  });

  it('turns a free-shipping demand into a bundle, says so when shipping is already free, and points gifts to membership', () => {
    expect(decide({ situation: 'free_shipping' })).toMatchObject({ move: 'bundle', values: { bundle_qty: '2' } });
    expect(decide({ situation: 'free_shipping', terms: terms({ freeShippingCost: 0 }) }).move).toBe('shipping_included');
    expect(decide({ situation: 'gift' })).toMatchObject({ move: 'membership_gift', scriptGroup: 'playbook.gift_membership' });
  });

  it('holds the line politely once the final price was offered', () => {
    const d = decide({ history: history({ sellerOffers: [94, 90, 86, 83, 80], buyerOffers: [60, 62, 64, 66, 68], buyerTurns: 5 }), move: { kind: 'offer', unitPrice: 70, quantity: 1, total: 70 } });
    expect(d).toMatchObject({ move: 'hold_line', price: 80 });
  });

  it('prices several items together when the buyer did', () => {
    const d = decide({ move: { kind: 'offer', unitPrice: 85, quantity: 2, total: 170 } });
    expect(d).toMatchObject({ move: 'accept', price: 85, quantity: 2 });
    expect(d.values.next_price).toEqual({ 'zh-CN': '2件共170元', en: '¥170 for 2' });
  });

  it('closes with checkout, not "order first", where the seller cannot edit an order’s price', () => {
    const d = decide({ closing: 'checkout', move: { kind: 'offer', unitPrice: 82, quantity: 1, total: 82 } });
    expect(d.scriptGroup).toBe('playbook.haggle_accept_checkout');
    expect(d.why['zh-CN']).not.toContain('拍下');
    expect(d.why.en).toContain('check out');
    expect(decide({ move: { kind: 'offer', unitPrice: 82, quantity: 1, total: 82 } }).why['zh-CN']).toContain('先拍下不付款');
  });

  it('quotes in the shop’s currency', () => {
    const d = decide({ currency: 'MYR', move: { kind: 'offer', unitPrice: 85, quantity: 1, total: 85 } });
    expect(d.values.next_price).toEqual({ 'zh-CN': 'RM85', en: 'RM85' });
  });

  it('rejects a floor above the list price with a bilingual reason', () => {
    try {
      decide({ terms: terms({ floorPrice: 120 }) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HaggleInputError);
      expect((error as HaggleInputError).reason['zh-CN']).toContain('底价');
    }
  });
});

describe('terms', () => {
  it('refuses to resolve terms without any list price', () => {
    expect(() => resolveHaggleTerms(DEFAULT_SHOP_POLICY.haggle, { key: 'unknown' })).toThrow(/No list price/);
  });

  it('uses the product override by title, case-insensitively, then the page’s floor, then the shop default', () => {
    const settings = { ...DEFAULT_SHOP_POLICY.haggle, products: { '加厚睡衣 Pro': { listPrice: 159, floorPrice: 139 } } };
    const own = resolveHaggleTerms(settings, { key: ' 加厚睡衣 pro ' });
    expect(own).toMatchObject({ listPrice: 159, floorPrice: 139, maxRounds: 5 });
    expect(resolveHaggleTerms(settings, { key: 'other', listPrice: 50 }).floorPrice).toBe(45);
    expect(resolveHaggleTerms(settings, { key: 'other', listPrice: 50, floorPrice: 42 }).floorPrice).toBe(42);
  });

  it('reads the history as the seller left it', () => {
    const h = readHaggleHistory(
      [
        { from: 'buyer', text: '40行不行' },
        { from: 'seller', text: '亲，56元可以给您，您看呢？' },
        { from: 'buyer', text: '42呢' },
        { from: 'seller', text: '亲，54元可以给您，您看呢？' },
      ],
      terms({ listPrice: 59, floorPrice: 50 }),
    );
    expect(h).toMatchObject({ sellerOffers: [56, 54], buyerOffers: [40, 42], buyerTurns: 2, freeShippingOffered: false });
  });
});
