/**
 * Order and tracking numbers in pasted text. Formats recognised without a label:
 *  - Pinduoduo orders: 6 digits (date) + '-' + 15 digits, e.g. 241105-583920174639201
 *  - Taobao/Tmall orders: 18–19 digits; Amazon orders: 3-7-7 digits
 *  - SF Express: SF + 12–13 digits; YTO: YT + 13 digits; JD: JDX/JDV + 12 digits; J&T: JT + 13;
 *    Deppon: DPK + 12; EMS international: E?·9 digits·CN; ZTO: 14 digits starting 75/76/73/78
 * With a label (订单号 / 运单号 / order no. / tracking no.) any 8–30 letters and digits are taken.
 */
import type { MaskedText } from './text-mask.ts';

const LABELLED_ORDER = /(?:订单(?:编号|号)?|order\s*(?:no\.?|number|id|#))\s*[:：#]?\s*([A-Za-z0-9][A-Za-z0-9-]{6,30}[A-Za-z0-9])/gi;
const LABELLED_TRACKING =
  /(?:快递单号|运单号|物流单号|快递号|(?<!订)单号|tracking\s*(?:no\.?|number|#)?)\s*[:：#]?\s*(?:[\u4e00-\u9fa5]{2,4}(?:快递|速运|物流)?\s*[:：]?\s*)?([A-Za-z0-9]{8,30})/gi;

const ORDER_PATTERNS = [
  /(?<![\dA-Za-z-])\d{6}-\d{15}(?![\d-])/g,
  /(?<![\dA-Za-z-])\d{3}-\d{7}-\d{7}(?![\d-])/g,
  /(?<![\dA-Za-z-])\d{18,19}(?![\d-])/g,
];
const TRACKING_PATTERNS = [
  /(?<![A-Za-z0-9])(?:SF\d{12,13}|YT\d{13}|JD[XV][A-Z]?\d{11,13}|JT\d{13}|DPK\d{12}|E[A-Z]\d{9}CN)(?![A-Za-z0-9])/gi,
  /(?<![A-Za-z0-9-])7[3568]\d{12}(?![\d-])/g,
];

export interface NumberExtraction {
  orderNumbers: string[];
  trackingNumbers: string[];
}

export function extractOrderAndTrackingNumbers(masked: MaskedText): NumberExtraction {
  const orderNumbers: string[] = [];
  const trackingNumbers: string[] = [];

  const take = (re: RegExp, into: string[], group = 0) => {
    re.lastIndex = 0;
    const text = masked.text;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const value = (m[group] ?? '').toUpperCase();
      if (!value) continue;
      if (!into.includes(value)) into.push(value);
      // The label goes too, so 订单号 is not read as part of a name or street later.
      masked.blank(m.index, m.index + m[0].length);
    }
  };

  // Labelled first: the label decides the kind even when the format is unknown.
  take(LABELLED_TRACKING, trackingNumbers, 1);
  take(LABELLED_ORDER, orderNumbers, 1);
  for (const re of TRACKING_PATTERNS) take(re, trackingNumbers);
  for (const re of ORDER_PATTERNS) take(re, orderNumbers);
  return { orderNumbers, trackingNumbers };
}
