/**
 * Platform names as sellers write them in a sheet (拼多多, PDD, 天猫, 抖店, 虾皮...) to the
 * archive's platform codes, and back to the name an export shows.
 */
import { PLATFORMS, type Platform } from '../db/schemas';
import type { Locale } from '../i18n/localized';

const DISPLAY: Record<Platform, Record<Locale, string>> = {
  pinduoduo: { 'zh-CN': '拼多多', en: 'Pinduoduo' },
  douyin: { 'zh-CN': '抖音', en: 'Douyin' },
  jd: { 'zh-CN': '京东', en: 'JD' },
  taobao: { 'zh-CN': '淘宝', en: 'Taobao' },
  weidian: { 'zh-CN': '微店', en: 'Weidian' },
  '1688': { 'zh-CN': '1688', en: '1688' },
  shopee: { 'zh-CN': '虾皮', en: 'Shopee' },
  amazon: { 'zh-CN': '亚马逊', en: 'Amazon' },
  ebay: { 'zh-CN': 'eBay', en: 'eBay' },
  etsy: { 'zh-CN': 'Etsy', en: 'Etsy' },
  shopify: { 'zh-CN': 'Shopify', en: 'Shopify' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

const ALIASES: Record<string, Platform> = {
  pdd: 'pinduoduo',
  拼多多商家: 'pinduoduo',
  抖店: 'douyin',
  抖音小店: 'douyin',
  tiktok: 'douyin',
  京东商城: 'jd',
  jingdong: 'jd',
  天猫: 'taobao',
  tmall: 'taobao',
  淘宝网: 'taobao',
  阿里巴巴: '1688',
  alibaba: '1688',
  shopee虾皮: 'shopee',
  亚马逊中国: 'amazon',
  其它: 'other',
};

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-.·]+/g, '');
}

const LOOKUP: ReadonlyMap<string, Platform> = new Map<string, Platform>([
  ...PLATFORMS.map((code) => [fold(code), code] as const),
  ...PLATFORMS.flatMap((code) => [
    [fold(DISPLAY[code]['zh-CN']), code] as const,
    [fold(DISPLAY[code].en), code] as const,
  ]),
  ...Object.entries(ALIASES).map(([alias, code]) => [fold(alias), code] as const),
]);

export function parsePlatform(cell: string): Platform | undefined {
  return LOOKUP.get(fold(cell));
}

export function platformName(platform: Platform, locale: Locale): string {
  return DISPLAY[platform][locale];
}
