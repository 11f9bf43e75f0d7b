/**
 * Where the content script runs by default. Each built-in site adapter owns its patterns;
 * this file only lists them so `wxt.config.ts` (which cannot import browser code) and the
 * content script agree on one list.
 */
export const SITE_MATCHES = {
  pinduoduo: ['https://mms.pinduoduo.com/chat-merchant/*'],
  douyin: ['https://im.jinritemai.com/pc_seller_v2/main/workspace*'],
  jd: ['https://dongdong.jd.com/*'],
  // Seller Centre per market; Vietnam's lives on its own host (banhang = "sales"), and
  // cross-border sellers use seller.shopee.cn. The chat is a page (/webchat/conversations)
  // and also a mini-chat on every Seller Centre page, hence the whole origin.
  shopee: [
    'https://seller.shopee.cn/*',
    'https://seller.shopee.com.my/*',
    'https://seller.shopee.sg/*',
    'https://seller.shopee.ph/*',
    'https://seller.shopee.co.th/*',
    'https://seller.shopee.co.id/*',
    'https://seller.shopee.tw/*',
    'https://seller.shopee.com.br/*',
    'https://seller.shopee.com.mx/*',
    'https://seller.shopee.co/*',
    'https://seller.shopee.cl/*',
    'https://banhang.shopee.vn/*',
  ],
  taobao: ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*'],
} as const;

export type BuiltInSiteId = keyof typeof SITE_MATCHES;

export const SELLER_MATCHES: readonly string[] = Object.values(SITE_MATCHES).flat();

/** Host permissions are origin-wide: a pattern's path is widened to `/*`. */
export const SELLER_HOST_PERMISSIONS: readonly string[] = [
  ...new Set(SELLER_MATCHES.map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*'))),
];
