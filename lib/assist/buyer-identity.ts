/**
 * Which customer a chat is about, and how sure we are. Order numbers, tracking numbers and a
 * customer's real name go into replies to the buyer: filling in another customer's facts
 * would hand one buyer's data to another. So a customer is keyed only by something that
 * names one buyer:
 * - a buyer id the page shows (Pinduoduo's uid, JD's pin): trusted;
 * - a nickname when the page shows no id (Douyin 飞鸽): two buyers can share one, so a match
 *   is unverified until the seller confirms the card ("是这位顾客"), and until then the
 *   archive's facts stay out of replies;
 * - never a masked name (anything holding `*`, such as Pinduoduo's "E***E"): many buyers
 *   share each one.
 */
import type { Platform } from '../db/schemas';

export type BuyerIdentity =
  /** `key` is the archive key (platform + platformUid). */
  | { basis: 'page-id'; platform: Platform; key: string; nickname?: string }
  | { basis: 'nickname'; platform: Platform; key: string; nickname: string }
  /** Nothing on the page names one buyer; `masked` says a masked name was all there was. */
  | { basis: 'none'; platform: Platform; masked: boolean };

/** How far the card shown for a chat can be trusted with the archive's facts. */
export type IdentityTrust = 'page-id' | 'unverified' | 'confirmed';

/** Asterisks in either width: the masks marketplaces put into names and numbers. */
export function isMasked(text: string): boolean {
  return /[*＊]/.test(text);
}

function usable(text: string | undefined): { value?: string; masked: boolean } {
  const value = text?.trim();
  if (!value) return { masked: false };
  return isMasked(value) ? { masked: true } : { value, masked: false };
}

export function identifyBuyer(platform: Platform, buyer: { uid?: string; nickname?: string } | undefined): BuyerIdentity {
  const uid = usable(buyer?.uid);
  const nickname = usable(buyer?.nickname);
  if (uid.value) return { basis: 'page-id', platform, key: uid.value, ...(nickname.value ? { nickname: nickname.value } : {}) };
  if (nickname.value) return { basis: 'nickname', platform, key: nickname.value, nickname: nickname.value };
  return { basis: 'none', platform, masked: uid.masked || nickname.masked };
}

/**
 * `confirmedCustomerId` is the customer the seller confirmed for this nickname in this tab;
 * a confirmation of another card (same nickname, another customer since) does not count.
 */
export function identityTrust(
  identity: BuyerIdentity,
  customerId: string | undefined,
  confirmedCustomerId: string | undefined,
): IdentityTrust | undefined {
  if (identity.basis === 'none') return undefined;
  if (identity.basis === 'page-id') return 'page-id';
  return customerId !== undefined && customerId === confirmedCustomerId ? 'confirmed' : 'unverified';
}

/** The archive's facts (order, tracking, real name, VIP) may go into a reply. */
export function archiveFactsAllowed(trust: IdentityTrust | undefined): boolean {
  return trust === 'page-id' || trust === 'confirmed';
}
