/**
 * Naming another marketplace in a reply (淘宝 on Pinduoduo, Amazon on Shopee). Platforms
 * treat it as steering buyers away; it is a warning, so the seller can reword.
 *
 * The current platform's own names are fine (淘宝/天猫 on Taobao), and so are couriers that
 * share a marketplace's name (京东快递, 京东物流). Without a known platform, only wording
 * that sends the buyer somewhere ("去淘宝搜", "抖音直播间下单") is flagged: a name alone may be
 * the shop's own platform.
 */
import type { Platform } from '../../db/schemas.ts';
import { cues } from './context.ts';
import type { RawMatch, RuleDetector } from './rule-kit.ts';

/** Marketplace names, keyed by the Platform they belong to (null: no Platform id of ours). */
const NAMES: ReadonlyArray<readonly [Platform | null, string]> = [
  ['taobao', '淘宝|天猫|千牛|taobao|tmall'],
  ['pinduoduo', '拼多多|拼夕夕|pdd|pinduoduo|temu'],
  ['jd', '京东(?!快递|物流|配送|小哥)|京喜|jd\\.com'],
  ['douyin', '抖音|抖店|飞鸽|douyin|tiktok'],
  ['weidian', '微店|weidian'],
  ['1688', '1688|阿里巴巴|alibaba'],
  ['shopee', '虾皮|shopee'],
  ['amazon', '亚马逊|amazon'],
  ['ebay', 'ebay'],
  ['etsy', 'etsy'],
  ['shopify', 'shopify'],
  [null, '快手|小红书|闲鱼|唯品会|得物|苏宁易购|lazada|aliexpress|速卖通|shein|walmart|mercado ?libre|tokopedia|zalora'],
];

/** Wording that sends the buyer to a marketplace. */
const STEER_BEFORE = /(?:去|到)$|\b(?:find|buy|order|shop|get|visit) (?:us |it |this |them |one )?(?:on|at|from|via) $/;
const STEER_AFTER = /^(?:上|里)?(?:搜|买|下单|拍|找|关注|店|直播间|旗舰店|也有|更便宜|便宜)|^ (?:store|shop)\b/;

const ALL = new RegExp(NAMES.map(([, n]) => `(?:${n})`).join('|'), 'g');

function ownNames(platform: Platform | undefined): RegExp | null {
  const own = NAMES.filter(([p]) => p !== null && p === platform).map(([, n]) => n);
  return own.length > 0 ? new RegExp(`^(?:${own.join('|')})$`) : null;
}

function detect(text: string, platform: Platform | undefined): RawMatch[] {
  const known = platform !== undefined && platform !== 'other';
  const own = ownNames(platform);
  const hits: RawMatch[] = [];
  for (const c of cues(text, ALL)) {
    // Latin names must stand alone ("ebay" inside a word, "pdd" inside an id).
    if (/^[a-z]/.test(c.text) && (/[a-z\d]/.test(text[c.start - 1] ?? '') || /[a-z\d]/.test(text[c.end] ?? ''))) continue;
    if (own?.test(c.text)) continue;
    if (!known) {
      const steer = STEER_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start)) || STEER_AFTER.test(text.slice(c.end, c.end + 8));
      if (!steer) continue;
    }
    hits.push({ start: c.start, end: c.end });
  }
  return hits;
}

export const otherPlatform: RuleDetector = { detect: (view, options) => detect(view.text, options.platform) };
