/**
 * Fill a template for the chat a content script reports, in the background (which owns the
 * archive): the buyer's card and latest order, the page's product and the shop settings.
 * Used by text expansion and by the "Reply with a script" menu.
 *
 * `platform` is the caller's, taken from the sender's URL (see sender-platform.ts); the
 * snapshot's own `platform` field is never used to pick whose archive card fills a reply.
 */
import { identifyBuyer, identityTrust } from '../assist/buyer-identity';
import { fillValues } from '../assist/fill-values';
import type { SellerDb } from '../db/database';
import { findCustomerByPlatformUid } from '../db/repositories/customers';
import { listOrders } from '../db/repositories/orders';
import { recordTemplateUse } from '../db/repositories/templates';
import type { Platform, Template } from '../db/schemas';
import { resolveLocale } from '../i18n/translate';
import type { ChatSnapshotPayload } from '../messaging/schemas';
import { renderScript, type RenderResult } from '../scripts/render';
import { getSettings } from '../settings/settings-store';
import { confirmedCustomerId } from './buyer-confirmations';

export async function renderTemplateForChat(
  db: SellerDb,
  template: Template,
  snapshot: ChatSnapshotPayload | null,
  platform: Platform | undefined,
  /** The chat's tab: where the seller may have confirmed a nickname match. */
  tabId?: number,
): Promise<RenderResult> {
  const settings = await getSettings();
  const identity = platform ? identifyBuyer(platform, snapshot?.buyer) : undefined;
  const key = identity && identity.basis !== 'none' ? identity.key : undefined;
  const customer = platform && key ? await findCustomerByPlatformUid(db, platform, key) : undefined;
  const confirmed =
    identity?.basis === 'nickname' && tabId !== undefined ? await confirmedCustomerId(tabId, identity.platform, identity.nickname) : undefined;
  const trust = identity ? identityTrust(identity, customer?.id, confirmed) : undefined;
  const order = customer ? (await listOrders(db, customer.id))[0] : undefined;
  const locale = resolveLocale(settings.language, navigator.language);
  const values = fillValues({
    snapshot: snapshot ?? undefined,
    customer,
    order,
    settings,
    locale,
    trust,
  });
  const result = renderScript(template.body, values, template.locale);
  if (result.ok) await recordTemplateUse(db, template.id);
  return result;
}

/** The template a shortcut names: the seller's own or edited first, hidden ones never. */
export async function templateForShortcut(db: SellerDb, shortcut: string): Promise<Template | undefined> {
  const matches = await db.templates.where('shortcut').equalsIgnoreCase(shortcut).toArray();
  return matches.filter((t) => !t.hidden).sort((a, b) => Number(a.builtIn) - Number(b.builtIn))[0];
}

export type ExpandResult = { ok: true; text: string } | { ok: false; reason: 'unknown' | 'missing_values' | 'no_chat' };

/** Text expansion: the template a typed shortcut names, filled for `chat` on `platform`. */
export async function expandShortcut(
  db: SellerDb,
  shortcut: string,
  chat: ChatSnapshotPayload | null,
  platform: Platform | undefined,
  tabId: number | undefined,
): Promise<ExpandResult> {
  const template = await templateForShortcut(db, shortcut);
  if (!template) return { ok: false, reason: 'unknown' };
  const result = await renderTemplateForChat(db, template, chat, platform, tabId);
  return result.ok ? { ok: true, text: result.text } : { ok: false, reason: 'missing_values' };
}
