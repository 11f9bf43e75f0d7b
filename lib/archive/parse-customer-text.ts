/**
 * parseCustomerText: turns what a seller copied from an order page or a chat (a name, phones,
 * an address block, order and tracking numbers) into fields for the customer archive.
 * It prefers leaving a field empty to filling it wrongly: whatever it cannot place is
 * reported in `warnings` for the confirm form.
 */
import { localized, type Localized } from '../i18n/localized.ts';
import {
  looksLikeChineseAddress,
  parseAddressWithoutProvince,
  parseChineseAddress,
} from './chinese-address.ts';
import { findEnglishAddress } from './english-address.ts';
import { extractOrderAndTrackingNumbers } from './order-tracking-numbers.ts';
import type { ParsedAddress, ParsedCustomer } from './parsed-customer.ts';
import { isEnglishName, isPlausibleName, labelledName, nameTokens } from './person-name.ts';
import { extractPhones } from './phone-numbers.ts';
import { findProvince } from './province-table.ts';
import { MaskedText } from './text-mask.ts';

/** Matches the draft link's limit: a customer block is a few lines, not a page. */
export const MAX_CUSTOMER_TEXT_LENGTH = 4000;

export class CustomerTextError extends TypeError {
  readonly localized: Localized;
  constructor(zh: string, en: string) {
    super(`${en} / ${zh}`);
    this.name = 'CustomerTextError';
    this.localized = localized(zh, en);
  }
}

const ADDRESS_LABEL = /(?:收货地址|详细地址|所在地区|地址|address)\s*[:：]\s*([^\n]+)/i;
/** Labels that end an address written on the same line as other fields. */
const FIELD_LABEL = /(?:收货人|收件人|姓名|联系人|电话|手机|备注|邮编|name|phone|tel|mobile|order|tracking)\s*[:：]/i;

export function parseCustomerText(text: string): ParsedCustomer {
  if (typeof text !== 'string') {
    throw new CustomerTextError(`顾客信息必须是文字，收到 ${typeof text}`, `customer text must be a string, got ${typeof text}`);
  }
  if (text.length > MAX_CUSTOMER_TEXT_LENGTH) {
    throw new CustomerTextError(
      `选中的文字太长（${text.length} 字），最多 ${MAX_CUSTOMER_TEXT_LENGTH} 字，请只选中顾客信息`,
      `the selected text is too long (${text.length} characters, at most ${MAX_CUSTOMER_TEXT_LENGTH}); select only the customer details`,
    );
  }
  const prepared = prepare(text);
  const masked = new MaskedText(prepared);
  const warnings: Localized[] = [];

  const { orderNumbers, trackingNumbers } = extractOrderAndTrackingNumbers(masked);
  const phoneResult = extractPhones(masked);
  warnings.push(...phoneResult.warnings);

  let name: string | undefined;
  const labelled = labelledName(masked.text);
  if (labelled) {
    name = labelled.name;
    masked.blank(labelled.start, labelled.end);
  } else {
    const found = nameNextToPhone(masked, phoneResult.spans) ?? nameAtAddressEdge(masked) ?? englishNameLine(masked, phoneResult.spans);
    if (found) {
      name = found.name;
      masked.blank(found.start, found.end);
    }
  }

  const address = findAddress(masked, warnings);

  const result: ParsedCustomer = { phones: phoneResult.phones, orderNumbers, trackingNumbers, warnings };
  if (name) result.name = name;
  if (address) result.address = address;
  if (!name && result.phones.length === 0 && !address && orderNumbers.length === 0 && trackingNumbers.length === 0) {
    warnings.push(
      localized('没有识别到姓名、电话、地址或单号，请手动填写', 'No name, phone, address or order number was recognised; please fill them in by hand'),
    );
  }
  return result;
}

/** NFKC turns full-width digits, letters and colons into ASCII; line endings become \n. */
function prepare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    // One UTF-16 unit per character keeps the masking offsets simple.
    .replace(/[\ud800-\udbff][\udc00-\udfff]/g, '\u25a1');
}

type Found = { name: string; start: number; end: number };

/** A name is usually written right before or after the phone: 张三 138..., 138... 张三. */
function nameNextToPhone(masked: MaskedText, spans: readonly { start: number; end: number }[]): Found | undefined {
  const text = masked.text;
  const tokens = nameTokens(text);
  for (const span of spans) {
    const before = [...tokens].reverse().find((t) => t.end <= span.start);
    const after = tokens.find((t) => t.start >= span.end);
    for (const t of [before, after]) {
      if (!t) continue;
      const gap = t.end <= span.start ? text.slice(t.end, span.start) : text.slice(span.end, t.start);
      // Adjacent means only separators (and at most one line break) in between.
      if (/^[\s,，;；:：|/()（）-]*$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 1 && isPlausibleHanName(t.token)) {
        return { name: t.token, start: t.start, end: t.end };
      }
    }
  }
  return undefined;
}

