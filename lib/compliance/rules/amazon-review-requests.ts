/**
 * Amazon's review-request policy (Communication Guidelines and "Request a Review"):
 * a seller may ask once per order, neutrally, within 5–30 days of delivery. Asking for a
 * positive review (or only from happy buyers), asking again, or asking late all break it.
 * Incentives are caught by the platform-wide review-incentive rule.
 */
import { scan, type PatternSpec, type RawMatch, type RuleDetector } from './rule-kit.ts';

const REVIEW_REQUEST: PatternSpec[] = [
  { re: /\b(?:leave|write|post|give|share|submit|drop)\b[^.!?\n]{0,40}\b(?:reviews?|ratings?|feedback|stars?)\b/g },
  { re: /\b(?:review|rate)\b (?:us|it|your (?:order|purchase|item|product)|the (?:product|item|order))\b/g },
  { re: /\bplease (?:review|rate)\b/g },
  { re: /(?:请|麻烦|帮忙|希望|求|给个|给我们|留个|期待)[^。!?！？\n]{0,8}?(?:评价|好评|评论|五星|留评)/g },
];

/** A request (not a thank-you) that names the kind of review wanted. */
const POSITIVE_REQUEST: PatternSpec[] = [
  {
    re: /\b(?:leave|write|post|give|share|submit|drop|rate|appreciate)\b[^.!?\n]{0,40}\b(?:positive|good|great|excellent|glowing|favou?rable|5[- ]?star|five[- ]?star|(?:5|five) stars?)\b(?: (?:product )?(?:reviews?|ratings?|feedback)\b)?/g,
  },
  // Asking only satisfied buyers is review manipulation too.
  { re: /\bif you (?:are |were |'re )?(?:happy|satisfied|pleased|love|like|enjoy)\b[^.!?\n]{0,50}\b(?:reviews?|ratings?|feedback)\b/g },
  { re: /\b(?:only|just)\b[^.!?\n]{0,30}\b(?:customers|buyers|those|people|shoppers) who (?:loved|liked|enjoyed|love|like|enjoy|are happy|were happy|are satisfied|were satisfied)\b/g },
  { re: /\b(?:reviews?|ratings?|feedback)\b[^.!?\n]{0,25}\bif you(?:'re| are| were)? (?:happy|satisfied|pleased|love|like|enjoy)/g },
  { re: /(?:请|麻烦|帮忙|希望|求|给个|给我们|留个|期待)[^。!?！？\n]{0,8}?(?:好评|五星|5星)/g },
];

export function findReviewRequests(text: string): RawMatch[] {
  return scan(text, REVIEW_REQUEST);
}

export const amazonPositiveReviewRequest: RuleDetector = {
  detect: (view) => scan(view.text, POSITIVE_REQUEST),
};

/** Any review request is a violation when the order was already asked once. */
export const amazonRepeatReviewRequest: RuleDetector = {
  detect: (view, options) =>
    (options.context?.reviewRequestsSentForOrder ?? 0) >= 1 ? findReviewRequests(view.text) : [],
};

/** Any review request is a violation more than 30 days after delivery. */
export const amazonLateReviewRequest: RuleDetector = {
  detect: (view, options) =>
    (options.context?.daysSinceDelivery ?? 0) > 30 ? findReviewRequests(view.text) : [],
};
