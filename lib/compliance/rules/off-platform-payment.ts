/**
 * Paying outside the platform's checkout: transfers to the seller's Alipay, WeChat or bank
 * card, a personal payment QR code, red packets, PayPal "friends and family", Zelle, Venmo.
 * The buyer loses the platform's protection and the shop is penalised.
 *
 * The platform's own payment methods (微信支付, 支付宝付款, 先用后付, PayPal at checkout) and
 * refunds to the buyer's account ("原路退回您的支付宝") are normal; so are anti-fraud warnings
 * ("请勿私下转账，谨防诈骗").
 */
import { isDisclaimed } from './context.ts';
import { patternDetector, type HitFilter, type PatternSpec } from './rule-kit.ts';

const accept: HitFilter = (text, start, end) => !isDisclaimed(text, start, end);
const TO_SELLER = '(?:我|给我|我们|给我们)';
const TO_BUYER = '(?:你|给你|您|给您)';
const ACCOUNT = '(?:支付宝|微信|银行卡|银行账户|卡上|卡里|账户|账号)';

const patterns: PatternSpec[] = [
  { re: /(?:打|转|汇|付)(?:到|进)(?:这个|这张|下面|以下|我的?|公司|对公|个人|私人|我们的?)(?:的)?(?:支付宝|微信|卡|账户|账号|银行卡)|押金[^。!?]{0,8}(?:先)?(?:打|转|汇|付)|转账|汇款|卡号|收款码|(?:我的|我们的|店铺的?)付款码/g, accept },
  // 支付宝转我 / 微信发我红包 / 差价我用微信转给您 / 支付宝付给我
  { re: new RegExp(`(?:支付宝|微信|银行卡)[^。!?]{0,3}(?:转|付|打|发|汇|给)(?:款|钱)?(?:到|给)?(?:${TO_SELLER}|${TO_BUYER})`, 'g'), accept },
  { re: new RegExp(`(?:发|转)(?:${TO_SELLER})?(?:个|一个)?红包(?:到|给)?${TO_SELLER}|(?:发|转)${TO_SELLER}(?:个|一个)?红包|红包[^。!?]{0,3}(?:转|发)(?:给)?${TO_SELLER}`, 'g'), accept },
  // 转我 / 付给我 / 打到我银行卡 / 转到我卡上 (the buyer paying the seller directly)
  { re: new RegExp(`(?:转|付|汇)(?:款|钱|账)?(?:到|给|进)?${TO_SELLER}(?!们的?(?:售后|同事|客服))|打(?:款|钱)?(?:到|进)?${TO_SELLER}的?${ACCOUNT}|(?:到|进)${TO_SELLER}的?(?:卡上|卡里|银行卡|支付宝|微信)`, 'g'), accept },
  // 直接转你支付宝 / 转到您银行卡 (the seller paying the buyer outside the platform)
  { re: new RegExp(`(?:我|我们|直接|私下)(?:用|拿)?(?:支付宝|微信)?(?:转|汇|打)(?:到|给|进)?${TO_BUYER}的?(?:支付宝|微信|银行卡|卡上|卡里)?|直接转${TO_BUYER}|(?:我|我们)(?:这边)?给${TO_BUYER}(?:转|打)(?:过去|钱|\\d)`, 'g'), accept },
  { re: /扫(?:我|我的)(?:的)?(?:码|收款码|二维码|支付宝|微信)|扫(?:码|一下)(?:付款|支付|转账)|(?:支付宝|微信|银行卡)(?:账号|账户|号)[:：是]/g, accept },
  { re: /(?:你|您)?直接转(?:到)?(?:我的?)?(?:微信|支付宝)(?!支付)|(?:你|您)转(?:我的?)?(?:微信|支付宝)(?!支付)/g, accept },
  { re: /(?:不走|不用走|绕过|绕开|跳过)平台|不(?:用|必)?在平台(?:上)?(?:拍|下单|付|买)|平台外(?:付|交易|转)|私下[^。!?]{0,4}(?:转|付|给钱|交易)|线下(?:付款|支付|转账)/g, accept },
  // English
  { re: /\bpay (?:me|us)\b|\bsend (?:me |us )?(?:the )?money\b|\b(?:venmo|zelle|cash ?app) (?:me|us)\b|\b(?:zelle|venmo|cash ?app|western union|moneygram)\b/g, accept },
  { re: /\b(?:wise|revolut|payoneer|alipay|wechat pay)\b[^.!?\n]{0,30}\b(?:my|our) (?:account|card|bank)\b|\b(?:to|into) my (?:bank )?(?:account|card|paypal)\b|\b(?:no need to|don't|do not need to|without) go(?:ing)? through (?:the )?(?:site|platform|app|amazon|shopee|ebay|etsy)\b/g, accept },
  { re: /\bpaypal (?:friends|f&f|family|me|directly|gift)\b|\b(?:bank|wire) transfer\b|\bwire (?:me|us|the money)\b/g, accept },
  { re: /\bpay(?:ment|ing)?\b[^.!?\n]{0,30}\b(?:outside|directly to (?:me|us)|off (?:the )?(?:platform|site|app))\b/g, accept },
];

export const offPlatformPayment = patternDetector(patterns);
