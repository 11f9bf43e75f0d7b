/**
 * The shape of a reply script and the groups scripts belong to. Situation groups come from the
 * taxonomy; lifecycle and playbook groups are contracts with the follow-up tasks and the
 * playbooks, which look scripts up by these exact ids.
 */
import type { Locale } from '../i18n/localized';
import type { SituationId } from '../situations/taxonomy';
import type { ClaimId } from './claims';
import type { VariableName } from './variables';

export const TONES = ['warm', 'concise', 'formal'] as const;
export type Tone = (typeof TONES)[number];

export const LIFECYCLE_GROUPS = [
  'lifecycle.payment_reassurance',
  'lifecycle.shipping_notice',
  'lifecycle.arrival_check',
  'lifecycle.signoff_followup',
  'lifecycle.review_reminder',
  'lifecycle.review_thanks',
  'lifecycle.unfair_review_reply',
  'lifecycle.revisit',
  'lifecycle.festival_greeting',
  'lifecycle.birthday_greeting',
  'lifecycle.vip_invitation',
  'lifecycle.vip_reactivation',
  'lifecycle.lost_sale_goodbye',
  'lifecycle.return_tracking_check',
  'lifecycle.refund_done',
] as const;
export type LifecycleGroup = (typeof LIFECYCLE_GROUPS)[number];

/**
 * Playbook groups and the variables each of their scripts must use: the playbook supplies
 * these values, so a script that drops one would silently ignore the playbook's decision.
 */
export const PLAYBOOK_GROUP_VARIABLES = {
  'playbook.haggle_free_shipping_first': ['list_price'],
  'playbook.haggle_invite_offer': [],
  'playbook.haggle_counter': ['next_price'],
  'playbook.haggle_final': ['next_price', 'small_request'],
  'playbook.haggle_accept': ['next_price', 'small_request'],
  'playbook.haggle_hold_line': ['next_price'],
  'playbook.free_shipping_bundle': ['bundle_qty'],
  'playbook.gift_membership': ['membership_gift'],
  'playbook.return_quality': [],
  'playbook.return_shipping_fault': [],
  'playbook.return_no_reason': ['return_window_days', 'return_shipping_payer', 'return_address'],
  'playbook.exchange_no_reason': [],
  'playbook.return_outside_window': ['return_window_days'],
  'playbook.bad_review_apology': [],
  'playbook.review_reconsider': [],
  'playbook.unfair_review_public': [],
  'playbook.complaint_ack': ['deadline'],
  'playbook.complaint_accept_withdraw': [],
  'playbook.haggle_vip': ['next_price'],
  'playbook.haggle_accept_checkout': ['next_price', 'small_request'],
  'playbook.haggle_final_checkout': ['next_price', 'small_request'],
  'playbook.haggle_hold_line_checkout': ['next_price'],
  'playbook.haggle_vip_checkout': ['next_price'],
  'playbook.free_shipping_included': [],
  'playbook.fault_ask_photo': [],
  'playbook.refund_ask_reason': [],
  'playbook.perishable_ask_photo': [],
  'playbook.perishable_compensate': [],
  'playbook.exchange_late': ['return_window_days', 'return_shipping_payer'],
  'playbook.return_late': ['return_window_days', 'return_shipping_payer', 'return_address'],
  'playbook.return_excluded': [],
} as const satisfies Record<string, readonly VariableName[]>;
export type PlaybookGroup = keyof typeof PLAYBOOK_GROUP_VARIABLES;
export const PLAYBOOK_GROUPS = Object.keys(PLAYBOOK_GROUP_VARIABLES) as PlaybookGroup[];

/**
 * Groups of the conversation flows (lib/playbooks/logistics.ts, complaints.ts and the smaller
 * flows), with the variables the flow supplies, as for the playbook groups above.
 */
export const FLOW_GROUP_VARIABLES = {
  'flow.logistics_ask_order': [],
  'flow.logistics_not_shipped': [],
  'flow.logistics_in_transit': [],
  'flow.logistics_late': ['deadline'],
  'flow.logistics_delivered_not_received': ['deadline'],
  'flow.logistics_pickup_station': [],
  'flow.logistics_refused_returned': [],
  'flow.logistics_hold_before_ship': [],
  'flow.logistics_redirect_after_ship': ['deadline'],
  'flow.logistics_courier_attitude': [],
  'flow.complaint_resolve': ['resolution'],
  'flow.complaint_escalation_resolve': ['resolution'],
  'flow.complaint_escalation_ask': ['deadline'],
  'flow.payment_reminder': [],
  'flow.order_confirmation': [],
  'flow.off_platform_refusal': [],
  'flow.after_sale_progress_done': [],
  'flow.after_sale_progress_pending': ['deadline'],
} as const satisfies Record<string, readonly VariableName[]>;
export type FlowGroup = keyof typeof FLOW_GROUP_VARIABLES;
export const FLOW_GROUPS = Object.keys(FLOW_GROUP_VARIABLES) as FlowGroup[];

export type ScriptGroup = SituationId | LifecycleGroup | PlaybookGroup | FlowGroup;

export interface BuiltinScript {
  /** `${group}.${locale}.${n}`, n counting from 1 within the group and locale. */
  id: string;
  group: ScriptGroup;
  locale: Locale;
  tone: Tone;
  title: string;
  body: string;
  tags: readonly string[];
  /** What the text states as fact (lib/scripts/claims.ts); offered only when the facts back it. */
  claims: readonly ClaimId[];
}

/** tone, title, body, tags, claims */
export type ScriptEntry = readonly [Tone, string, string, (readonly string[])?, (readonly ClaimId[])?];

/**
 * Declares a group's scripts. Ids are numbered in declaration order, so new scripts go at the
 * end of their list: tasks and usage statistics keep pointing at the same script.
 */
export function defineGroup(
  group: ScriptGroup,
  byLocale: Partial<Record<Locale, readonly ScriptEntry[]>>,
): BuiltinScript[] {
  const scripts: BuiltinScript[] = [];
  for (const [locale, entries] of Object.entries(byLocale) as [Locale, readonly ScriptEntry[]][]) {
    entries.forEach(([tone, title, body, tags = [], claims = []], n) => {
      scripts.push({ id: `${group}.${locale}.${n + 1}`, group, locale, tone, title, body, tags, claims });
    });
  }
  return scripts;
}
