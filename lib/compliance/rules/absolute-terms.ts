/**
 * Absolute terms banned in advertising by China's Advertising Law (art. 9): 最佳, 第一,
 * 国家级, 顶级, 100% ... Marketplaces apply the same list to product text and chat.
 *
 * Many of these characters are also plain after-sales words: 最近/最后/最晚/最快
 * (timing), 第一次/第一时间 (first time / right away), 您最好先拍照 (you'd better...),
 * 唯一的办法 (the only way). Those are excluded: the blocklist only names superlatives used
 * as claims, and the ambiguous ones (最好, 第一, 唯一, 100%) look at their neighbours.
 */
import { patternDetector, type HitFilter, type PatternSpec } from './rule-kit.ts';

const CLAIM_SUPERLATIVES = [
  '最佳', '最便宜', '最低价', '最高级', '最高档', '最高端', '最优', '最强', '最先进', '最正宗', '最划算',
  '最实惠', '最受欢迎', '最畅销', '最热销', '最专业', '最权威', '最顶级', '最牛', '最棒', '最全',
  '最安全', '最时尚', '最流行', '最火', '最新款', '最低', '最高', '最大',
];

const OTHER_TERMS = [
  '全网最', '全网第一', '首个', '首家', '首选', '国家级', '世界级', '全球级', '宇宙级', '顶级', '顶尖', '极品',
  '极致', '终极', '百分百', '百分之百', '绝对', '万能', '史无前例', '独一无二', '无敌', '王牌', '销量冠军',
  '独家', '永久', '唯一', '第一', '第1',
];

/** Words that follow a superlative in ordinary speech: 最大努力, 最低限度, 最高温度, 最高可退. */
const ORDINARY_AFTER: Record<string, RegExp> = {
  最大: /^(?:的)?(?:努力|程度|限度|诚意|化|可能|帮助|鼓励|支持|动力|肯定|心愿|问题|尺码|号)/,
  最低: /^(?:限度|温度|气温|要求|消费)/,
  最高: /^(?:温度|气温|可|能|只能|限度)/,
  最火: /^(?:车|锅)/,
  万能: /^(?:胶|表|钥匙|轮|充)/,
  唯一: /^(?:的|能|可|要|就|一次|办法|方法)/,
  永久: /^(?:删除|有效期)/,
};

/** 第一 followed by a measure or time word is an ordinal: 第一次, 第一时间, 第一步, 第一件. */
const ORDINAL_AFTER = /^[次时天步个件单眼条点页张套批周月年位排行包箱句轮种回遍期季印感反手站代版届章节层楼格列]/;

/** 最好 followed by a verb is advice ("您最好先拍照"); as a claim it ends the clause or takes 的. */
const BEST_AS_CLAIM_BEFORE = /(?:全网|全国|行业|市面上|同类|世界|质量|品质|效果|做工|口碑|性价比|我们家|我家|本店)$/;
const BEST_ADVICE_NOUNS = /^的(?:办法|方法|方式|做法|处理方式|解决办法)/;

const isWordEnd = (text: string, end: number) => end >= text.length || /^[。!?！？,，~～…\n ;；:：]/.test(text.slice(end));

const acceptBest: HitFilter = (text, start, end) => {
  const after = text.slice(end);
  if (BEST_ADVICE_NOUNS.test(after)) return false;
  if (after.startsWith('的') || isWordEnd(text, end)) return true;
  return BEST_AS_CLAIM_BEFORE.test(text.slice(Math.max(0, start - 6), start));
};

const acceptTerm: HitFilter = (text, _start, end, m) => {
  const term = m[0];
  const after = text.slice(end, end + 6);
  if (term === '第一' || term === '第1') {
    if (term === '第1' && /^\d/.test(after)) return false;
    return !ORDINAL_AFTER.test(after);
  }
  const ordinary = ORDINARY_AFTER[term];
  return !(ordinary && ordinary.test(after));
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first so 最高级 wins over 最高 and 全网第一 over 第一. */
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const patterns: PatternSpec[] = [
  // Two scans so overlapping terms (全网最 + 最低价) both hit and merge into one span.
  { re: new RegExp(alternation(OTHER_TERMS), 'g'), accept: acceptTerm },
  { re: new RegExp(alternation(CLAIM_SUPERLATIVES), 'g'), accept: acceptTerm },
  { re: /最好/g, accept: acceptBest },
  // 100% is a claim, except in a fibre composition label (100%纯棉, 100% cotton).
  {
    re: /(?<!\d)100\s?%(?!\s?(?:(?:新疆|长绒|精梳|有机|天然|进口|澳洲|优质)?(?:纯|全|棉)|羊|真丝|桑蚕丝|涤纶|聚酯|亚麻|蚕丝|cotton|wool|silk|polyester|linen|cashmere|nylon))/g,
  },
  { re: /(?<![a-z])(?:no\.\s?1|no1|top\s?1)(?![\da-z])/g },
];

export const absoluteTerms = patternDetector(patterns);
