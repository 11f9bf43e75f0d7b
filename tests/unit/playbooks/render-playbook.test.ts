import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n/localized';
import { decideHaggle, type HaggleHistory, type HaggleInput } from '../../../lib/playbooks/haggle';
import { planOrderEvent, ORDER_EVENT_TYPES } from '../../../lib/playbooks/lifecycle';
import { formatPrice } from '../../../lib/playbooks/playbook-values';
import { renderPlaybookReplies } from '../../../lib/playbooks/render-playbook';
import { decideReturn } from '../../../lib/playbooks/returns';
import { decideComplaint, decideReviewResponse } from '../../../lib/playbooks/reviews';
import { LIFECYCLE_GROUPS, PLAYBOOK_GROUP_VARIABLES } from '../../../lib/scripts/script-types';
import { DEFAULT_SHOP_POLICY, type HaggleTerms } from '../../../lib/settings/shop-policy';

const policy = DEFAULT_SHOP_POLICY;
const terms: HaggleTerms = {
  listPrice: 159,
  floorPrice: 129,
  freeShippingCost: 6,
  bundleOffer: { qty: 2, freeShipping: true },
  maxRounds: 5,
  smallRequest: policy.haggle.defaults.smallRequest,
  membershipGift: policy.haggle.defaults.membershipGift,
  buyerStyle: 'auto',
  vipDiscountPercent: 5,
};

const noHistory: HaggleHistory = { sellerOffers: [], buyerOffers: [], buyerTurns: 0, freeShippingOffered: false, quantity: 1 };
const haggle = (over: Partial<HaggleInput>) =>
  decideHaggle({ terms, history: noHistory, move: undefined, situation: 'haggle', loyal: false, currency: 'CNY', ...over });
const offer = (unitPrice: number) => ({ kind: 'offer' as const, unitPrice, quantity: 1, total: unitPrice });

/** One decision of every kind the playbooks make. */
function sampleDecisions() {
  const out: { scriptGroup: keyof typeof PLAYBOOK_GROUP_VARIABLES; values: Record<string, unknown> }[] = [];
  out.push(haggle({ move: { kind: 'ask' } }));
  out.push(haggle({ move: offer(100) }));
  out.push(haggle({ history: { ...noHistory, sellerOffers: [153, 148, 143, 139], buyerOffers: [100, 105, 110, 112], buyerTurns: 4 }, move: offer(114) }));
  out.push(haggle({ history: { ...noHistory, sellerOffers: [153, 148, 143, 139, 129], buyerTurns: 5 }, move: offer(115) }));
  out.push(haggle({ move: offer(130) }));
  out.push(haggle({ terms: { ...terms, floorPrice: 150 }, move: offer(145) }));
  out.push(haggle({ loyal: true, move: { kind: 'ask' } }));
  out.push(haggle({ situation: 'free_shipping' }));
  out.push(haggle({ situation: 'free_shipping', terms: { ...terms, freeShippingCost: 0 } }));
  out.push(haggle({ situation: 'gift' }));
  // Where the seller cannot edit an order's price: the checkout wording of each closing step.
  out.push(haggle({ closing: 'checkout', move: offer(130) }));
  out.push(haggle({ closing: 'checkout', history: { ...noHistory, sellerOffers: [153, 148, 143, 139], buyerTurns: 4 }, move: offer(114) }));
  out.push(haggle({ closing: 'checkout', history: { ...noHistory, sellerOffers: [153, 148, 143, 139, 129], buyerTurns: 5 }, move: offer(115) }));
  out.push(haggle({ closing: 'checkout', loyal: true, move: { kind: 'ask' } }));
  const now = Date.UTC(2025, 0, 10);
  const delivered = { id: 'o', customerId: 'c', orderNo: 'n', items: [], status: 'delivered' as const, createdAt: 0, updatedAt: 0, deliveredAt: now - 86_400_000 };
  for (const situations of [['quality_issue'], ['wrong_item'], ['return_request'], ['size_fit']] as const) {
    out.push(decideReturn({ situations, order: delivered, now, policy, returnAddress: '杭州市 8 号', evidence: true }));
  }
  out.push(decideReturn({ situations: ['damaged'], order: delivered, now, policy }));
  out.push(decideReturn({ situations: ['refund'], order: delivered, now, policy, request: 'refund_only' }));
  out.push(decideReturn({ situations: ['size_fit'], category: '女装', now, policy }));
  out.push(decideReturn({ situations: ['size_fit'], category: '女装', order: delivered, now: now + 7 * 86_400_000, policy }));
  out.push(decideReturn({ situations: ['return_request'], order: delivered, now: now + 7 * 86_400_000, policy, returnAddress: '杭州市 8 号' }));
  out.push(decideReturn({ situations: ['size_fit'], order: delivered, now: now + 60 * 86_400_000, policy }));
  out.push(decideReturn({ situations: ['return_request'], category: '定制', now, policy: { ...policy, returns: { ...policy.returns, excludedCategories: ['定制'] } } }));
  out.push(decideReturn({ situations: ['damaged'], category: '水果', now, policy }));
  out.push(decideReturn({ situations: ['damaged'], category: '水果', now, policy, evidence: true }));
  out.push(decideReviewResponse({ rating: 'bad', sellerAtFault: true, now, policy }));
  out.push(decideReviewResponse({ rating: 'bad', sellerAtFault: true, fixDone: true, now, policy }));
  out.push(decideReviewResponse({ rating: 'bad', sellerAtFault: false, now, policy }));
  out.push(decideComplaint({ situations: ['complaint'], now, policy }));
  out.push(decideComplaint({ situations: ['complaint', 'damaged'], order: delivered, now, policy }));
  return out;
}

