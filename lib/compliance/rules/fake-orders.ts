/** Fake orders and fake reviews (刷单): transactions staged to inflate sales or ratings. */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

const patterns: PatternSpec[] = [
  { re: /刷单|补单|刷好评|刷销量|刷信誉|刷评|刷手|虚假交易|虚假发货|空包(?:单|网|代发)|拍单返|代拍|假单/g },
  { re: /\bfake (?:orders?|reviews?|purchases?|sales|transactions?)\b|\b(?:order|review) brushing\b|\bbrush(?:ing)? (?:orders?|reviews?)\b/g },
];

export const fakeOrders = patternDetector(patterns);
