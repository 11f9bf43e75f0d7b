/**
 * Splits a mainland address into province / city / district / street. Names come from the
 * division gazetteer (division-gazetteer.ts), so a city or county written without its suffix
 * (浙江杭州西湖区, 浙江金华义乌) still splits and is stored by its official name. Where the
 * gazetteer has nothing (a name changed after 2023, a typo), the suffix rules of the
 * hierarchy take over:
 *   province-level: 省, 自治区, 直辖市 (北京/天津/上海/重庆: province = city), 特别行政区
 *   prefecture-level: 市, 自治州, 地区, 盟
 *   county-level: 区, 县, 自治县, 旗, 自治旗, 县级市 (义乌市 under 金华市)
 */
import { allCities, citiesOf, type CityEntry, type DistrictEntry } from './division-gazetteer.ts';
import { findProvince, type ProvinceEntry } from './province-table.ts';
import type { ParsedAddress } from './parsed-customer.ts';

const CITY = /^([\u4e00-\u9fa5]{1,12}?(?:自治州|地区|市|盟))/;
const DISTRICT = /^([\u4e00-\u9fa5]{1,10}?(?:自治县|自治旗|区|县|旗|市))/;
/** A 市 that is really the start of a street word: 市场, 市中心, 市政府, 市民中心. */
const NOT_A_CITY_AFTER = /^(?:场|中心|政府|民|集)/;
const STREET_HINT = /[路街道巷弄号村镇乡栋幢楼室单元小区大厦花园公寓广场园]/;
/** After a name written without its suffix, these start a street name (朝阳路), not the rest of an address. */
const STREET_WORD_AFTER = /^(?:[路街道巷弄里桥号]|大道|大街|广场|小区|花园|公园|中路|东路|西路|南路|北路)/;

/** Parses an address that starts with a province name; `undefined` when none is present. */
export function parseChineseAddress(segment: string): ParsedAddress | undefined {
  const full = tidy(segment);
  const compact = full.replace(/\s+/g, '');
  const hit = findProvince(compact);
  if (!hit) return undefined;
  let rest = compact.slice(hit.index + hit.written.length);
  const province = hit.entry;
  const address: ParsedAddress = { province: province.name, full };

  if (province.kind === 'sar' || province.kind === 'taiwan') return finish(address, rest);
  let city: CityEntry | undefined;
  if (province.kind === 'municipality') {
    address.city = province.name;
    // Taobao blocks repeat it: 北京 北京市 朝阳区; some write 市辖区 or 县 as the city level.
    rest = rest.replace(new RegExp(`^(?:${province.short}市?|市辖区|市辖县|县(?=[\u4e00-\u9fa5]{2,}县))+`), '');
    city = citiesOf(province.name)[0];
  } else {
    const found = matchCity(rest, citiesOf(province.name));
    if (found) {
      city = found.city;
      address.city = city.name;
      rest = rest.slice(found.length);
    } else {
      // A county-level name right after the province (浙江义乌市…): its city is known.
      const direct = matchDistrictIn(rest, citiesOf(province.name).flatMap((c) => c.districts), true);
      if (direct) {
        address.city = direct.district.city.name;
        address.district = direct.district.name;
        return finish(address, rest.slice(direct.length));
      }
      const byRule = takeDivision(CITY, rest);
      if (byRule) {
        address.city = byRule;
        rest = rest.slice(byRule.length);
      }
    }
  }
  const district = city ? matchDistrictIn(rest, city.districts, false) : undefined;
  if (district) {
    address.district = district.district.name;
    rest = rest.slice(district.length);
  } else {
    const byRule = takeDivision(DISTRICT, rest);
    if (byRule) {
      address.district = byRule;
      rest = rest.slice(byRule.length);
    }
  }
  return finish(address, rest);
}

/**
 * Splits an address-like line that names no province. A full city name from the gazetteer
 * (杭州市西湖区文三路90号) gives the province too; a city without 市 counts only when one of
 * its districts follows (杭州西湖区…). Otherwise city and district are split by suffix only
 * when both are present, so a street fragment is never taken for a city.
 */
export function parseAddressWithoutProvince(segment: string): ParsedAddress {
  const full = tidy(segment);
  let rest = full.replace(/\s+/g, '');
  const address: ParsedAddress = { full };
  const known = matchCity(rest, allCities());
  if (known) {
    const afterCity = rest.slice(known.length);
    const district = matchDistrictIn(afterCity, known.city.districts, false);
    const writtenInFull = rest.startsWith(known.city.name);
    if (writtenInFull || district) {
      address.province = known.city.province;
      address.city = known.city.name;
      rest = afterCity;
      if (district) {
        address.district = district.district.name;
        rest = afterCity.slice(district.length);
      }
      return finish(address, rest);
    }
  }
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

/** The city whose name or short form starts `rest`, longest written form first. */
function matchCity(rest: string, cities: readonly CityEntry[]): { city: CityEntry; length: number } | undefined {
  let best: { city: CityEntry; length: number } | undefined;
  for (const city of cities) {
    for (const form of [city.name, ...city.shortForms]) {
      if (!rest.startsWith(form) || (best && best.length >= form.length)) continue;
      const after = rest.slice(form.length);
      // A short form must not be the start of a street name or of a longer division name.
      if (form !== city.name && (STREET_WORD_AFTER.test(after) || /^[市州区县]/.test(after))) continue;
      best = { city, length: form.length };
    }
  }
  return best;
}

/**
 * The county-level division that starts `rest`. With `unique`, a name found under two cities
 * of the province counts as not found (the city cannot be told).
 */
function matchDistrictIn(rest: string, districts: readonly DistrictEntry[], unique: boolean): { district: DistrictEntry; length: number } | undefined {
  let best: { district: DistrictEntry; length: number } | undefined;
  let ambiguous = false;
  for (const district of districts) {
    for (const form of [district.name, district.shortForm]) {
      if (!form || !rest.startsWith(form)) continue;
      const after = rest.slice(form.length);
      if (form !== district.name && (STREET_WORD_AFTER.test(after) || /^[区县市旗]/.test(after))) continue;
      if (best && best.length > form.length) continue;
      ambiguous = Boolean(best && best.length === form.length && best.district.city !== district.city);
      best = { district, length: form.length };
    }
  }
  return unique && ambiguous ? undefined : best;
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
