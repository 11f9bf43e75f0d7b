/**
 * Haggling, decided from the whole conversation. The seller's prices leave a little room so
 * the buyer can win something, and the room is spent deliberately:
 * - an offer at or above the floor is accepted at once, and so is a buyer taking the price on
 *   the table ("好吧那就这个价", "ok deal");
 * - a decisive buyer gets free shipping first (only where shipping is not already free), then
 *   one final price, then a polite firm line;
 * - a keen haggler is asked to name a number, then the seller converges over `maxRounds`
 *   offers, each concession no larger than the one before and the last one landing on the
 *   floor, so the final price is always actually offered; the final offer and the deal close
 *   with a small request so the price feels earned;
 * - a VIP or returning customer gets the returning-customer price at once, not the ladder;
 * - demands become choices: free shipping on a bundle, the membership gift instead of a gift;
 * - every deal closes the way the marketplace works: on Chinese marketplaces the buyer places
 *   the order without paying, the seller changes the price, then the buyer pays; elsewhere the
 *   seller sets the price up and then tells the buyer to check out.
 * Nothing is remembered between messages: the prices named so far are read back from the chat
 * (lib/playbooks/haggle-offers.ts), so the sidebar and `npm run advise` decide alike.
 * The floor shapes every number but is never written into a reply or an explanation.
 * Amounts are handled in whole cents so rounding can never slip under the floor.
 */
import type { ChatLine, ConversationFacts, Playbook, PlaybookVerdict } from '../advise/types';
import type { Localized } from '../i18n/localized';
import type { PlaybookGroup } from '../scripts/script-types';
import { formatMoney, type Currency } from '../settings/currency';
import { resolveHaggleTerms, HaggleTermsError, type HaggleTerms } from '../settings/shop-policy';
import { readBuyerMove, readSellerMove, type BuyerPriceMove } from './haggle-offers';
import type { PlaybookValues } from './playbook-values';

export { readBuyerMove, readSellerMove, type BuyerPriceMove } from './haggle-offers';

export type HaggleMove =
  | 'free_shipping_first'
  | 'invite_offer'
  | 'counter'
  | 'final'
  | 'accept'
  | 'hold_line'
  | 'bundle'
  | 'membership_gift'
  | 'vip_price'
  | 'shipping_included';

/** What the chat says about the price before the buyer's latest message. */
export interface HaggleHistory {
  /** Prices the seller named below the list, in order, each lower than the one before. */
  sellerOffers: number[];
  /** Per-item prices the buyer named, in order. */
  buyerOffers: number[];
  /** Buyer messages about the price (offers and plain "cheaper?"). */
  buyerTurns: number;
  freeShippingOffered: boolean;
  /** The price the seller agreed to, once a deal was struck. */
  settled?: number;
  /** Items the buyer priced together ("两件100"); 1 otherwise. */
  quantity: number;
}

export interface HaggleInput {
  terms: HaggleTerms;
  history: HaggleHistory;
  /** What the buyer's latest message does to the price. */
  move: BuyerPriceMove | undefined;
  situation: 'haggle' | 'free_shipping' | 'gift';
  /** VIP or a returning customer (VIP level > 0, or two orders or more). */
  loyal: boolean;
  currency: Currency;
  /** How a deal closes on this marketplace (order_then_change unless said otherwise). */
  closing?: 'order_then_change' | 'checkout';
}

