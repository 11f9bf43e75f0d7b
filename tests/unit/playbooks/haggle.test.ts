import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HaggleInputError,
  INITIAL_HAGGLE_STATE,
  haggleStateSchema,
  keenConcessions,
  nextHaggleMove,
  type HaggleDecision,
  type HaggleState,
} from '../../../lib/playbooks/haggle';
import { formatPrice, valuesFor } from '../../../lib/playbooks/playbook-values';
import {
  DEFAULT_SHOP_POLICY,
  resolveHaggleTerms,
  type HaggleTerms,
} from '../../../lib/settings/shop-policy';

const terms = (over: Partial<HaggleTerms> = {}): HaggleTerms => ({
  listPrice: 100,
  floorPrice: 80,
  freeShippingCost: 5,
  bundleOffer: { qty: 2, freeShipping: true },
  maxRounds: 5,
  smallRequest: { 'zh-CN': '推荐给朋友', en: 'tell a friend' },
  membershipGift: { 'zh-CN': '会员小礼', en: 'member gift' },
  buyerStyle: 'auto',
  ...over,
});

/** Plays a whole conversation and returns every decision. */
function play(settings: HaggleTerms, offers: (number | undefined)[]): HaggleDecision[] {
  let state: HaggleState = INITIAL_HAGGLE_STATE;
  const out: HaggleDecision[] = [];
  for (const buyerOffer of offers) {
    const d = nextHaggleMove(state, { buyerOffer, settings, situation: 'haggle' });
    out.push(d);
    state = d.state;
  }
  return out;
}

describe('decisive buyer', () => {
  it('gets free shipping first, then one final price with the small request, then a firm line', () => {
    const moves = play(terms(), [92, 92, 92, 92]);
    expect(moves.map((m) => m.move)).toEqual(['free_shipping_first', 'final', 'hold_line', 'hold_line']);
    expect(moves[0]!.values.list_price).toEqual(formatPrice(100));
    expect(moves[0]!.state.freeShippingOffered).toBe(true);
    // Half of the room above floor + the shipping already given (85): 100 - 7 = 93.
    expect(moves[1]!.nextPrice).toBe(93);
    expect(moves[1]!.scriptGroup).toBe('playbook.haggle_final');
    expect(moves[1]!.values.small_request).toEqual({ 'zh-CN': '推荐给朋友', en: 'tell a friend' });
    expect(moves[3]!.nextPrice).toBe(93);
    expect(moves[3]!.state.sellerOffers).toEqual([93]);
  });

  it('accepts a decisive buyer who meets the final price, at their price', () => {
    const moves = play(terms(), [95, 94]);
    expect(moves[1]!.move).toBe('accept');
    expect(moves[1]!.nextPrice).toBe(94);
    expect(moves[1]!.state.settled).toBe(94);
    // Later messages repeat the deal instead of reopening it.
    const again = nextHaggleMove(moves[1]!.state, { buyerOffer: 50, settings: terms(), situation: 'haggle' });
    expect(again.move).toBe('accept');
    expect(again.nextPrice).toBe(94);
  });

  it('skips free shipping when shipping already costs the seller nothing', () => {
    const moves = play(terms({ freeShippingCost: 0, buyerStyle: 'decisive' }), [undefined]);
    expect(moves[0]!.move).toBe('final');
    expect(moves[0]!.nextPrice).toBe(90);
  });

  it('treats a buyer who never names a number as decisive after being asked once', () => {
    const moves = play(terms(), [undefined, undefined]);
    expect(moves.map((m) => m.move)).toEqual(['invite_offer', 'free_shipping_first']);
    expect(moves[1]!.state.style).toBe('decisive');
  });
});

