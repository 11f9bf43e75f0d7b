/**
 * Haggling, one buyer message at a time. The seller's prices leave a little room so the buyer
 * can win something, but the room is spent deliberately:
 * - a decisive buyer gets free shipping first, then one final price, then a polite firm line;
 * - a keen haggler is asked to name a number, then the seller converges over at most
 *   `maxRounds` offers, each concession no larger than the one before, and closes with a small
 *   request so the last price feels earned;
 * - any buyer offer at or above what we would offer next is accepted at once;
 * - demands become choices: free shipping on a bundle, the membership gift instead of a gift.
 * The floor price shapes every number but is never written into a reply or an explanation.
 *
 * Amounts are handled in whole cents so rounding can never slip under the floor.
 */
import { z } from 'zod';
import type { Localized } from '../i18n/localized';
import type { PlaybookGroup } from '../scripts/script-types';
import type { HaggleTerms } from '../settings/shop-policy';
import { formatPrice, type PlaybookValues } from './playbook-values';

export const haggleStateSchema = z.object({
  /** Buyer turns about the price handled so far. */
  rounds: z.number().int().min(0).default(0),
  buyerOffers: z.array(z.number().finite().nonnegative()).default([]),
  /** Prices the seller named below the list price, in order. */
  sellerOffers: z.array(z.number().finite().nonnegative()).default([]),
  freeShippingOffered: z.boolean().default(false),
  style: z.enum(['decisive', 'keen', 'unknown']).default('unknown'),
  settled: z.number().finite().nonnegative().optional(),
});
export type HaggleState = z.output<typeof haggleStateSchema>;

export const INITIAL_HAGGLE_STATE: HaggleState = haggleStateSchema.parse({});

export type HaggleMove =
  | 'free_shipping_first'
  | 'invite_offer'
  | 'counter'
  | 'final'
  | 'accept'
  | 'hold_line'
  | 'bundle'
  | 'membership_gift';

export interface HaggleInput {
  /** The buyer's price, from the classifier's entities.counterOffer. */
  buyerOffer?: number;
  settings: HaggleTerms;
  situation: 'haggle' | 'free_shipping' | 'gift';
}

export interface HaggleDecision {
  move: HaggleMove;
  /** The price this reply names (the settled price for accept). */
  nextPrice?: number;
  scriptGroup: PlaybookGroup;
  values: PlaybookValues;
  why: Localized;
  state: HaggleState;
}

export class HaggleInputError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'HaggleInputError';
  }
}

/** A buyer naming at least this share of the list price on the first turn is not a haggler. */
const DECISIVE_OFFER_SHARE = 0.9;
/** The decisive buyer's one concession: this share of the room. */
const DECISIVE_CONCESSION_SHARE = 0.5;

const toCents = (yuan: number) => Math.round(yuan * 100);
const toYuan = (cents: number) => cents / 100;

/** Round concessions to whole yuan when the room allows, so offers read like real prices. */
function stepFor(roomCents: number): number {
  if (roomCents >= 500) return 100;
  if (roomCents >= 50) return 10;
  return 1;
}

function floorToStep(cents: number, step: number): number {
  return Math.max(0, Math.floor(cents / step) * step);
}

/**
 * The planned concessions for a keen haggler: weights n, n-1, ... 1 over the room, rounded down.
 * Rounding down keeps the sum within the room and the sequence non-increasing.
 */
export function keenConcessions(roomCents: number, rounds: number): number[] {
  const step = stepFor(roomCents);
  const total = (rounds * (rounds + 1)) / 2;
  return Array.from({ length: rounds }, (_, i) => floorToStep((roomCents * (rounds - i)) / total, step));
}

function validate(input: HaggleInput): void {
  const { buyerOffer, settings } = input;
  if (buyerOffer !== undefined && (!Number.isFinite(buyerOffer) || buyerOffer < 0)) {
    throw new HaggleInputError({
      'zh-CN': `买家出价无效：${String(buyerOffer)}（应为不小于 0 的数字）`,
      en: `Invalid buyer offer: ${String(buyerOffer)} (expected a number of 0 or more)`,
    });
  }
  if (!(settings.listPrice > 0) || !(settings.floorPrice >= 0) || settings.floorPrice > settings.listPrice) {
    throw new HaggleInputError({
      'zh-CN': '议价设置无效：标价须大于 0，底价须在 0 与标价之间',
      en: 'Invalid haggle settings: the list price must be above 0 and the floor between 0 and the list price',
    });
  }
  if (!Number.isInteger(settings.maxRounds) || settings.maxRounds < 1) {
    throw new HaggleInputError({
      'zh-CN': '议价设置无效：最多轮数须为不小于 1 的整数',
      en: 'Invalid haggle settings: the maximum number of rounds must be a whole number of 1 or more',
    });
  }
}