function isPlausibleHanName(token: string): boolean {
  return /^[\u4e00-\u9fa5]/.test(token) && isPlausibleName(token);
}

/**
 * 张三 浙江省杭州市... or 杭州市西湖区文三路90号 张三: a name token set apart by a
 * separator at the head or the tail of an address line.
 */
function nameAtAddressEdge(masked: MaskedText): Found | undefined {
  const text = masked.text;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const hit = findProvince(line);
    if (!hit && !looksLikeChineseAddress(line)) continue;
    const tokens = nameTokens(line);
    if (tokens.length < 2) continue;
    const first = tokens[0]!;
    const last = tokens.at(-1)!;
    const headOk = !hit || first.end <= hit.index;
    for (const t of headOk ? [first, last] : [last]) {
      if (isPlausibleHanName(t.token)) return { name: t.token, start: lineStart + t.start, end: lineStart + t.end };
    }
  }
  return undefined;
}

/** An English name on its own line: the first line, or the line above a phone. */
function englishNameLine(masked: MaskedText, spans: readonly { start: number; end: number }[]): Found | undefined {
  const text = masked.text;
  let offset = 0;
  const lines = text.split('\n').map((line) => {
    const entry = { line, start: offset };
    offset += line.length + 1;
    return entry;
  });
  const firstContent = lines.find((l) => l.line.trim());
  const abovePhone = spans.map((s) => {
    const idx = lines.findIndex((l) => s.start >= l.start && s.start <= l.start + l.line.length);
    return idx > 0 ? lines.slice(0, idx).reverse().find((l) => l.line.trim()) : undefined;
  });
  for (const candidate of [firstContent, ...abovePhone]) {
    if (!candidate || !isEnglishName(candidate.line)) continue;
    const lead = candidate.line.length - candidate.line.trimStart().length;
    const name = candidate.line.trim();
    return { name, start: candidate.start + lead, end: candidate.start + lead + name.length };
  }
  return undefined;
}

function findAddress(masked: MaskedText, warnings: Localized[]): ParsedAddress | undefined {
  const text = masked.text;
  const labelledMatch = ADDRESS_LABEL.exec(text);
  const lines = text.split('\n');

  if (labelledMatch) {
    const value = cutAtNextLabel(labelledMatch[1]!);
    const english = findEnglishAddress([value, ...nextLines(text, labelledMatch.index)]);
    if (english) return english.address;
    const parsed = parseChineseAddress(value);
    if (parsed) return parsed;
    if (value.trim()) return withoutProvince(value, warnings);
  }

  for (const line of lines) {
    // Search without spaces so 内蒙古 自治区 is still one name, then map back to the line.
    const compactHit = findProvince(line.replace(/\s+/g, ''));
    if (!compactHit) continue;
    const start = startOfCompactIndex(line, compactHit.index);
    const parsed = parseChineseAddress(cutAtNextLabel(line.slice(start)));
    if (parsed && (parsed.city || parsed.district || parsed.street)) return parsed;
  }

  const english = findEnglishAddress(lines);
  if (english) return english.address;

  for (const line of lines) {
    if (looksLikeChineseAddress(line)) return withoutProvince(cutAtNextLabel(line), warnings);
  }
  return undefined;
}

/** An address naming no province: the gazetteer may still know it from the city; if not, say so. */
function withoutProvince(value: string, warnings: Localized[]): ParsedAddress {
  const address = parseAddressWithoutProvince(value);
  if (!address.province) warnings.push(noProvinceWarning());
  return address;
}

function noProvinceWarning(): Localized {
  return localized('地址中没有识别到省份，已按原文保存，请核对省市区', 'No province was recognised in the address; it was kept as written, please check it');
}

function cutAtNextLabel(value: string): string {
  const m = FIELD_LABEL.exec(value);
  return m ? value.slice(0, m.index) : value;
}

function nextLines(text: string, from: number): string[] {
  return text.slice(from).split('\n').slice(1, 2);
}

/** Maps an index in the whitespace-free line back to the line itself. */
function startOfCompactIndex(line: string, compactIndex: number): number {
  let seen = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (/\s/.test(line[i]!)) continue;
    if (seen === compactIndex) return i;
    seen += 1;
  }
  return line.length;
}