describe('keen haggler', () => {
  it('is invited to name a number when the style setting says keen', () => {
    const [first] = play(terms({ buyerStyle: 'keen' }), [undefined]);
    expect(first!.move).toBe('invite_offer');
    expect(first!.scriptGroup).toBe('playbook.haggle_invite_offer');
    expect(first!.state.sellerOffers).toEqual([]);
  });

  it('converges over maxRounds with shrinking concessions and closes with the small request', () => {
    const moves = play(terms(), [50, 55, 60, 62, 65, 66, 67]);
    expect(moves[0]!.state.style).toBe('keen');
    expect(moves.slice(0, 5).map((m) => m.move)).toEqual(['counter', 'counter', 'counter', 'counter', 'final']);
    // Room 20 split 5:4:3:2:1 and rounded down to whole yuan.
    expect(moves.slice(0, 5).map((m) => m.nextPrice)).toEqual([94, 89, 85, 83, 82]);
    expect(moves[4]!.values.small_request).toBeDefined();
    expect(moves[5]!.move).toBe('hold_line');
    expect(moves[6]!.nextPrice).toBe(82);
  });

  it('accepts an offer at or above the next price and settles at the lower of offer and standing price', () => {
    const moves = play(terms(), [50, 90]);
    expect(moves[1]!.move).toBe('accept');
    expect(moves[1]!.nextPrice).toBe(90);
    const over = play(terms(), [50, 99]);
    // 99 is above our standing 94: the buyer gets 94, not a worse deal.
    expect(over[1]!.nextPrice).toBe(94);
  });

  it('splits the room into non-increasing steps that never exceed it', () => {
    expect(keenConcessions(2000, 5)).toEqual([600, 500, 400, 200, 100]);
    expect(keenConcessions(2000, 5).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2000);
    expect(keenConcessions(0, 3)).toEqual([0, 0, 0]);
  });

  it('holds the line when floor equals list', () => {
    const moves = play(terms({ floorPrice: 100, freeShippingCost: 0 }), [50, 60]);
    expect(moves.map((m) => m.move)).toEqual(['hold_line', 'hold_line']);
    expect(moves[0]!.nextPrice).toBe(100);
  });
});

describe('demands turned into choices', () => {
  it('offers free shipping on a bundle', () => {
    const d = nextHaggleMove(INITIAL_HAGGLE_STATE, { settings: terms(), situation: 'free_shipping' });
    expect(d.move).toBe('bundle');
    expect(d.scriptGroup).toBe('playbook.free_shipping_bundle');
    expect(d.values).toEqual({ bundle_qty: '2' });
    expect(d.state).toEqual(INITIAL_HAGGLE_STATE);
  });

  it('falls back to the price talk when the shop has no bundle deal', () => {
    const d = nextHaggleMove(INITIAL_HAGGLE_STATE, {
      settings: terms({ bundleOffer: null, buyerStyle: 'decisive' }),
      situation: 'free_shipping',
    });
    expect(d.move).toBe('free_shipping_first');
  });

  it('points a gift request to the membership gift', () => {
    const d = nextHaggleMove(INITIAL_HAGGLE_STATE, { settings: terms(), situation: 'gift' });
    expect(d.move).toBe('membership_gift');
    expect(valuesFor(d.values, 'en')).toEqual({ membership_gift: 'member gift' });
  });
});

describe('bad input', () => {
  it('rejects a negative or non-numeric offer with a bilingual reason', () => {
    expect(() => nextHaggleMove(INITIAL_HAGGLE_STATE, { buyerOffer: -3, settings: terms(), situation: 'haggle' })).toThrow(
      HaggleInputError,
    );
    try {
      nextHaggleMove(INITIAL_HAGGLE_STATE, { buyerOffer: Number.NaN, settings: terms(), situation: 'haggle' });
    } catch (e) {
      expect((e as HaggleInputError).reason['zh-CN']).toContain('买家出价无效');
    }
  });

  it('rejects a floor above the list price', () => {
    expect(() => nextHaggleMove(INITIAL_HAGGLE_STATE, { settings: terms({ floorPrice: 120 }), situation: 'haggle' })).toThrow(
      /floor/,
    );
  });

  it('refuses to resolve terms without any list price', () => {
    expect(() => resolveHaggleTerms(DEFAULT_SHOP_POLICY.haggle, { key: 'unknown' })).toThrow(/No list price/);
  });
});

describe('terms resolution', () => {
  it('uses the product override by title, case-insensitively, and the shop defaults otherwise', () => {
    const settings = { ...DEFAULT_SHOP_POLICY.haggle, products: { '加厚睡衣 Pro': { listPrice: 159, floorPrice: 139 } } };
    const own = resolveHaggleTerms(settings, { key: ' 加厚睡衣 pro ' });
    expect(own.listPrice).toBe(159);
    expect(own.floorPrice).toBe(139);
    expect(own.maxRounds).toBe(5);
    const page = resolveHaggleTerms(settings, { key: 'other', listPrice: 50 });
    expect(page.floorPrice).toBe(45);
    expect(page.bundleOffer).toEqual({ qty: 2, freeShipping: true });
  });
});

// ---- properties over random settings and buyer behaviour ----