export interface HaggleDecision {
  move: HaggleMove;
  /** The per-item price this reply names (the agreed price for accept). */
  price?: number;
  quantity: number;
  scriptGroup: PlaybookGroup;
  values: PlaybookValues;
  why: Localized;
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

/**
 * Marketplaces where the seller can change an order's price before it is paid, so a deal
 * closes with "order without paying, I change the price, then pay". Elsewhere (Shopee, Amazon,
 * eBay, Etsy, Shopify) the seller sets the price up first and the buyer then checks out.
 */
const ORDER_THEN_CHANGE: ReadonlySet<string> = new Set(['pinduoduo', 'douyin', 'jd', 'taobao', 'weidian', '1688', 'other']);
const CHECKOUT_GROUPS: Partial<Record<PlaybookGroup, PlaybookGroup>> = {
  'playbook.haggle_accept': 'playbook.haggle_accept_checkout',
  'playbook.haggle_final': 'playbook.haggle_final_checkout',
  'playbook.haggle_hold_line': 'playbook.haggle_hold_line_checkout',
  'playbook.haggle_vip': 'playbook.haggle_vip_checkout',
};

const toCents = (amount: number) => Math.round(amount * 100);
const toUnits = (cents: number) => cents / 100;
const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** Round concessions to whole units when the room allows, so offers read like real prices. */
export function stepFor(roomCents: number): number {
  if (roomCents >= 500) return 100;
  if (roomCents >= 50) return 10;
  return 1;
}

const roundTo = (cents: number, step: number) => Math.round(cents / step) * step;
const ceilTo = (cents: number, step: number) => Math.ceil(cents / step - 1e-9) * step;

/**
 * The next concession of the ladder: about 2/(r+1) of what is left with r rounds to go (so the
 * steps shrink like r, r-1, ... 1), never less than the remaining room split evenly (so the
 * last round lands on the floor instead of rounding down to nothing), never more than the last
 * concession actually made (the buyer feels the price tightening), and the whole rest in the
 * last round.
 */
export function nextConcession(remainingC: number, roundsLeft: number, lastConcessionC: number, stepC: number): number {
  if (remainingC <= 0) return 0;
  if (roundsLeft <= 1) return remainingC;
  const ideal = roundTo((remainingC * 2) / (roundsLeft + 1), stepC);
  const needed = ceilTo(remainingC / roundsLeft, stepC);
  const c = Math.min(Math.max(ideal, needed, stepC), lastConcessionC);
  return Math.min(Math.max(c, 1), remainingC);
}

/** The whole ladder from the list price down to the floor, as the prices offered each round. */
export function ladderPrices(listC: number, floorC: number, rounds: number): number[] {
  const step = stepFor(listC - floorC);
  const prices: number[] = [];
  let standing = listC;
  let last = Number.POSITIVE_INFINITY;
  for (let k = 0; k < rounds && standing > floorC; k += 1) {
    const c = nextConcession(standing - floorC, rounds - k, last, step);
    standing -= c;
    last = c;
    prices.push(standing);
  }
  return prices;
}

function validate(terms: HaggleTerms): void {
  if (!(terms.listPrice > 0) || !(terms.floorPrice >= 0) || terms.floorPrice > terms.listPrice) {
    throw new HaggleInputError({
      'zh-CN': '议价设置无效：标价须大于 0，底价须在 0 与标价之间',
      en: 'Invalid haggle settings: the list price must be above 0 and the floor between 0 and the list price',
    });
  }
  if (!Number.isInteger(terms.maxRounds) || terms.maxRounds < 1) {
    throw new HaggleInputError({
      'zh-CN': '议价设置无效：最多轮数须为不小于 1 的整数',
      en: 'Invalid haggle settings: the maximum number of rounds must be a whole number of 1 or more',
    });
  }
}

/** Reads the prices named before the latest buyer message. */
export function readHaggleHistory(messages: readonly ChatLine[], terms: HaggleTerms): HaggleHistory {
  const history: HaggleHistory = { sellerOffers: [], buyerOffers: [], buyerTurns: 0, freeShippingOffered: false, quantity: 1 };
  const list = terms.listPrice;
  const standing = () => history.sellerOffers.at(-1) ?? list;
  for (const m of messages) {
    if (m.from === 'seller') {
      const s = readSellerMove(m.text, { list });
      if (s.freeShipping) history.freeShippingOffered = true;
      if (s.price !== undefined && s.price < standing()) history.sellerOffers.push(s.price);
      if (s.settled) history.settled = s.price ?? history.buyerOffers.at(-1) ?? standing();
      continue;
    }
    const b = readBuyerMove(m.text, { standing: standing(), list, ongoing: history.buyerTurns > 0 || history.sellerOffers.length > 0 });
    if (!b) continue;
    if (b.kind === 'offer') {
      history.buyerOffers.push(b.unitPrice);
      history.quantity = b.quantity;
      history.buyerTurns += 1;
    } else if (b.kind === 'ask') {
      history.buyerTurns += 1;
    }
  }
  return history;
}

interface Prices {
  listC: number;
  /** The floor plus the shipping the seller already gave away. */
  floorC: number;
  /** The price currently on the table. */
  standingC: number;
  lastConcessionC: number;
  stepC: number;
}

function pricesOf(history: HaggleHistory, terms: HaggleTerms): Prices {
  const listC = toCents(terms.listPrice);
  const shippingC = history.freeShippingOffered ? toCents(terms.freeShippingCost) : 0;
  const offers = history.sellerOffers.map(toCents);
  // A price once named is never taken back, whatever was given on shipping afterwards.
  const standingC = offers.at(-1) ?? listC;
  const floorC = Math.min(standingC, Math.ceil(terms.floorPrice * 100 - 1e-6) + shippingC);
  const previousC = offers.length > 1 ? offers.at(-2)! : listC;
  const lastConcessionC = offers.length > 0 ? previousC - offers.at(-1)! : Number.POSITIVE_INFINITY;
  return { listC, floorC, standingC, lastConcessionC, stepC: stepFor(listC - floorC) };
}

class Speaker {
  constructor(
    private readonly input: HaggleInput,
    readonly quantity: number,
  ) {}