describe('playbook decisions and the script library agree', () => {
  const decisions = sampleDecisions();

  it('covers every playbook group', () => {
    expect(new Set(decisions.map((d) => d.scriptGroup))).toEqual(new Set(Object.keys(PLAYBOOK_GROUP_VARIABLES)));
  });

  it('supplies every variable a group requires and renders without gaps in both languages', () => {
    for (const d of decisions) {
      for (const name of PLAYBOOK_GROUP_VARIABLES[d.scriptGroup]) expect(Object.keys(d.values), d.scriptGroup).toContain(name);
      for (const locale of LOCALES) {
        const replies = renderPlaybookReplies(d as Parameters<typeof renderPlaybookReplies>[0], locale);
        expect(replies.length, `${d.scriptGroup} ${locale}`).toBeGreaterThan(0);
        for (const r of replies) expect(r.result, `${r.scriptId}`).toMatchObject({ ok: true });
      }
    }
  });

  it('page values fill what the playbook does not decide, and never override its price', () => {
    const d = haggle({ move: offer(100) });
    const [first] = renderPlaybookReplies(d, 'zh-CN', { pageValues: { next_price: 'XYZ', buyer_name: '小雨' } });
    expect(first!.result.ok && first!.result.text).toContain(formatPrice(d.price!)['zh-CN']);
    expect(first!.result.ok && first!.result.text).not.toContain('XYZ');
  });

  it('schedules only script ids that exist as lifecycle or playbook groups', () => {
    const known = new Set<string>([...LIFECYCLE_GROUPS, ...Object.keys(PLAYBOOK_GROUP_VARIABLES)]);
    const order = { id: 'o', customerId: 'c', orderNo: 'n', items: [], status: 'paid' as const, createdAt: 0, updatedAt: 0 };
    for (const type of ORDER_EVENT_TYPES) {
      const plan = planOrderEvent({ event: { type, at: 1e12 }, customer: { id: 'c' }, order, tasks: [], policy, now: 1e12 });
      for (const t of plan.create) expect(known.has(t.scriptId!), t.scriptId).toBe(true);
    }
  });
});

describe('the floor never reaches a rendered reply', () => {
  it('holds over random conversations unless the floor is the price offered', () => {
    const arb = fc.record({
      list: fc.integer({ min: 2000, max: 100_000 }),
      floorShare: fc.double({ min: 0.4, max: 1, noNaN: true }),
      maxRounds: fc.integer({ min: 1, max: 7 }),
      shares: fc.array(fc.option(fc.double({ min: 0.2, max: 1.1, noNaN: true }), { nil: undefined }), { minLength: 1, maxLength: 10 }),
    });
    fc.assert(
      fc.property(arb, ({ list, floorShare, maxRounds, shares }) => {
        const settings: HaggleTerms = {
          ...terms,
          listPrice: list / 100,
          floorPrice: Math.round(list * floorShare) / 100,
          maxRounds,
        };
        const history: HaggleHistory = { ...noHistory, sellerOffers: [], buyerOffers: [], buyerTurns: 0 };
        for (const share of shares) {
          const move = share === undefined ? ({ kind: 'ask' } as const) : offer(Math.round(list * share) / 100);
          const d = haggle({ terms: settings, history: { ...history, sellerOffers: [...history.sellerOffers] }, move });
          // The seller sends what was suggested: the price named joins the history.
          if ((d.move === 'counter' || d.move === 'final') && d.price !== undefined) history.sellerOffers.push(d.price);
          if (move.kind === 'offer') history.buyerOffers.push(move.unitPrice);
          history.buyerTurns += 1;
          if (d.price !== undefined) expect(d.price).toBeGreaterThanOrEqual(settings.floorPrice);
          if (d.price !== undefined && Math.round(d.price * 100) === Math.round(settings.floorPrice * 100)) continue;
          for (const locale of LOCALES) {
            const floorText = formatPrice(settings.floorPrice)[locale];
            for (const r of renderPlaybookReplies(d, locale)) {
              const text = r.result.ok ? r.result.text : r.result.preview;
              const at = text.indexOf(floorText);
              // Accept only occurrences that are part of a longer number: 1129元 for 129元, or
              // ¥20.02 for ¥20 (the English form has no unit after the digits).
              if (at >= 0) expect(/[\d.]/.test(text[at - 1] ?? '') || /[\d.]/.test(text[at + floorText.length] ?? '')).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
