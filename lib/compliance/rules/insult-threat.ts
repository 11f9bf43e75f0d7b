/**
 * Insults and threats towards the buyer. Several insult characters also occur in ordinary
 * product words (滚筒, 滚边, 傻眼), so those are excluded by look-around.
 */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

const patterns: PatternSpec[] = [
  { re: /傻(?!眼)|(?<![a-z])sb(?![a-z])/g },
  { re: /(?<![翻打圆滚])滚(?![筒动轮珠边烫刷梳针雪圆床滚])/g },
  { re: /神经病|有病(?!虫)|穷鬼|穷逼|爱买不买|不买拉倒|不买就滚|你瞎|眼瞎|瞎了眼|活该|去死|找死|废物|脑残|白痴|弱智|智障|蠢货|蠢猪|贱人|他妈的?|你妈|尼玛|你有毛病/g },
  // Threats.
  { re: /曝光你|人肉你|收拾你|弄死|打死你|你等着|走着瞧|起诉你|告你(?!诉)|知道你(?:住|家)|让你好看|你试试看/g },
  // English insults and threats.
  {
    re: /\b(?:idiots?|stupid|moron(?:ic|s)?|dumb(?:ass)?|retard(?:ed)?|loser|shut up|get lost|screw you|f+u+c+k+(?:ing|er)?|piss off|go to hell|scammer)\b/g,
  },
  { re: /\b(?:expose you|sue you|we know where you live|you(?:'ll| will) regret)\b/g },
];

export const insultThreat = patternDetector(patterns);