  /** The price as the reply writes it: per item, or the total for the items priced together. */
  price(unitC: number): Localized {
    const unit = toUnits(unitC);
    if (this.quantity <= 1) return formatMoney(unit, this.input.currency);
    const total = formatMoney(unit * this.quantity, this.input.currency);
    return say(`${this.quantity}件共${total['zh-CN']}`, `${total.en} for ${this.quantity}`);
  }

  /** The way this marketplace closes a deal, as the explanation says it. */
  get close(): Localized {
    return this.input.closing === 'checkout'
      ? say('把价格设置好后通知买家下单', 'set the price up, then tell the buyer to check out')
      : say('请买家先拍下不付款，改好价再付', 'they order without paying, we change the price, then they pay');
  }

  decision(move: HaggleMove, group: PlaybookGroup, why: Localized, unitC?: number, values: PlaybookValues = {}): HaggleDecision {
    const scriptGroup = this.input.closing === 'checkout' ? (CHECKOUT_GROUPS[group] ?? group) : group;
    return {
      move,
      ...(unitC !== undefined ? { price: toUnits(unitC) } : {}),
      quantity: this.quantity,
      scriptGroup,
      values: { ...(unitC !== undefined ? { next_price: this.price(unitC) } : {}), ...values },
      why,
    };
  }
}

function accept(s: Speaker, input: HaggleInput, unitC: number, why: Localized): HaggleDecision {
  return s.decision('accept', 'playbook.haggle_accept', why, unitC, { small_request: input.terms.smallRequest });
}

function holdLine(s: Speaker, standingC: number): HaggleDecision {
  const p = s.price(standingC);
  return s.decision(
    'hold_line',
    'playbook.haggle_hold_line',
    say(
      `${p['zh-CN']} 已经是给出的最终价，礼貌地守住：一再压价的买家最容易在售后出问题，让步太多只会带来更多要求。`,
      `${p.en} was the final price; hold it politely: buyers who extract concession after concession are the likeliest after-sales trouble.`,
    ),
    standingC,
  );
}

function offerFinal(s: Speaker, input: HaggleInput, priceC: number, why: Localized): HaggleDecision {
  return s.decision('final', 'playbook.haggle_final', why, priceC, { small_request: input.terms.smallRequest });
}

function decideStyle(input: HaggleInput, offerC: number | undefined): 'decisive' | 'keen' | 'unknown' {
  const { terms, history } = input;
  if (terms.buyerStyle !== 'auto') return terms.buyerStyle;
  const first = history.buyerOffers[0] ?? (offerC !== undefined ? toUnits(offerC) : undefined);
  if (first !== undefined) return first >= terms.listPrice * DECISIVE_OFFER_SHARE ? 'decisive' : 'keen';
  // Asked once for a number and still none: this buyer wants a quick answer, not a game.
  return history.buyerTurns >= 1 ? 'decisive' : 'unknown';
}

function priceMove(input: HaggleInput, s: Speaker): HaggleDecision {
  const { terms, history, move } = input;
  const p = pricesOf(history, terms);
  const offerC = move?.kind === 'offer' ? toCents(move.unitPrice) : undefined;

  if (history.settled !== undefined) {
    const settledC = toCents(history.settled);
    return accept(
      s,
      input,
      settledC,
      say(
        `价格已经谈妥（${s.price(settledC)['zh-CN']}），不再重开议价：${s.close['zh-CN']}。`,
        `The price is already agreed (${s.price(settledC).en}); don't reopen it: ${s.close.en}.`,
      ),
    );
  }
  if (move?.kind === 'accept' && (history.sellerOffers.length > 0 || history.freeShippingOffered)) {
    return accept(
      s,
      input,
      p.standingC,
      say(
        `买家接受了 ${s.price(p.standingC)['zh-CN']}：立即成交，${s.close['zh-CN']}，顺带一个小请求。`,
        `The buyer takes ${s.price(p.standingC).en}: close now; ${s.close.en}; add a small request.`,
      ),
    );
  }
  if (offerC !== undefined && offerC >= p.floorC) {
    const dealC = Math.min(offerC, p.standingC);
    return accept(
      s,
      input,
      dealC,
      say(
        `买家出价 ${s.price(offerC)['zh-CN']} 不低于底价：马上成交，别再拉锯；${s.close['zh-CN']}。`,
        `The buyer's ${s.price(offerC).en} is at or above the floor: accept at once; ${s.close.en}.`,
      ),
    );
  }
  if (p.standingC <= p.floorC) return holdLine(s, p.standingC);

  if (input.loyal) {
    if (history.sellerOffers.length > 0) return holdLine(s, p.standingC);
    const vipC = Math.max(p.floorC, ceilTo(p.listC * (1 - terms.vipDiscountPercent / 100), p.stepC));
    if (vipC >= p.listC) return holdLine(s, p.listC);
    return s.decision(
      'vip_price',
      'playbook.haggle_vip',
      say(
        `老顾客/会员：不走议价流程，直接给老客价 ${s.price(vipC)['zh-CN']}，感谢回购。`,
        `A returning customer or VIP: skip the haggling and give the returning-customer price, ${s.price(vipC).en}, with thanks.`,
      ),
      vipC,
    );
  }

  const style = decideStyle(input, offerC);
  if (style === 'unknown' || (style === 'keen' && offerC === undefined && history.buyerOffers.length === 0 && history.sellerOffers.length === 0)) {
    return s.decision(
      'invite_offer',
      'playbook.haggle_invite_offer',
      style === 'unknown'
        ? say(
            '还看不出买家的风格：先请对方说个心理价，再决定是快速成交还是逐步让价。',
            "The buyer's style is not clear yet: ask for their price first, then decide between a quick close and gradual concessions.",
          )
        : say(
            '先请买家说出心理价位，知道对方的预期再决定让多少。',
            'Ask the buyer to name their price first, so the concessions can be sized to what they expect.',
          ),
    );
  }

  if (style === 'decisive') {
    if (!history.freeShippingOffered && history.sellerOffers.length === 0 && terms.freeShippingCost > 0) {
      const list = s.price(p.listC);
      return s.decision(
        'free_shipping_first',
        'playbook.haggle_free_shipping_first',
        say(
          `买家爽快，一两轮就该谈妥：先送包邮，价格保持 ${list['zh-CN']}；还要再谈就给一次最终价。`,
          `A decisive buyer should be settled in one or two rounds: offer free shipping first and keep ${list.en}; if they push again, give one final price.`,
        ),
        undefined,
        { list_price: list },
      );
    }
    if (history.sellerOffers.length > 0) return holdLine(s, p.standingC);
    const room = p.listC - p.floorC;
    const priceC = Math.max(p.floorC, p.listC - Math.max(p.stepC, roundTo(room * DECISIVE_CONCESSION_SHARE, p.stepC)));
    return offerFinal(
      s,
      input,
      priceC,
      say(
        `爽快的买家不必来回拉锯：直接给一次最终价 ${s.price(priceC)['zh-CN']}，附一个小请求。`,
        `No need to drag it out with a decisive buyer: give one final price, ${s.price(priceC).en}, with a small request.`,
      ),
    );
  }

  // Keen: the next rung of the ladder.
  const k = history.sellerOffers.length;
  const roundsLeft = Math.max(1, terms.maxRounds - k);
  const concession = nextConcession(p.standingC - p.floorC, roundsLeft, p.lastConcessionC, p.stepC);
  const priceC = Math.max(p.floorC, p.standingC - concession);
  if (priceC <= p.floorC) {
    return offerFinal(
      s,
      input,
      p.floorC,
      say(
        `第 ${k + 1} 轮，也是最后一轮：${s.price(p.floorC)['zh-CN']} 是最终价，附上一个小请求，让买家觉得这个价是自己争取来的。`,
        `Round ${k + 1}, the last: ${s.price(p.floorC).en} is the final price; add a small request so the price feels earned.`,
      ),
    );
  }
  return s.decision(
    'counter',
    'playbook.haggle_counter',
    say(
      `第 ${k + 1} 轮让到 ${s.price(priceC)['zh-CN']}（共 ${terms.maxRounds} 轮）：每次让得比上次少，买家能感到价格在收紧。`,
      `Round ${k + 1} of ${terms.maxRounds}: come down to ${s.price(priceC).en}; each concession is smaller than the last, so the buyer feels the price tightening.`,
    ),
    priceC,
  );
}

/** The seller's next move in a price conversation. */
export function decideHaggle(input: HaggleInput): HaggleDecision {
  const quantity = input.move?.kind === 'offer' ? input.move.quantity : input.history.quantity;
  const s = new Speaker(input, quantity);
  const { terms } = input;
  if (input.situation === 'gift') {
    return s.decision(
      'membership_gift',
      'playbook.gift_membership',
      say(
        '赠品对每位买家都一样，不单独加送；引导买家入会领取会员礼。',
        'Gifts are the same for every buyer, so none is added for one; point to the membership gift instead.',
      ),
      undefined,
      { membership_gift: terms.membershipGift },
    );
  }
  if (input.situation === 'free_shipping' && input.move?.kind !== 'offer') {
    if (terms.freeShippingCost <= 0) {
      return s.decision(
        'shipping_included',
        'playbook.free_shipping_included',
        say('这款本来就包邮：直接告诉买家，不需要让步。', 'Shipping is already free on this item: say so; there is nothing to concede.'),
      );
    }
    if (terms.bundleOffer) {
      const qty = String(terms.bundleOffer.qty);
      return s.decision(
        'bundle',
        'playbook.free_shipping_bundle',
        say(
          `不要直接答应包邮，把要求变成选择：拍 ${qty} 件就包邮。`,
          `Don't simply give in on shipping: turn the demand into a choice, free shipping on ${qty} items.`,
        ),
        undefined,
        { bundle_qty: qty },
      );
    }
  }
  // Gifts and shipping need no price; everything below does.
  validate(input.terms);
  return priceMove(input, s);
}

const HAGGLE_SITUATIONS = new Set(['haggle', 'free_shipping', 'gift']);
/** A situation listed below this score is a hint, not what the message is about. */
const MAIN_EVIDENCE = 0.3;
const PAID = new Set(['paid', 'shipped', 'delivered', 'reviewed', 'return_open', 'return_closed']);

const DECISION_IDS: Record<HaggleMove, string> = {
  accept: 'accept',
  counter: 'counter',
  final: 'final',
  hold_line: 'hold',
  invite_offer: 'ask_offer',
  free_shipping_first: 'free_shipping',
  bundle: 'bundle',
  membership_gift: 'gift_membership',
  vip_price: 'vip_price',
  shipping_included: 'shipping_included',
};

function chipsOf(history: HaggleHistory, move: BuyerPriceMove | undefined, currency: Currency): Localized[] {
  const chips: Localized[] = [];
  const buyer = [...history.buyerOffers, ...(move?.kind === 'offer' ? [move.unitPrice] : [])];
  const amount = (n: number) => formatMoney(n, currency).en.replace(/^¥/, '');
  if (buyer.length > 0) {
    const list = buyer.map(amount).join(' → ');
    chips.push(say(`买家出价 ${list}`, `Buyer offered ${list}`));
  }
  if (history.sellerOffers.length > 0) {
    const list = history.sellerOffers.map(amount).join(' → ');
    chips.push(say(`已让到 ${list}`, `We offered ${list}`));
  }
  return chips;
}

export const hagglePlaybook: Playbook = {
  id: 'haggle',
  decide(c: ConversationFacts): PlaybookVerdict | null {
    const main = c.classification.situations[0];
    const text = c.messages[c.lastBuyerIndex]?.text ?? '';
    const list = c.product?.price;
    const mainIsHaggle = !!main && HAGGLE_SITUATIONS.has(main.id) && main.score >= MAIN_EVIDENCE;
    let terms: HaggleTerms;
    let noPrice: Localized | undefined;
    try {
      terms = resolveHaggleTerms(c.settings.policy.haggle, {
        key: c.product?.key ?? c.product?.title,
        ...(list !== undefined ? { listPrice: list } : {}),
        ...(c.product?.floorPrice !== undefined ? { floorPrice: c.product.floorPrice } : {}),
      });
    } catch (error) {
      if (!(error instanceof HaggleTermsError) || !mainIsHaggle) return null;
      // A gift or a shipping question can still be answered; a price cannot.
      noPrice = error.reason;
      terms = { ...resolveHaggleTerms(c.settings.policy.haggle, { listPrice: 1 }), listPrice: Number.NaN, floorPrice: Number.NaN };
    }
    const needsPrice = (): PlaybookVerdict => ({
      id: 'haggle',
      advice: noPrice ?? say('没有这件商品的标价。', 'There is no list price for this item.'),
      decision: 'ask_offer',
      replyGroups: ['playbook.haggle_invite_offer'],
      values: {},
      tasks: [],
      needs: 'list_price',
    });
    if (noPrice && main!.id === 'haggle') return needsPrice();
    const before = c.messages.slice(0, Math.max(0, c.lastBuyerIndex));
    const history = noPrice ? readHaggleHistory([], terms) : readHaggleHistory(before, terms);
    const standing = history.sellerOffers.at(-1) ?? terms.listPrice;
    const ongoing = history.sellerOffers.length > 0 || history.buyerTurns > 0 || history.freeShippingOffered;
    const move = readBuyerMove(text, { standing, list: terms.listPrice, ongoing });
    const paid = c.order ? PAID.has(c.order.status) : false;
    // A price named in reply to a price, or "行吧" after our offer, continues the haggle even
    // when the message alone reads as something else ("少5块" also reads as a missing item).
    const onTable = history.sellerOffers.length > 0 || history.freeShippingOffered;
    const continues = !paid && (move?.kind === 'offer' || (move?.kind === 'accept' && onTable));
    // The seller's own pick of another situation outranks a negotiation read from the words.
    if (!mainIsHaggle && (!continues || c.situationChosen)) return null;
    if (move?.kind === 'decline') return null;
    const situation = mainIsHaggle ? (main.id as HaggleInput['situation']) : 'haggle';
    const loyal = !!c.customer && (c.customer.vipLevel > 0 || c.customer.orderCount >= 2);
    let d: HaggleDecision;
    try {
      const closing = ORDER_THEN_CHANGE.has(c.platform) ? 'order_then_change' : 'checkout';
      d = decideHaggle({ terms, history, move: noPrice ? undefined : move, situation, loyal, currency: c.currency, closing });
    } catch (error) {
      // Free shipping asked with no price and no bundle deal: nothing for the ladder to decide.
      if (noPrice && error instanceof HaggleInputError) return situation === 'haggle' ? needsPrice() : null;
      throw error;
    }
    return {
      id: 'haggle',
      advice: d.why,
      decision: DECISION_IDS[d.move],
      ...(d.price !== undefined ? { offer: Math.round(d.price * d.quantity * 100) / 100 } : {}),
      ...(d.quantity > 1 ? { quantity: d.quantity } : {}),
      accept: d.move === 'accept',
      replyGroups: [d.scriptGroup],
      values: d.values,
      tasks: [],
      chips: chipsOf(history, move, c.currency),
    };
  },
};
