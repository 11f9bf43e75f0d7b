/**
 * The conversation flows in the order `advise` should try them, each `{ id, decide }`. In the
 * registry (lib/advise/playbook-registry.ts) they go around the money playbooks like this:
 *   offPlatformRequest, complaint (escalation before the return it is about), afterSaleProgress,
 *   logistics, [returns, haggle], lostSale (after haggle would not do: "太贵了不买了" must be a
 *   goodbye, not another counter-offer, so lostSale goes before haggle), orderConfirmation,
 *   paymentReminder, festivalGreeting.
 */
import { afterSaleProgressPlaybook } from './after-sale-progress';
import { complaintFlowPlaybook } from './complaints';
import { festivalGreetingPlaybook } from './festival-greetings';
import type { FlowPlaybook } from './flow-types';
import { logisticsPlaybook } from './logistics';
import { lostSalePlaybook } from './lost-sale';
import { offPlatformRequestPlaybook } from './off-platform-request';
import { orderConfirmationPlaybook } from './order-confirmation';
import { paymentReminderPlaybook } from './payment-reminder';

export const FLOW_PLAYBOOKS: readonly FlowPlaybook[] = [
  offPlatformRequestPlaybook,
  complaintFlowPlaybook,
  afterSaleProgressPlaybook,
  logisticsPlaybook,
  lostSalePlaybook,
  orderConfirmationPlaybook,
  paymentReminderPlaybook,
  festivalGreetingPlaybook,
];

/** The first flow that decides, as the registry would pick it among these alone. */
export function decideFlow(conversation: Parameters<FlowPlaybook['decide']>[0]) {
  for (const playbook of FLOW_PLAYBOOKS) {
    const verdict = playbook.decide(conversation);
    if (verdict) return verdict;
  }
  return null;
}
