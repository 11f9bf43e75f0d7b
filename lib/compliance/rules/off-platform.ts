/**
 * Moving the buyer off the platform: asking them onto WeChat (or 企业微信), QQ, WhatsApp,
 * a QR code that adds a friend or joins a group, private chat or the seller's phone, or the
 * seller's own website. Platforms penalise this because the trade leaves their protection.
 *
 * Sellers spell WeChat every way a filter might miss (威信, 薇信, V❤, vx, wx, 卫星, a lone 微
 * or V after 加). A lone 微 is WeChat only when nothing Chinese follows that makes it a word
 * of its own (面料加微弹, 微胖, 微波炉). Warnings that name these things ("请勿加微信，谨防
 *诈骗") are not invitations.
 */
import { clauseEnd, isDisclaimed } from './context.ts';
import type { Platform } from '../../db/schemas.ts';
import { scan, type PatternSpec, type RuleDetector } from './rule-kit.ts';

/** WeChat and the spellings used to dodge filters. */
export const WECHAT =
  '(?:企业微信|企微|微信|wei信|威信|薇信|徽信|维信|围信|卫星|v信|(?<![a-z\\d])(?:v[ .]?x|w[ .]?x|v信|weixin|wechat)(?![a-z])|微(?=$|[^\\u3400-\\u9fff]|[我号聊信详私联])|薇(?=$|[^\\u3400-\\u9fff]|[我号聊信详私联]))';
/** Any chat app or a second account. */
const CHAT_APP = `(?:${WECHAT}|qq|扣扣|企鹅号?|小号|工作号|私人号|个人号|whatsapp|telegram|飞机号?|(?<![a-z\\d])[vq](?![a-z\\d]))`;
const ADD = '(?:加|添加|➕|\\+|搜|搜索)';
const FILLER_WORDS = '(?:个|一下|下|上|我|我的|我们|我们的|好友|客服|店主|老板|的|私人|个人|工作|售后){0,3}';

const accept = (text: string, start: number, end: number): boolean => !isDisclaimed(text, start, end);

const patterns: PatternSpec[] = [
  // 加微信 / 加个V / 加我qq / +vx / 添加客服企微
  { re: new RegExp(`${ADD}${FILLER_WORDS}${CHAT_APP}(?![a-z])`, 'g'), accept },
  // 我的微信 / 客服vx / 微信号 / 微信群 / v信联系 / 微信同号
  { re: new RegExp(`(?:我|我们|本店|店主|客服|老板)的?(?:私人|个人|工作)?${WECHAT}(?![a-z])`, 'g'), accept },
  // 加我：abc123 / 我的联系方式发你 / 留个联系方式
  { re: /加(?:我|我们)?[:：]\s?[a-z][-_a-z0-9]{5,19}|(?:我的|发(?:你|您)|留(?:个|下)?(?:我的)?|给(?:你|您))联系方式/g, accept },
  { re: new RegExp(`${WECHAT}(?:号|群|上|私聊|联系|找我|详聊|沟通|聊|同号|搜)`, 'g'), accept },
  { re: /(?:qq|扣扣)(?:号|群|联系|找我|聊)|(?:企业微信|企微)|(?:关注|搜|加)(?:一下)?(?:我们|我|店铺|本店)?的?(?:微信)?公众号|公众号(?:搜|里|上|关注)|(?<![a-z\d])v(?:我|一下)(?!们)/g, accept },
  // A QR code that adds a friend, joins a group or reaches a private account. A QR code for a
  // manual or an installation video is fine.
  {
    re: /(?:扫码|扫一扫|扫一下|扫描|扫下|长按识别|识别)[^!?]{0,10}(?:加|添加|好友|进群|入群|群|客服|联系|领|福利)|二维码[^!?]{0,10}(?:加|添加|好友|进群|入群|就能进|进来)|(?:加|进|入)(?:入)?(?:我们|我|店铺|本店)?的?(?:福利|售后|vip|宝妈|老客)群/g,
    // The platform's own codes (平台官方的优惠券) stay on the platform.
    accept: (text, start, end) => accept(text, start, end) && !/平台|官方/.test(text.slice(start, clauseEnd(text, end) + 1)),
  },
  // Private chat, private deals, going elsewhere to talk.
  // Adding a person (a friend request happens off the platform).
  { re: /加(?:一下|个)?(?:我们的?|店铺的?)?(?:售后|客服|专属)?(?:专员|小助手|助理|店长)|留(?:个|一下|下)?(?:您的|你的)?(?:手机号?|电话|联系方式)(?:给我|给我们)|(?:我们|咱们|我)(?:可以|直接|还是)?(?:用)?(?:电话|手机)(?:沟通|详聊|聊)(?!不上|不到|不通)/g, accept },
  { re: /私聊|私下(?:交易|联系|沟通|聊|加)|线下(?:交易|联系|见面|成交)|(?:换个地方|去别的地方|到外面)聊/g, accept },
  // Asking the buyer to phone the seller.
  { re: /(?:加|打|拨|call)(?:一下)?(?:我|我的|我们|店主|老板)(?:的)?(?:电话|手机|号码)|(?:手机号?|电话)(?:联系我|找我|打给我|加我)|(?:手机号?|电话)联系(?=$|[。!?]|一下|吧|我|哦)|(?:我|我们|客服|店主|老板)(?:这边)?(?:直接|稍后|待会|等下|马上|私下)?(?:给(?:您|你))?(?:打)?电话(?:联系|给)(?:您|你)/g, accept },
  // English
  { re: /\b(?:add|find|follow|message|dm|reach|contact|text|call|ping) (?:me|us) (?:on|at|via|through|directly|privately|outside)\b(?! (?:etsy|amazon|ebay|shopee|shopify|lazada|the (?:app|platform|site|chat)|this (?:chat|app|platform)|here)\b)/g, accept },
  { re: /\b(?:whatsapp|telegram|wechat|viber|kakaotalk|line app|signal app|instagram|facebook messenger)\b/g, accept },
  { re: /\b(?:email|e-mail) (?:me|us)\b/g, accept },
  { re: /\b(?:outside|off) (?:of )?(?:the )?(?:platform|amazon|ebay|etsy|shopee|site|app)\b|\bskip (?:the )?(?:platform|amazon|ebay|etsy|shopee)\b/g, accept },
  { re: /\b(?:buy|order|purchase|shop)\b[^.!?\n]{0,25}\b(?:from|on|through|via|at) (?:our|my) (?:own )?(?:website|web ?site|site|online store|web ?shop|store)\b|\bvisit our (?:own )?(?:website|web ?site)\b/g, accept },
];

/** Accounts on other social apps (关注我们小红书账号, 抖音号), unless the reply is sent on that app's shop. */
const SOCIAL_ACCOUNT = /(?:关注|搜|加|私信)(?:一下)?(?:我们|我|店铺|本店)?的?(小红书|微博|快手|抖音|b站|哔哩哔哩|ins|instagram|facebook|tiktok)(?:账号|号|主页|上)?|(小红书|微博|快手|抖音|b站|instagram|facebook|tiktok)(?:账号|号)(?:搜|关注|私信)/g;
const OWN_APP: Partial<Record<Platform, RegExp>> = { douyin: /抖音|tiktok/ };

export const offPlatform: RuleDetector = {
  detect: (view, options) => {
    const hits = scan(view.text, patterns);
    const own = options.platform ? OWN_APP[options.platform] : undefined;
    for (const m of scan(view.text, [{ re: SOCIAL_ACCOUNT, accept }])) {
      if (own?.test(view.text.slice(m.start, m.end))) continue;
      hits.push(m);
    }
    return hits;
  },
};
