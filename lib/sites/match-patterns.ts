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
  // 1688's web IM (air.1688.com, a contenteditable <pre> in a frame) and the seller workbench.
  '1688': ['https://air.1688.com/*', 'https://work.1688.com/*'],
} as const;

export type BuiltInSiteId = keyof typeof SITE_MATCHES;

export const SELLER_MATCHES: readonly string[] = Object.values(SITE_MATCHES).flat();

/**
 * Sites without readable chat markup whose chat box lives in an iframe: the content script
 * runs in every frame there (the generic adapter in each frame that holds an editor). The
 * marketplaces with adapters keep a top-frame-only script, so their pages' other frames
 * (ads, payment widgets) never load it.
 */
export const ALL_FRAMES_SITE_IDS = ['taobao', '1688'] as const satisfies readonly BuiltInSiteId[];

export const ALL_FRAMES_MATCHES: readonly string[] = ALL_FRAMES_SITE_IDS.flatMap((id) => SITE_MATCHES[id]);

/** The content script's top-frame-only matches (the rest run in all frames, above). */
export const TOP_FRAME_MATCHES: readonly string[] = SELLER_MATCHES.filter((pattern) => !ALL_FRAMES_MATCHES.includes(pattern));

/** Host permissions are origin-wide: a pattern's path is widened to `/*`. */
export const SELLER_HOST_PERMISSIONS: readonly string[] = [
  ...new Set(SELLER_MATCHES.map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*'))),
];