const settingsArb = fc
  .record({
    listCents: fc.integer({ min: 1000, max: 500_000 }),
    floorShare: fc.double({ min: 0.3, max: 1, noNaN: true }),
    shippingCents: fc.integer({ min: 0, max: 2000 }),
    maxRounds: fc.integer({ min: 1, max: 8 }),
    style: fc.constantFrom('auto', 'decisive', 'keen') as fc.Arbitrary<HaggleTerms['buyerStyle']>,
    bundle: fc.boolean(),
  })
  .map(
    (r): HaggleTerms =>
      terms({
        listPrice: r.listCents / 100,
        floorPrice: Math.max(10, Math.round(r.listCents * r.floorShare) / 100),
        freeShippingCost: r.shippingCents / 100,
        maxRounds: r.maxRounds,
        buyerStyle: r.style,
        bundleOffer: r.bundle ? { qty: 3, freeShipping: true } : null,
      }),
  )
  .filter((t) => t.floorPrice <= t.listPrice);

const turnArb = fc.record({
  situation: fc.constantFrom('haggle', 'haggle', 'haggle', 'free_shipping', 'gift') as fc.Arbitrary<
    'haggle' | 'free_shipping' | 'gift'
  >,
  offerShare: fc.option(fc.double({ min: 0, max: 1.2, noNaN: true }), { nil: undefined }),
});

function playTurns(settings: HaggleTerms, turns: { situation: 'haggle' | 'free_shipping' | 'gift'; offerShare?: number }[]) {
  let state: HaggleState = INITIAL_HAGGLE_STATE;
  const decisions: HaggleDecision[] = [];
  for (const t of turns) {
    const buyerOffer = t.offerShare === undefined ? undefined : Math.round(settings.listPrice * t.offerShare * 100) / 100;
    const d = nextHaggleMove(state, { buyerOffer, settings, situation: t.situation });
    decisions.push(d);
    state = haggleStateSchema.parse(JSON.parse(JSON.stringify(d.state)));
  }
  return { decisions, state };
}

const conversationArb = fc.tuple(settingsArb, fc.array(turnArb, { minLength: 1, maxLength: 14 }));

describe('haggling invariants', () => {
  it('never names or settles on a price below the floor', () => {
    fc.assert(
      fc.property(conversationArb, ([settings, turns]) => {
        const { decisions, state } = playTurns(settings, turns);
        for (const d of decisions) {
          if (d.nextPrice !== undefined) expect(d.nextPrice).toBeGreaterThanOrEqual(settings.floorPrice);
        }
        for (const offer of state.sellerOffers) expect(offer).toBeGreaterThanOrEqual(settings.floorPrice);
        if (state.settled !== undefined) expect(state.settled).toBeGreaterThanOrEqual(settings.floorPrice);
      }),
      { numRuns: 400 },
    );
  });

  it('makes each concession no larger than the previous one', () => {
    fc.assert(
      fc.property(conversationArb, ([settings, turns]) => {
        const { state } = playTurns(settings, turns);
        const prices = [settings.listPrice, ...state.sellerOffers].map((p) => Math.round(p * 100));
        const concessions = prices.slice(1).map((p, i) => prices[i]! - p);
        for (let i = 0; i < concessions.length; i++) {
          expect(concessions[i]).toBeGreaterThan(0);
          if (i > 0) expect(concessions[i]).toBeLessThanOrEqual(concessions[i - 1]!);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never makes more seller offers than maxRounds', () => {
    fc.assert(
      fc.property(conversationArb, ([settings, turns]) => {
        const { state } = playTurns(settings, turns);
        expect(state.sellerOffers.length).toBeLessThanOrEqual(settings.maxRounds);
      }),
      { numRuns: 400 },
    );
  });

  it('never writes the floor into values or explanations unless it is the price offered', () => {
    fc.assert(
      fc.property(conversationArb, ([settings, turns]) => {
        const { decisions } = playTurns(settings, turns);
        const floor = formatPrice(settings.floorPrice);
        for (const d of decisions) {
          const offeredFloor =
            d.nextPrice !== undefined && Math.round(d.nextPrice * 100) === Math.round(settings.floorPrice * 100);
          if (offeredFloor) continue;
          for (const locale of ['zh-CN', 'en'] as const) {
            const texts = [d.why[locale], ...Object.values(valuesFor(d.values, locale))];
            const token = new RegExp(`(^|[^\\d.])${floor[locale].replace(/[.$¥]/g, (c) => `\\${c}`)}(?!\\d|\\.\\d)`);
            for (const text of texts) expect(text).not.toMatch(token);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
