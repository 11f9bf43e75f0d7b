/**
 * checkCompliance: finds the places in a reply that break a marketplace rule, so the
 * reply can be flagged (with the rule named) before it reaches the chat box.
 * Pure and synchronous; fast enough to run on every keystroke.
 */
import { PLATFORMS } from '../db/schemas.ts';
import { normalizeText, toOriginalSpan } from './normalize-text.ts';
import { RULE_CATALOG } from './rule-catalog.ts';
import type { RawMatch, RuleDetector } from './rules/rule-kit.ts';
import { absoluteTerms } from './rules/absolute-terms.ts';
import {
  amazonLateReviewRequest,
  amazonPositiveReviewRequest,
  amazonRepeatReviewRequest,
} from './rules/amazon-review-requests.ts';
import { buyerDataLeak } from './rules/buyer-data-leak.ts';
import { compensationPromise } from './rules/compensation-promise.ts';
import { complaintWithdrawalPayment } from './rules/complaint-withdrawal-payment.ts';
import { fakeOrders } from './rules/fake-orders.ts';
import { insultThreat } from './rules/insult-threat.ts';
import { medicalClaims } from './rules/medical-claims.ts';
import { offPlatform } from './rules/off-platform.ts';
import { offPlatformContact } from './rules/off-platform-contact.ts';
import { offPlatformPayment } from './rules/off-platform-payment.ts';
import { otherPlatform } from './rules/other-platform.ts';
import { pushyReviewRequest } from './rules/pushy-review-request.ts';
import { reviewIncentive } from './rules/review-incentive.ts';
import type { ComplianceFinding, ComplianceOptions, RuleId } from './types.ts';

const DETECTORS: ReadonlyArray<readonly [RuleId, RuleDetector]> = [
  ['off-platform', offPlatform],
  ['off-platform-contact', offPlatformContact],
  ['off-platform-payment', offPlatformPayment],
  ['review-incentive', reviewIncentive],
  ['fake-orders', fakeOrders],
  ['insult-threat', insultThreat],
  ['buyer-data-leak', buyerDataLeak],
  ['complaint-withdrawal-payment', complaintWithdrawalPayment],
  ['medical-claims', medicalClaims],
  ['absolute-terms', absoluteTerms],
  ['compensation-promise', compensationPromise],
  ['pushy-review-request', pushyReviewRequest],
  ['other-platform', otherPlatform],
  ['amazon-positive-review-request', amazonPositiveReviewRequest],
  ['amazon-repeat-review-request', amazonRepeatReviewRequest],
  ['amazon-late-review-request', amazonLateReviewRequest],
];

/** Replies longer than this are not chat messages; refusing keeps a keystroke check bounded. */
export const MAX_CHECK_LENGTH = 20_000;

export class ComplianceInputError extends TypeError {
  constructor(zh: string, en: string) {
    super(`${en} / ${zh}`);
    this.name = 'ComplianceInputError';
  }
}

export function checkCompliance(text: string, options: ComplianceOptions = {}): ComplianceFinding[] {
  validate(text, options);
  if (text.length === 0) return [];
  const view = normalizeText(text);
  const findings: ComplianceFinding[] = [];

  for (const [rule, detector] of DETECTORS) {
    const info = RULE_CATALOG[rule];
    if (info.platforms !== 'all' && (!options.platform || !info.platforms.includes(options.platform))) continue;
    for (const m of mergeOverlaps(detector.detect(view, options))) {
      findings.push({
        rule,
        name: info.name,
        reason: info.reason,
        span: toOriginalSpan(view, m.start, m.end),
        platforms: info.platforms,
        severity: m.severity ?? info.severity,
      });
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Overlapping hits of one rule become one finding; the stricter severity wins. */
function mergeOverlaps(matches: RawMatch[]): RawMatch[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawMatch[] = [];
  for (const m of sorted) {
    const last = merged.at(-1);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (m.severity === 'block' || last.severity === 'block') last.severity = 'block';
      else last.severity ??= m.severity;
    } else {
      merged.push({ ...m });
    }
  }
  return merged;
}

function validate(text: unknown, options: ComplianceOptions): void {
  if (typeof text !== 'string') {
    throw new ComplianceInputError(`待检查的内容必须是字符串，收到 ${typeof text}`, `text to check must be a string, got ${typeof text}`);
  }
  if (text.length > MAX_CHECK_LENGTH) {
    throw new ComplianceInputError(
      `内容过长（${text.length} 字），最多检查 ${MAX_CHECK_LENGTH} 字`,
      `text is too long (${text.length} characters); at most ${MAX_CHECK_LENGTH} are checked`,
    );
  }
  const { platform, context } = options;
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) {
    throw new ComplianceInputError(`未知平台“${String(platform)}”`, `unknown platform "${String(platform)}"`);
  }
  for (const key of ['reviewRequestsSentForOrder', 'daysSinceDelivery'] as const) {
    const value = context?.[key];
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
      throw new ComplianceInputError(`context.${key} 必须是非负数，收到 ${String(value)}`, `context.${key} must be a non-negative number, got ${String(value)}`);
    }
  }
}
