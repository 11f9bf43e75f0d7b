import { CHINESE_NUMBER_CHARS, parseChineseNumber } from './chinese-numerals';
import { normalizeMessage } from './normalize';

/** Facts a reply script can fill in, pulled from one buyer message. */
export interface Entities {
  amounts: number[];
  counterOffer?: number;
  quantity?: number;
  orderNumbers: string[];
  trackingNumbers: string[];
  sizes: string[];
  dates: string[];
  phones: string[];
}

const CN = `[${CHINESE_NUMBER_CHARS}]`;
const NUM = `(?:\\d+(?:\\.\\d+)?|${CN}+)`;

// Phones first, so their digits are not also read as orders or amounts.
const PHONE = /(?:\+?86[\s-]?)?(?<!\d)1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
// Couriers' prefixes followed by the waybill digits.
const TRACKING_PREFIXED = /\b(sf|yt|jd|jdv|zto|sto|yd|ems|jt|db|dpk)\s?(\d{9,15})\b/g;
// Pinduoduo order numbers look like 240101-123456789012345.
const PDD_ORDER = /(?<!\d)\d{6}-\d{12,16}(?!\d)/g;
const LONG_DIGITS = /(?<![\d-])\d{10,24}(?![\d-])/g;
const LOGISTICS_CONTEXT = /(快递|物流|单号|运单|顺丰|中通|圆通|韵达|申通|极兔|邮政|tracking|waybill|courier|shipment)/;
const ORDER_CONTEXT = /(订单|单号|order|purchase)/;

const AMOUNT = new RegExp(
  `(?:[¥￥$]\\s*(\\d+(?:\\.\\d+)?))|(?:(${NUM})\\s*(?:块钱|块|元|rmb|yuan|刀|米(?![a-z])))|(?:(\\d+(?:\\.\\d+)?)\\s*(?:卖不卖|卖吗|行不行|行吗|可以吗|出不出|包邮|拿))`,
  'g',
);
const OFFER = new RegExp(
  `(?:^|[那就给算])\\s*(${NUM})\\s*(?:块钱|块|元)?\\s*(?:吧|呗|好了|得了|$)|(${NUM})\\s*(?:块钱|块|元)?\\s*(?:卖不卖|卖吗|卖么|行不行|行吗|可以吗|可以不|成不成|成吗|出不出|出吗|走不走|拿了|包邮卖|能不能卖)|(?:would you take|will you take|accept|for)\\s*\\$?(\\d+(?:\\.\\d+)?)`,
);
const QUANTITY = new RegExp(`(${NUM})\\s*(?:件|个|套|双|盒|条|瓶|包|只|支|份|箱|袋|对|pcs|pieces|items)`);
const EN_QUANTITY = /\b(two|three|four|five|ten|\d+) (items|pieces|pairs|units|of them)\b/;
const EN_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };

const SIZES =
  /(?<![a-z0-9])(?:xxxl|xxl|xl|[2-6]xl|xs)(?![a-z0-9])|(?<=size\s?|[\u4e00-\u9fff]\s?)[sml](?![a-z0-9'])|\d{2,3}\s*(?:斤|kg|公斤)|\d{2}(?:\.5)?\s*码|\d{3}\s*cm|\d{2,3}\s*(?:号|码)(?=[\s,，。的]|$)/g;

const DATES = new RegExp(
  `\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:\\d{1,2}|${CN}{1,3})月(?:\\d{1,2}|${CN}{1,3})[日号]|(?<![\\d月])\\d{1,2}[号日](?![\\d码])|今天|明天|后天|大后天|昨天|前天|今晚|明早|周[一二三四五六日天]|星期[一二三四五六日天]|下周[一二三四五六日天]?|\\b(?:today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
  'g',
);

export function extractEntities(text: string): Entities {
  return extractFromNormalized(normalizeMessage(text));
}

/** Works on text already passed through normalizeMessage (classify reuses its copy). */
export function extractFromNormalized(text: string): Entities {
  const phones: string[] = [];
  let rest = text.replace(PHONE, (m) => {
    phones.push(m.replace(/[\s-]/g, '').replace(/^\+?86/, ''));
    return ' ';
  });

  const trackingNumbers: string[] = [];
  rest = rest.replace(TRACKING_PREFIXED, (m, prefix: string, digits: string) => {
    trackingNumbers.push(`${prefix.toUpperCase()}${digits}`);
    return ' ';
  });

  const orderNumbers: string[] = [];
  rest = rest.replace(PDD_ORDER, (m) => {
    orderNumbers.push(m);
    return ' ';
  });
  const logistics = LOGISTICS_CONTEXT.test(text);
  const orderish = ORDER_CONTEXT.test(text);
  rest = rest.replace(LONG_DIGITS, (m, offset: number) => {
    // A long digit run is a waybill when the words around it talk about delivery and not
    // about an order; otherwise marketplaces' order ids are the likelier reading.
    const before = rest.slice(Math.max(0, offset - 8), offset);
    const saysOrder = /(订单|order|purchase)/.test(before);
    const saysWaybill = /(快递|物流|单号|运单|tracking|waybill)/.test(before) && !/订单/.test(before);
    if (saysWaybill || (logistics && !orderish && !saysOrder)) trackingNumbers.push(m);
    else orderNumbers.push(m);
    return ' ';
  });

  const amounts: number[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(rest); m; m = AMOUNT.exec(rest)) {
    const value = parseChineseNumber(m[1] ?? m[2] ?? m[3] ?? '');
    if (value !== undefined && value > 0) amounts.push(value);
  }

  const entities: Entities = {
    amounts,
    orderNumbers,
    trackingNumbers,
    sizes: collect(SIZES, rest).map((s) => s.replace(/\s+/g, '').toUpperCase()),
    dates: collect(DATES, rest),
    phones,
  };

  const offer = OFFER.exec(rest);
  if (offer) {
    const value = parseChineseNumber(offer[1] ?? offer[2] ?? offer[3] ?? '');
    if (value !== undefined && value > 0) {
      entities.counterOffer = value;
      if (!amounts.includes(value)) amounts.push(value);
    }
  }
  const qty = QUANTITY.exec(rest);
  if (qty) {
    const value = parseChineseNumber(qty[1] ?? '');
    if (value !== undefined && value > 0 && value < 10000) entities.quantity = value;
  } else {
    const en = EN_QUANTITY.exec(rest);
    if (en) entities.quantity = EN_NUMBERS[en[1] ?? ''] ?? Number(en[1]);
  }
  return entities;
}

function collect(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}
