/**
 * Reading prices out of a haggling chat. Buyers name offers in many forms ("52我就拍了",
 * "给个50", "少5块", "抹个零", "两件100", "打个九折", "can you do 40") and some of them only mean
 * something against the price on the table: "少5块" is five off the seller's last price, not 5.
 * Sellers' own messages are read for the prices they named and whether they gave free shipping.
 */
import { CHINESE_NUMBER_CHARS, parseChineseNumber } from '../situations/chinese-numerals';

export type BuyerPriceMove =
  /** A price the buyer would pay: per item, and in total for `quantity` items. */
  | { kind: 'offer'; unitPrice: number; quantity: number; total: number }
  /** Takes the price on the table ("好吧那就这个价", "ok deal"). */
  | { kind: 'accept' }
  /** Wants it cheaper but names no number ("便宜点", "any discount?"). */
  | { kind: 'ask' }
  /** Gives up ("算了", "太贵了不要了"). */
  | { kind: 'decline' };

export interface PriceContext {
  /** The price on the table: the seller's last offer, else the list price. */
  standing: number;
  list: number;
  /** A haggle is under way: a short message with a bare price ("45真的不行吗") is an offer. */
  ongoing?: boolean;
}

const N = `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMBER_CHARS}]+)`;
const UNIT = '(?:块钱|块|元|rmb|yuan|刀|米(?![a-z]))?';
const MONEY_SIGN = '(?:¥|￥|\\$|s\\$|rm|us\\$)?';
const ITEM = '(?:件|个|套|双|盒|条|瓶|包|只|支|份|箱|袋|斤|pcs|pieces|items|units)';

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function num(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const value = parseChineseNumber(raw);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** "九折" 0.9, "八五折" 0.85, "9.5折" 0.95, "85折" 0.85. */
const ZHE = new RegExp(`(\\d{1,2}(?:\\.\\d)?|[一二三四五六七八九]{1,2})\\s*折`);
const PERCENT_OFF = /(\d{1,2})\s*%\s*(?:off|discount)/;
const RELATIVE = new RegExp(`(?:少|便宜|减|优惠|降|让|再少|再便宜)\\s*(?:个|点|了)?\\s*${MONEY_SIGN}\\s*${N}\\s*(?:块钱|块|元|rmb|刀)`);
const RELATIVE_BARE = new RegExp(`^(?:再)?(?:少|便宜|减|让)\\s*(?:个)?\\s*${N}\\s*(?:吧|呗|呀|啊|嘛)?[?？!！。~～]*$`);
const EN_RELATIVE = /(?:knock|take)\s*(?:off)?\s*(?:rm|\$|s\$)?\s*(\d+(?:\.\d+)?)\s*(?:off)?|(?:rm|\$|s\$)?\s*(\d+(?:\.\d+)?)\s*(?:dollars?|bucks?|ringgit)?\s*(?:off|less|cheaper)/;
const ROUND_DOWN = /抹(?:个|掉|一下|了)?零|去(?:掉|个)?零头|零头(?:去|抹|不要)|round (?:it )?down/;
const BUNDLE = new RegExp(`${N}\\s*${ITEM}\\s*(?:一共|总共|共|一起)?\\s*${MONEY_SIGN}\\s*${N}\\s*${UNIT}`);
const EN_BUNDLE = /\b(two|three|four|five|\d+)\s*(?:items?|pieces?|pcs|of them|units)?\s*for\s*(?:rm|\$|s\$)?\s*(\d+(?:\.\d+)?)/;
const EN_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** A number followed or preceded by words that make it an offer. */
const ABSOLUTE = [
  new RegExp(`${MONEY_SIGN}\\s*${N}\\s*${UNIT}\\s*(?:的话)?\\s*(?:我就|就|我)?\\s*(?:拍了|拍|买了|买|要了|要|下单|拿了|拿)`),
  new RegExp(`(?:给个|给|算|就|那就|能不能|能否|可不可以|可以|能|收你|卖我|卖)\\s*${MONEY_SIGN}\\s*${N}\\s*${UNIT}`),
  new RegExp(`${MONEY_SIGN}\\s*${N}\\s*${UNIT}\\s*(?:吧|呗|好了|得了|行不行|行吗|行不|可以吗|可以不|可不可以|成不成|成吗|卖不卖|卖吗|卖么|出不出|出吗|走不走|包邮|怎么样|咋样|ok|好不好|如何)`),
  new RegExp(`^${MONEY_SIGN}\\s*${N}\\s*${UNIT}\\s*(?:呢|吧|啊|呀|嘛|咋样|如何)?\\s*[?？!！。~～]*$`),
  /(?:can you do|could you do|would you take|will you take|can i get it for|how about|would you accept|accept|take|do it for|sell (?:it )?for|let it go for|make it)\s*(?:rm|\$|s\$|us\$)?\s*(\d+(?:\.\d+)?)/,
  /(?:rm|\$|s\$)\s*(\d+(?:\.\d+)?)\s*(?:ok|okay|fine|\?|deal)/,
];

const ACCEPT =
  /(?:就这个价|就按这个|那就这样|就这样吧|成交|那我拍了|我去拍|我拍了|拍了|我下单|下单了|马上拍|这就拍|好吧|行吧|那行|可以吧|^好的?[!！。~～]*$|^行[!！。~～]*$|^可以[!！。~～]*$|^ok[!！. ]*$|^okay|\bdeal\b|i'?ll take it|sounds good|fine,? i'?ll|alright then|ok then)/;
const BARE_NUMBER = new RegExp(`(?<![\\d.])${MONEY_SIGN}\\s*(\\d+(?:\\.\\d+)?)\\s*${UNIT}(?![\\d.]|\\s*(?:件|个|天|号|码|斤|cm|kg))`);
const STRONG_ACCEPT = /(?:就这个价|就按这个|成交|拍了|下单|马上拍|这就拍|\bdeal\b|i'?ll take it)/;
const DECLINE = /(?:算了|不要了|不买了|太贵了|再看看|再考虑|no thanks|never ?mind|too expensive|i'?ll pass)/;
const NEGATED = /(?:不行|不好|不可以|不要|不拍|不买|别|贵|\bno\b|\bnot\b|can'?t|won'?t)/;
const ASK =
  /(?:便宜|优惠|少点|少一点|最低|打折|折扣|能少|让点|让一点|降点|抹零|包邮|discount|cheaper|lower|best price|lowest|deal\?|any offer|coupon)/;

function plausible(price: number, ctx: PriceContext, quantity = 1): boolean {
  // A price for one item far above the list or a tiny fraction of it is a size, a date or a count.
  return price > 0 && price <= ctx.list * quantity * 1.2 && price >= ctx.list * quantity * 0.15;
}

function offer(unitPrice: number, quantity = 1): BuyerPriceMove {
  const unit = round2(unitPrice);
  return { kind: 'offer', unitPrice: unit, quantity, total: round2(unit * quantity) };
}

/** What a buyer's message does to the price, or undefined when it is not about the price. */
export function readBuyerMove(raw: string, ctx: PriceContext): BuyerPriceMove | undefined {
  const text = normalise(raw);
  if (!text) return undefined;

  const bundle = BUNDLE.exec(text);
  if (bundle) {
    const qty = num(bundle[1]);
    const total = num(bundle[2]);
    if (qty && total && qty >= 2 && qty <= 50 && Number.isInteger(qty) && plausible(total, ctx, qty)) return offer(total / qty, qty);
  }
  const enBundle = EN_BUNDLE.exec(text);
  if (enBundle) {
    const qty = EN_WORDS[enBundle[1]!] ?? Number(enBundle[1]);
    const total = Number(enBundle[2]);
    if (qty >= 2 && qty <= 50 && plausible(total, ctx, qty)) return offer(total / qty, qty);
  }

  const zhe = ZHE.exec(text);
  if (zhe) {
    const v = num(zhe[1]);
    if (v !== undefined) {
      const factor = v < 10 ? v / 10 : v / 100;
      if (factor > 0.3 && factor < 1) return offer(ctx.list * factor);
    }
  }
  const pct = PERCENT_OFF.exec(text);
  if (pct) {
    const p = Number(pct[1]);
    if (p > 0 && p < 70) return offer(ctx.list * (1 - p / 100));
  }

  if (ROUND_DOWN.test(text)) {
    const s = ctx.standing;
    // Drop the odd units: 58 → 50, 128 → 120, 59.9 → 59; a round price is already "rounded".
    const rounded = s % 1 !== 0 ? Math.floor(s) : s >= 20 ? Math.floor(s / 10) * 10 : s;
    return offer(rounded);
  }

  const relative = RELATIVE.exec(text) ?? RELATIVE_BARE.exec(text);
  if (relative) {
    const off = num(relative[1]);
    if (off !== undefined && off < ctx.standing * 0.6) return offer(ctx.standing - off);
  }
  const enRelative = EN_RELATIVE.exec(text);
  if (enRelative) {
    const off = Number(enRelative[1] ?? enRelative[2]);
    if (off > 0 && off < ctx.standing * 0.6) return offer(ctx.standing - off);
  }

  for (const pattern of ABSOLUTE) {
    const m = pattern.exec(text);
    const value = num(m?.[1]);
    if (value !== undefined && plausible(value, ctx)) return offer(value);
  }

  if (ctx.ongoing && text.length <= 16) {
    const bare = BARE_NUMBER.exec(text);
    const value = num(bare?.[1]);
    if (value !== undefined && plausible(value, ctx)) return offer(value);
  }

  if (DECLINE.test(text)) return { kind: 'decline' };
  const accepts = ACCEPT.test(text) && !NEGATED.test(text);
  // "好吧，能再便宜点吗" asks for more; "好吧那就这个价" or "ok deal" takes the price.
  if (accepts && STRONG_ACCEPT.test(text)) return { kind: 'accept' };
  if (ASK.test(text)) return { kind: 'ask' };
  if (accepts) return { kind: 'accept' };
  return undefined;
}

export interface SellerPriceMove {
  /** The lowest price below the list the seller named. */
  price?: number;
  /** The seller agreed a price ("成交", "给您了", "deal"). */
  settled: boolean;
  /** The seller gave free shipping on this item (not "free on two"). */
  freeShipping: boolean;
}

const SELLER_AMOUNT = /(?:¥|￥|\$|s\$|rm|₱|฿|nt\$|r\$|€|£)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:元|块)/g;
/** Words of our own deal scripts; the final offer's "先拍下…改好价" is not a deal yet. */
const SELLER_SETTLED = /(?:成交|给您了|给你了|you'?ve got a deal|it'?s a deal|deal at)/;
/** Free shipping on the purchase; "来回运费我们出" is about returns and does not count. */
const SELLER_FREE_SHIPPING = /(?:包邮|免运费|cover the shipping|free shipping|shipping is on us for this order)/;
const NO_FREE_SHIPPING =
  /(?:不包邮|包不了邮|包邮(?:真的)?(?:做不到|不了|不行)|\d+\s*件(?:就)?包邮|[两三四五]件(?:就)?包邮|can'?t (?:offer|do) free shipping|free when you buy|free on \d|shipping is already free|already free)/;

export function readSellerMove(raw: string, ctx: { list: number }): SellerPriceMove {
  const text = normalise(raw);
  const prices: number[] = [];
  SELLER_AMOUNT.lastIndex = 0;
  for (let m = SELLER_AMOUNT.exec(text); m; m = SELLER_AMOUNT.exec(text)) {
    const v = Number(m[1] ?? m[2]);
    if (v > 0 && v < ctx.list && v >= ctx.list * 0.3) prices.push(v);
  }
  const price = prices.length > 0 ? Math.min(...prices) : undefined;
  return {
    ...(price !== undefined ? { price } : {}),
    settled: SELLER_SETTLED.test(text),
    freeShipping: SELLER_FREE_SHIPPING.test(text) && !NO_FREE_SHIPPING.test(text),
  };
}
