/**
 * When the seller promises an answer. The shop's complaint response time counts from now; a
 * promise that would fall at night moves to the start of the next working day, since nobody
 * keeps a 3 a.m. promise and the buyer knows it.
 */
import type { ShopPolicy } from '../settings/shop-policy';
import { addLocalHours, withinWorkingHours } from './local-time';

type Policy = Pick<ShopPolicy, 'timeZone' | 'followUp'>;

/**
 * An escalation threat (12315, platform intervention) is answered within hours, not a day:
 * the platform steps in on its own clock and penalises the shop for waiting.
 */
export const ESCALATION_RESPONSE_HOURS = 2;

export function responseDeadline(now: number, policy: Policy, hours = policy.followUp.complaintResponseHours): number {
  const { startHour, endHour } = policy.followUp.workingHours;
  return withinWorkingHours(addLocalHours(now, policy.timeZone, hours), policy.timeZone, startHour, endHour);
}
