import type { Platform } from '../db/schemas.ts';
import type { Localized } from '../i18n/localized.ts';

export const RULE_IDS = [
  'off-platform',
  'off-platform-contact',
  'off-platform-payment',
  'review-incentive',
  'fake-orders',
  'insult-threat',
  'buyer-data-leak',
  'complaint-withdrawal-payment',
  'medical-claims',
  'absolute-terms',
  'compensation-promise',
  'pushy-review-request',
  'other-platform',
  'amazon-positive-review-request',
  'amazon-repeat-review-request',
  'amazon-late-review-request',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'block' | 'warn';

/** A stretch of the seller's original text (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ComplianceFinding {
  rule: RuleId;
  name: Localized;
  reason: Localized;
  span: TextSpan;
  platforms: readonly Platform[] | 'all';
  severity: Severity;
}

export interface ComplianceContext {
  /** Review requests already sent for the order this reply belongs to. */
  reviewRequestsSentForOrder?: number;
  /** Whole days since the order was delivered. */
  daysSinceDelivery?: number;
}

export interface ComplianceOptions {
  /** Platform the reply goes to; platform-only rules (Amazon's) run only when it matches. */
  platform?: Platform;
  context?: ComplianceContext;
}
