/**
 * Pushy review requests: demanding five stars, forbidding a bad review, nagging. A gentle
 * reminder ("满意的话给个好评哦") is good practice; a demand is not, and platforms count it
 * as review manipulation when buyers complain. A warning — except when the service is made
 * conditional on the review ("不给好评就不退款"), which is coercion and blocks.
 * "先别急着给差评，我们一定给您解决" asks for a chance to fix things and is fine.
 */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

const GOOD = '(?:好评|五星|5星|满分|五颗星|好的评价)';
const BAD = '(?:中差评|差评|中评|低分|一星|1星|两星|2星)';

const patterns: PatternSpec[] = [
  { re: new RegExp(`(?:一定|必须|务必|千万|只能|必需|只许|记得一定)(?:要)?(?:记得)?(?:给|打|留|点)?(?:个|我们|一个)?${GOOD}`, 'g') },
  { re: new RegExp(`(?<!先)(?:千万|绝对|一定)?(?:不要|别|不能|不准|不许|不可以)(?:给|打|留)(?:我们)?(?:个)?${BAD}`, 'g') },
  { re: new RegExp(`(?:赶紧|快点|马上|尽快)(?:去|给|帮忙)?(?:给|打|点)?(?:个)?(?:${GOOD}|评价)|(?:给|打)(?:了)?${GOOD}了吗|还没(?:给|打)${GOOD}`, 'g') },
  // Coercion: the service depends on the review.
  {
    re: new RegExp(`不(?:给|打|改)(?:我们|成|个)?${GOOD}[^!?]{0,12}(?:不退|不给(?:您|你)?退|不发|不换|不处理|不补|别想|没门|不管|不负责|没有售后|别找|不同意|不批|拖|卡着|不审核)|(?:给|打)${BAD}[^。!?]{0,6}(?:别想|就不|不给|不退|不处理|没门|休想)`, 'g'),
    severity: 'block',
  },
  // English
  { re: /\b(?:you )?(?:must|have to|need to|got to)\b[^.!?\n]{0,15}\b(?:leave|give|rate|post)\b[^.!?\n]{0,15}\b(?:5|five)[- ]?stars?\b|\banything (?:less|lower) than (?:5|five) stars?\b|\bdo(?:n't| not) (?:leave|give|post) (?:us )?(?:a )?(?:bad|negative|low|1-star|one-star)\b/g },
  { re: /\b(?:no|won't|will not) (?:refund|replacement|return)s?\b[^.!?\n]{0,30}\b(?:unless|until) you\b[^.!?\n]{0,20}\b(?:review|rating|stars?|feedback)\b/g, severity: 'block' },
];

export const pushyReviewRequest = patternDetector(patterns);
