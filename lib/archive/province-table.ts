/**
 * China's 34 province-level divisions with the forms sellers paste: the official name,
 * the short form without suffix, and the one-character abbreviation (kept for display and
 * lookup; never used to detect an address in free text, it matches too much).
 */
export type ProvinceKind = 'province' | 'municipality' | 'autonomous-region' | 'sar' | 'taiwan';

export interface ProvinceEntry {
  name: string;
  short: string;
  abbr: string;
  kind: ProvinceKind;
}

const P = (name: string, short: string, abbr: string, kind: ProvinceKind = 'province'): ProvinceEntry => ({ name, short, abbr, kind });

export const PROVINCES: readonly ProvinceEntry[] = Object.freeze([
  P('北京市', '北京', '京', 'municipality'),
  P('天津市', '天津', '津', 'municipality'),
  P('上海市', '上海', '沪', 'municipality'),
  P('重庆市', '重庆', '渝', 'municipality'),
  P('河北省', '河北', '冀'),
  P('山西省', '山西', '晋'),
  P('辽宁省', '辽宁', '辽'),
  P('吉林省', '吉林', '吉'),
  P('黑龙江省', '黑龙江', '黑'),
  P('江苏省', '江苏', '苏'),
  P('浙江省', '浙江', '浙'),
  P('安徽省', '安徽', '皖'),
  P('福建省', '福建', '闽'),
  P('江西省', '江西', '赣'),
  P('山东省', '山东', '鲁'),
  P('河南省', '河南', '豫'),
  P('湖北省', '湖北', '鄂'),
  P('湖南省', '湖南', '湘'),
  P('广东省', '广东', '粤'),
  P('海南省', '海南', '琼'),
  P('四川省', '四川', '川'),
  P('贵州省', '贵州', '贵'),
  P('云南省', '云南', '云'),
  P('陕西省', '陕西', '陕'),
  P('甘肃省', '甘肃', '甘'),
  P('青海省', '青海', '青'),
  P('台湾省', '台湾', '台', 'taiwan'),
  P('内蒙古自治区', '内蒙古', '蒙', 'autonomous-region'),
  P('广西壮族自治区', '广西', '桂', 'autonomous-region'),
  P('西藏自治区', '西藏', '藏', 'autonomous-region'),
  P('宁夏回族自治区', '宁夏', '宁', 'autonomous-region'),
  P('新疆维吾尔自治区', '新疆', '新', 'autonomous-region'),
  P('香港特别行政区', '香港', '港', 'sar'),
  P('澳门特别行政区', '澳门', '澳', 'sar'),
]);

/** Every written form that may start an address, longest first so 广西壮族自治区 beats 广西. */
const FORMS: ReadonlyArray<readonly [string, ProvinceEntry]> = PROVINCES.flatMap((p) => {
  const forms = new Set([p.name, p.short, `${p.short}省`, `${p.short}自治区`, `${p.short}市`]);
  return [...forms].map((f) => [f, p] as const);
}).sort((a, b) => b[0].length - a[0].length);

export interface ProvinceHit {
  entry: ProvinceEntry;
  index: number;
  /** The form as written (e.g. 浙江 or 浙江省). */
  written: string;
}

/** A province short form followed by these is a street named after it (广州 北京路, 南京 上海路). */
const STREET_AFTER = /^(?:[东西南北中]?(?:路|街|大街|大道|道|巷|里|坊|公寓|大厦|饭店|酒店|村))/;

/** Every form in one pattern, longest first: a match is the longest form at its position. */
const ANY_FORM = new RegExp(FORMS.map(([form]) => form).join('|'), 'g');

/**
 * Finds the first province name in `text` (earliest position, longest form there). One regex
 * scan rather than a search per form: an import runs this for every row.
 */
export function findProvince(text: string): ProvinceHit | undefined {
  ANY_FORM.lastIndex = 0;
  for (let match = ANY_FORM.exec(text); match; match = ANY_FORM.exec(text)) {
    const at = match.index;
    // The longest form here may be followed by a street word where a shorter one is not, so
    // try every form at this position, longest first.
    for (const [form, entry] of FORMS) {
      if (text.startsWith(form, at) && !STREET_AFTER.test(text.slice(at + form.length))) return { entry, index: at, written: form };
    }
    // Forms overlap (浙江 and 江西 in 浙江西路): look again from the next character.
    ANY_FORM.lastIndex = at + 1;
  }
  return undefined;
}

export function provinceByAbbreviation(abbr: string): ProvinceEntry | undefined {
  return PROVINCES.find((p) => p.abbr === abbr);
}
