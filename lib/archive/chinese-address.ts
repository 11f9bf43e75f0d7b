/**
 * Splits a mainland address into province / city / district / street by the suffix rules
 * of the administrative hierarchy rather than a gazetteer:
 *   province-level: 省, 自治区, 直辖市 (北京/天津/上海/重庆: province = city), 特别行政区
 *   prefecture-level: 市, 自治州, 地区, 盟
 *   county-level: 区, 县, 自治县, 旗, 自治旗, 县级市 (义乌市 under 金华市)
 * Province names come from a table so short forms (浙江, 广西) are recognised.
 */
import { findProvince, type ProvinceEntry } from './province-table.ts';
import type { ParsedAddress } from './parsed-customer.ts';

const CITY = /^([\u4e00-\u9fa5]{1,12}?(?:自治州|地区|市|盟))/;
const DISTRICT = /^([\u4e00-\u9fa5]{1,10}?(?:自治县|自治旗|区|县|旗|市))/;
/** A 市 that is really the start of a street word: 市场, 市中心, 市政府, 市民中心. */
const NOT_A_CITY_AFTER = /^(?:场|中心|政府|民|集)/;
const STREET_HINT = /[路街道巷弄号村镇乡栋幢楼室单元小区大厦花园公寓广场园]/;

/** Parses an address that starts with a province name; `undefined` when none is present. */
export function parseChineseAddress(segment: string): ParsedAddress | undefined {
  const full = tidy(segment);
  const compact = full.replace(/\s+/g, '');
  const hit = findProvince(compact);
  if (!hit) return undefined;
  let rest = compact.slice(hit.index + hit.written.length);
  const province = hit.entry;
  const address: ParsedAddress = { province: province.name, full };

  if (province.kind === 'municipality') {
    address.city = province.name;
    // Taobao blocks repeat it: 北京 北京市 朝阳区; some write 市辖区 or 县 as the city level.
    rest = rest.replace(new RegExp(`^(?:${province.short}市?|市辖区|市辖县)+`), '');
  } else if (province.kind === 'sar') {
    return finish(address, rest);
  } else {
    const city = takeDivision(CITY, rest);
    if (city) {
      address.city = city;
      rest = rest.slice(city.length);
    }
  }
  const district = takeDivision(DISTRICT, rest);
  if (district) {
    address.district = district;
    rest = rest.slice(district.length);
  }
  return finish(address, rest);
}

/**
 * Splits an address-like line that names no province (杭州市西湖区文三路90号): city and
 * district by suffix only when both are present, so a street fragment is never taken for a city.
 */
export function parseAddressWithoutProvince(segment: string): ParsedAddress {
  const full = tidy(segment);
  let rest = full.replace(/\s+/g, '');
  const address: ParsedAddress = { full };
  const city = takeDivision(CITY, rest);
  const afterCity = city ? rest.slice(city.length) : '';
  const district = city ? takeDivision(DISTRICT, afterCity) : undefined;
  if (city && district) {
    address.city = city;
    address.district = district;
    rest = afterCity.slice(district.length);
    return finish(address, rest);
  }
  return address;
}

/** True for a line that reads like a street address even without a province. */
export function looksLikeChineseAddress(line: string): boolean {
  return /[市区县镇乡]/.test(line) && STREET_HINT.test(line) && /[\u4e00-\u9fa5]{4,}/.test(line);
}

export function provinceOf(segment: string): ProvinceEntry | undefined {
  return findProvince(segment.replace(/\s+/g, ''))?.entry;
}

function takeDivision(re: RegExp, rest: string): string | undefined {
  const m = re.exec(rest);
  if (!m) return undefined;
  const name = m[1]!;
  if (name.endsWith('市') && NOT_A_CITY_AFTER.test(rest.slice(name.length))) return undefined;
  // A single character before the suffix is only a division name for a few real places
  // (e.g. 沙市区 is rare); 1-char + 市 is far more often a street word, so require 2+.
  if (name.length < 3 && !/(?:区|县|旗)$/.test(name)) return undefined;
  return name;
}

function finish(address: ParsedAddress, rest: string): ParsedAddress {
  const street = rest.replace(/^[,，.。:：;；\s-]+|[,，.。:：;；\s-]+$/g, '');
  if (street) address.street = street;
  return address;
}

/** Trims separators and a trailing postcode (6 digits, or the 000000 placeholder). */
function tidy(segment: string): string {
  return segment
    .replace(/[\s,，;；]*(?:邮编[:：]?\s*)?\d{6}\s*$/, '')
    .replace(/^[\s,，.。:：;；-]+|[\s,，.。:：;；-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
