/**
 * Every playbook `advise` consults, in the order they are tried; the first that decides owns
 * the conversation (one decision per conversation). To add a flow, write a module exporting a
 * `Playbook` (`{ id, decide(conversation) → verdict | null }`) and list it here. Put specific
 * flows before general ones: a haggle in progress before a stray return word, an escalation
 * threat before the return it is about.
 */
import { afterSaleProgressPlaybook } from '../playbooks/after-sale-progress';
import { complaintFlowPlaybook } from '../playbooks/complaints';
import { festivalGreetingPlaybook } from '../playbooks/festival-greetings';
import { hagglePlaybook } from '../playbooks/haggle';
import { logisticsPlaybook } from '../playbooks/logistics';
import { lostSalePlaybook } from '../playbooks/lost-sale';
import { offPlatformRequestPlaybook } from '../playbooks/off-platform-request';
import { orderConfirmationPlaybook } from '../playbooks/order-confirmation';
import { paymentReminderPlaybook } from '../playbooks/payment-reminder';
import { returnsPlaybook } from '../playbooks/returns';
import { complaintPlaybook, reviewPlaybook } from './review-complaint-playbooks';
import type { Playbook } from './types';

export const PLAYBOOKS: readonly Playbook[] = [
  // "加个微信" is answered before anything else it might be mixed with.
  offPlatformRequestPlaybook,
  // An escalation threat (12315, 平台介入), even one made earlier, before the case it is about;
  // the older complaint playbook stays as the fallback for complaints the flow leaves alone.
  complaintFlowPlaybook,
  complaintPlaybook,
  reviewPlaybook,
  afterSaleProgressPlaybook,
  logisticsPlaybook,
  // "太贵了不买了" is a goodbye, not another counter-offer: before the haggle.
  lostSalePlaybook,
  hagglePlaybook,
  returnsPlaybook,
  orderConfirmationPlaybook,
  paymentReminderPlaybook,
  festivalGreetingPlaybook,
];

/**
 * The playbooks that may speak first, before the buyer has written anything: a payment
 * reminder, the order read back for checking, a festival greeting. Nothing else decides on a
 * conversation with no buyer message.
 */
export const SELLER_FIRST_PLAYBOOKS: ReadonlySet<Playbook> = new Set([
  orderConfirmationPlaybook,
  paymentReminderPlaybook,
  festivalGreetingPlaybook,
]);

/**
 * The flows that decide from the buyer's words alone, not from the situation the classifier or
 * the seller settled on. When the seller picks a situation in the sidebar, the pick outranks
 * them: "什么时候能到" corrected to ship_time must not still get the logistics flow.
 */
export const WORD_DRIVEN_PLAYBOOKS: ReadonlySet<Playbook> = new Set([
  offPlatformRequestPlaybook,
  complaintFlowPlaybook,
  afterSaleProgressPlaybook,
  logisticsPlaybook,
  lostSalePlaybook,
  orderConfirmationPlaybook,
  paymentReminderPlaybook,
  festivalGreetingPlaybook,
]);