function decideStyle(state: HaggleState, input: HaggleInput): HaggleState['style'] {
  if (input.settings.buyerStyle !== 'auto') return input.settings.buyerStyle;
  if (state.style !== 'unknown') return state.style;
  if (input.buyerOffer !== undefined) {
    return input.buyerOffer >= input.settings.listPrice * DECISIVE_OFFER_SHARE ? 'decisive' : 'keen';
  }
  // Asked once for a number and still none: this buyer wants a quick answer, not a game.
  return state.rounds >= 1 ? 'decisive' : 'unknown';
}

interface Prices {
  listC: number;
  /** The floor plus the shipping the seller already gave away. */
  floorC: number;
  /** The price currently on the table. */
  standingC: number;
  lastConcessionC: number;
}

function pricesOf(state: HaggleState, terms: HaggleTerms): Prices {
  const listC = toCents(terms.listPrice);
  const shippingC = state.freeShippingOffered ? toCents(terms.freeShippingCost) : 0;
  const floorC = Math.min(listC, Math.ceil(terms.floorPrice * 100 - 1e-6) + shippingC);
  const offers = state.sellerOffers.map(toCents);
  const standingC = offers.length > 0 ? offers[offers.length - 1]! : listC;
  const previousC = offers.length > 1 ? offers[offers.length - 2]! : listC;
  const lastConcessionC = offers.length > 0 ? previousC - standingC : Number.POSITIVE_INFINITY;
  return { listC, floorC, standingC, lastConcessionC };
}

/**
 * The next price: the planned concession, capped by the last one actually made (so a change
 * of settings mid-conversation cannot break the shrinking pattern) and by the floor.
 */
function nextOfferC(p: Prices, plannedC: number): number {
  const concession = Math.max(0, Math.min(plannedC, p.lastConcessionC));
  return Math.max(p.floorC, Math.min(p.standingC, p.standingC - concession));
}

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

function accept(state: HaggleState, terms: HaggleTerms, offer: number, standingC: number): HaggleDecision {
  const settledC = Math.min(toCents(offer), standingC);
  const price = formatPrice(toYuan(settledC));
  return {
    move: 'accept',
    nextPrice: toYuan(settledC),
    scriptGroup: 'playbook.haggle_accept',
    values: { next_price: price, small_request: terms.smallRequest },
    why: say(
      `买家的出价不低于我们下一步会给的价，直接按 ${price['zh-CN']} 成交，并顺带一个小请求，让买家觉得这个价是争取来的。`,
      `The buyer's offer is at or above what we would offer next: settle at ${price.en} and add a small request so the price feels earned.`,
    ),
    state: { ...state, settled: toYuan(settledC) },
  };
}

function holdLine(state: HaggleState, standingC: number): HaggleDecision {
  const price = formatPrice(toYuan(standingC));
  return {
    move: 'hold_line',
    nextPrice: toYuan(standingC),
    scriptGroup: 'playbook.haggle_hold_line',
    values: { next_price: price },
    why: say(
      `${price['zh-CN']} 已经是能给的价了，礼貌地守住：一再压价的买家最容易在售后出问题，让步太多只会带来更多要求。`,
      `${price.en} is as far as we go; hold the line politely: buyers who extract concession after concession are the likeliest after-sales trouble.`,
    ),
    state,
  };
}

function offerPrice(
  state: HaggleState,
  terms: HaggleTerms,
  priceC: number,
  isFinal: boolean,
  explain: Localized,
): HaggleDecision {
  const price = formatPrice(toYuan(priceC));
  const next: HaggleState = { ...state, sellerOffers: [...state.sellerOffers, toYuan(priceC)] };
  return {
    move: isFinal ? 'final' : 'counter',
    nextPrice: toYuan(priceC),
    scriptGroup: isFinal ? 'playbook.haggle_final' : 'playbook.haggle_counter',
    values: isFinal ? { next_price: price, small_request: terms.smallRequest } : { next_price: price },
    why: explain,
    state: next,
  };
}

function decisiveMove(state: HaggleState, input: HaggleInput): HaggleDecision {
  const terms = input.settings;
  const offer = input.buyerOffer;
  if (!state.freeShippingOffered && state.sellerOffers.length === 0 && terms.freeShippingCost > 0) {
    if (offer !== undefined && toCents(offer) >= toCents(terms.listPrice)) {
      return accept(state, terms, offer, toCents(terms.listPrice));
    }
    const list = formatPrice(terms.listPrice);
    return {
      move: 'free_shipping_first',
      nextPrice: terms.listPrice,
      scriptGroup: 'playbook.haggle_free_shipping_first',
      values: { list_price: list },
      why: say(
        `买家爽快，一两轮就该谈妥：先送包邮，价格保持 ${list['zh-CN']}；还要再谈就给一次最终价。`,
        `A decisive buyer should be settled in one or two rounds: offer free shipping first and keep ${list.en}; if they push again, give one final price.`,
      ),
      state: { ...state, freeShippingOffered: true },
    };
  }
  const p = pricesOf(state, terms);
  if (state.sellerOffers.length === 0) {
    const room = p.listC - p.floorC;
    const priceC = nextOfferC(p, floorToStep(room * DECISIVE_CONCESSION_SHARE, stepFor(room)));
    if (offer !== undefined && toCents(offer) >= priceC) return accept(state, terms, offer, p.standingC);
    if (priceC >= p.standingC) return holdLine(state, p.standingC);
    const price = formatPrice(toYuan(priceC));
    return offerPrice(
      state,
      terms,
      priceC,
      true,
      say(
        `爽快的买家不必来回拉锯：直接给一次最终价 ${price['zh-CN']}，附一个小请求。`,
        `No need to drag it out with a decisive buyer: give one final price, ${price.en}, with a small request.`,
      ),
    );
  }
  if (offer !== undefined && toCents(offer) >= p.standingC) return accept(state, terms, offer, p.standingC);
  return holdLine(state, p.standingC);
}

