/**
 * Promised compensation amounts (赔您50元, 假一赔十, 双倍赔偿). Not banned, but a figure
 * typed in chat binds the shop, and platforms hold sellers to it; "坏几个赔几个" (replace
 * what is broken) and refunds through the platform state no amount and are fine.
 * A warning, so the seller checks the figure before it reaches the buyer.
 */
import { isDisclaimed } from './context.ts';
import { patternDetector, type HitFilter, type PatternSpec } from './rule-kit.ts';

const accept: HitFilter = (text, start, end) => !isDisclaimed(text, start, end);
const NUM = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)';
const MULTIPLE = '(?:十|[二两三四五六七八九]|双|\\d+)倍?';

const patterns: PatternSpec[] = [
  { re: new RegExp(`(?:赔偿|补偿|赔付|赔)(?:给)?(?:您|你)?(?:个|一个)?${NUM}(?:元|块|毛|个|件|倍)|(?:赔偿|补偿|赔付|赔)(?:给)?(?:您|你)\\d+(?=$|[。!?])`, 'g'), accept },
  { re: new RegExp(`假一(?:赔|罚)${NUM}|(?:一|1)赔(?:[二两三四五六七八九十]|[2-9]|\\d{2,})|坏一(?:个|件|罚)?赔${MULTIPLE}|(?:双倍|${MULTIPLE}倍)(?:赔偿|赔付|补偿)|(?:赔|罚)${MULTIPLE}倍`, 'g'), accept },
  { re: /\bcompensat\w*\b[^.!?\n]{0,25}(?:\$|£|€|rm ?)\s?\d+|(?:\$|£|€|rm ?)\s?\d+[^.!?\n]{0,30}\b(?:compensation|for the (?:trouble|delay|inconvenience))\b/g, accept },
  { re: /\b(?:double|triple|\d+x) (?:refund|compensation|your money back)\b/g, accept },
];

export const compensationPromise = patternDetector(patterns);
