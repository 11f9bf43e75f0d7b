/**
 * The seller's "是这位顾客" for a nickname match (see lib/assist/buyer-identity.ts), kept per
 * tab in session storage: it survives the worker being stopped and a page reload, is never
 * written to disk, and ends with the tab or the browser. Per tab, because the same nickname in
 * another tab or another day may be someone else; per customer, because a confirmation of one
 * card does not vouch for another.
 */
import { browser } from 'wxt/browser';
import { isMasked } from '../assist/buyer-identity';
import type { SellerDb } from '../db/database';
import { platformSchema, type Platform } from '../db/schemas';

const PREFIX = 'buyerConfirmed:';

function storageKey(tabId: number, platform: Platform, nickname: string): string {
  // JSON keeps any character a nickname may hold from running into the next part.
  return `${PREFIX}${JSON.stringify([tabId, platform, nickname])}`;
}

export async function confirmedCustomerId(tabId: number, platform: Platform, nickname: string): Promise<string | undefined> {
  const key = storageKey(tabId, platform, nickname);
  const stored = (await browser.storage.session.get(key))[key] as { customerId?: unknown } | undefined;
  return typeof stored?.customerId === 'string' ? stored.customerId : undefined;
}

export async function setConfirmation(
  tabId: number,
  platform: Platform,
  nickname: string,
  customerId: string | null,
): Promise<void> {
  const key = storageKey(tabId, platform, nickname);
  if (customerId === null) await browser.storage.session.remove(key);
  else await browser.storage.session.set({ [key]: { customerId, at: Date.now() } });
}

/** A closed tab's confirmations go with it (a new tab may get the same id). */
export async function forgetTabConfirmations(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const mine = Object.keys(all).filter((key) => {
    if (!key.startsWith(PREFIX)) return false;
    try {
      return (JSON.parse(key.slice(PREFIX.length)) as unknown[])[0] === tabId;
    } catch {
      return false;
    }
  });
  if (mine.length > 0) await browser.storage.session.remove(mine);
}

export class BuyerConfirmationError extends Error {
  override readonly name = 'BuyerConfirmationError';
}

/**
 * The seller's answer for the card shown in `tabId`: only a nickname (never a masked one) can
 * be confirmed, and only for a card of that platform keyed by, or named with, that nickname.
 */
export async function confirmBuyerInTab(
  db: SellerDb,
  tabId: number,
  request: { platform: string; nickname: string; customerId: string | null },
): Promise<{ customerId: string | null }> {
  const platform = platformSchema.safeParse(request.platform);
  if (!platform.success) throw new BuyerConfirmationError(`unknown platform: ${request.platform.slice(0, 20)}`);
  const nickname = request.nickname.trim();
  if (!nickname || isMasked(nickname)) throw new BuyerConfirmationError('a masked or empty nickname names no one buyer');
  if (request.customerId !== null) {
    const customer = await db.customers.get(request.customerId);
    const matches =
      customer !== undefined &&
      customer.platform === platform.data &&
      (customer.platformUid === nickname || customer.nickname === nickname);
    if (!matches) throw new BuyerConfirmationError('that card does not belong to this nickname');
  }
  await setConfirmation(tabId, platform.data, nickname, request.customerId);
  return { customerId: request.customerId };
}