function keenMove(state: HaggleState, input: HaggleInput): HaggleDecision {
  const terms = input.settings;
  const offer = input.buyerOffer;
  // Let a keen haggler name a number first: it anchors the talk at their figure, not ours.
  if (state.sellerOffers.length === 0 && offer === undefined && state.buyerOffers.length === 0) {
    return {
      move: 'invite_offer',
      scriptGroup: 'playbook.haggle_invite_offer',
      values: {},
      why: say(
        '先请买家说出心理价位，知道对方的预期再决定让多少。',
        'Ask the buyer to name their price first, so the concessions can be sized to what they expect.',
      ),
      state,
    };
  }
  const p = pricesOf(state, terms);
  const k = state.sellerOffers.length;
  const rounds = terms.maxRounds;
  if (k >= rounds) {
    if (offer !== undefined && toCents(offer) >= p.standingC) return accept(state, terms, offer, p.standingC);
    return holdLine(state, p.standingC);
  }
  const planned = keenConcessions(p.listC - p.floorC, rounds)[k] ?? 0;
  const priceC = nextOfferC(p, planned);
  if (offer !== undefined && toCents(offer) >= priceC) return accept(state, terms, offer, p.standingC);
  if (priceC >= p.standingC) return holdLine(state, p.standingC);
  const isFinal = k + 1 === rounds;
  const price = formatPrice(toYuan(priceC));
  const explain = isFinal
    ? say(
        `最后一轮（第 ${k + 1} 轮）：${price['zh-CN']} 是最终价，附上一个小请求，让买家觉得这个价是自己争取来的。`,
        `Last round (${k + 1}): ${price.en} is the final price; add a small request so the price feels earned.`,
      )
    : say(
        `第 ${k + 1} 轮让到 ${price['zh-CN']}：每次让得比上次少，买家能感到价格在收紧。`,
        `Round ${k + 1}: come down to ${price.en}; each concession is smaller than the last, so the buyer feels the price tightening.`,
      );
  return offerPrice(state, terms, priceC, isFinal, explain);
}

function bundleMove(state: HaggleState, terms: HaggleTerms): HaggleDecision | undefined {
  if (!terms.bundleOffer) return undefined;
  const qty = String(terms.bundleOffer.qty);
  return {
    move: 'bundle',
    scriptGroup: 'playbook.free_shipping_bundle',
    values: { bundle_qty: qty },
    why: say(
      `不要直接答应包邮，把要求变成选择：拍 ${qty} 件就包邮。`,
      `Don't simply give in on shipping: turn the demand into a choice, free shipping on ${qty} items.`,
    ),
    state,
  };
}

function giftMove(state: HaggleState, terms: HaggleTerms): HaggleDecision {
  return {
    move: 'membership_gift',
    scriptGroup: 'playbook.gift_membership',
    values: { membership_gift: terms.membershipGift },
    why: say(
      '赠品对每位买家都一样，不单独加送；引导买家入会领取会员礼。',
      'Gifts are the same for every buyer, so none is added for one; point to the membership gift instead.',
    ),
    state,
  };
}

/** The seller's next move in a price conversation, with the state to store for the next turn. */
export function nextHaggleMove(stored: HaggleState, input: HaggleInput): HaggleDecision {
  validate(input);
  const state = haggleStateSchema.parse(stored);
  if (state.settled !== undefined) {
    // The deal is done: repeat it rather than reopening the price.
    return accept(state, input.settings, state.settled, toCents(state.settled));
  }
  if (input.situation === 'gift') return giftMove(state, input.settings);
  if (input.situation === 'free_shipping') {
    const bundle = bundleMove(state, input.settings);
    if (bundle) return bundle;
  }
  const turn: HaggleState = {
    ...state,
    style: decideStyle(state, input),
    rounds: state.rounds + 1,
    buyerOffers: input.buyerOffer === undefined ? state.buyerOffers : [...state.buyerOffers, input.buyerOffer],
  };
  if (turn.style === 'decisive') return decisiveMove(turn, input);
  if (turn.style === 'keen') return keenMove(turn, input);
  return {
    move: 'invite_offer',
    scriptGroup: 'playbook.haggle_invite_offer',
    values: {},
    why: say(
      '还看不出买家的风格：先请对方说个心理价，再决定是快速成交还是逐步让价。',
      "The buyer's style is not clear yet: ask for their price first, then decide between a quick close and gradual concessions.",
    ),
    state: turn,
  };
}
