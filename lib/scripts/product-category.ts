/**
 * Product families, read from the seller's category setting (free text such as 女装, 水果,
 * 陶瓷杯, "kitchen"). The family decides what a reply may assume: only clothing and shoes are
 * sized by height and weight, and each family has its own care tip, so a mug never gets
 * washing instructions and oranges never get a size question.
 */
import type { Locale, Localized } from '../i18n/localized';

export const PRODUCT_FAMILIES = ['apparel', 'fresh_food', 'ceramics', 'electronics', 'cosmetics', 'home_textile'] as const;
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

const FAMILY_WORDS: ReadonlyArray<readonly [ProductFamily, RegExp]> = [
  ['apparel', /服装|服饰|女装|男装|童装|内衣|文胸|罩杯|衣|裤|裙|外套|卫衣|毛衣|鞋|靴|袜|apparel|clothing|clothes|shoe|dress|shirt|jacket|pants|sock/i],
  ['fresh_food', /生鲜|水果|蔬菜|鲜花|海鲜|肉|蛋|橙|苹果|荔枝|芒果|樱桃|草莓|fresh|fruit|produce|flower|seafood/i],
  ['ceramics', /陶瓷|瓷|杯|碗|盘|马克杯|茶具|餐具|mug|cup|ceramic|porcelain|tableware|bowl/i],
  ['electronics', /数码|电子|电器|耳机|充电|手机|电脑|家电|electronic|charger|headphone|earbud|phone|gadget/i],
  ['cosmetics', /美妆|化妆|护肤|面霜|口红|精华|洗护|cosmetic|skincare|makeup|lipstick|serum/i],
  ['home_textile', /家纺|床品|四件套|被|枕|毛巾|窗帘|bedding|duvet|pillow|towel|curtain/i],
];

export function productFamily(category: string | undefined): ProductFamily | undefined {
  if (!category?.trim()) return undefined;
  // Apparel words are checked first: 杯 in 罩杯 must not make a bra a mug.
  for (const [family, words] of FAMILY_WORDS) if (words.test(category)) return family;
  return undefined;
}

/** Sellers size clothing and shoes by the buyer's body; nothing else. */
export function isSizedByBody(category: string | undefined): boolean {
  return productFamily(category) === 'apparel';
}

const CARE_TIPS: Readonly<Record<ProductFamily, Localized | undefined>> = {
  apparel: { 'zh-CN': '清洗时冷水轻柔手洗、反面晾干，颜色和版型能保持得更久', en: 'wash it cold, turn it inside out and let it air-dry, and it keeps its colour and shape longer' },
  // Fresh food is eaten long before a revisit; a storage tip belongs in the shipping notice.
  fresh_food: undefined,
  ceramics: { 'zh-CN': '避免冷热骤变，比如刚倒完开水就放进冰箱，用软布清洗就不容易留划痕', en: 'avoid sudden temperature changes, like boiling water straight from the fridge, and a soft sponge keeps the glaze free of scratches' },
  electronics: { 'zh-CN': '尽量用原装充电器，别长时间放在高温的地方，电池会更耐用', en: 'use the original charger where you can and keep it out of the heat, and the battery will last longer' },
  cosmetics: { 'zh-CN': '开封后放在阴凉处、盖紧盖子，在保质期内用完效果更好', en: 'keep it somewhere cool with the lid on tight, and use it up within its shelf life after opening' },
  home_textile: { 'zh-CN': '第一次用前先过一遍清水，之后低温洗涤、晾干后再收纳，手感能一直柔软', en: 'give it a gentle wash before the first use, then wash cool and dry it fully before storing, and it stays soft' },
};

export function careTip(category: string | undefined, locale: Locale): string | undefined {
  const family = productFamily(category);
  return family ? CARE_TIPS[family]?.[locale] : undefined;
}
