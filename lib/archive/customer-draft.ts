/**
 * toCustomerDraft: the parsed text as a partial customer for the confirm form. Only fields
 * that pass the archive's own schema limits are filled; the seller confirms before saving.
 */
import { addressSchema, PLATFORMS, type Customer, type Platform } from '../db/schemas.ts';
import type { ParsedCustomer } from './parsed-customer.ts';
import { CustomerTextError } from './parse-customer-text.ts';

export type CustomerDraft = Partial<Pick<Customer, 'platformUid' | 'nickname' | 'name' | 'phone' | 'address'>> & {
  platform: Platform;
  /** Phones beyond the first, for the form to offer (the archive stores one). */
  otherPhones: string[];
  orderNumbers: string[];
  trackingNumbers: string[];
};

export interface DraftSource {
  platform: Platform;
  platformUid?: string;
  nickname?: string;
}

export function toCustomerDraft(parsed: ParsedCustomer, source: DraftSource): CustomerDraft {
  if (!(PLATFORMS as readonly string[]).includes(source.platform)) {
    throw new CustomerTextError(`未知平台“${String(source.platform)}”`, `unknown platform "${String(source.platform)}"`);
  }
  // A mobile is the number couriers and buyers answer; prefer it over a landline.
  const ordered = [...parsed.phones].sort((a, b) => rank(a.kind) - rank(b.kind));
  const draft: CustomerDraft = {
    platform: source.platform,
    otherPhones: ordered.slice(1).map((p) => p.value),
    orderNumbers: [...parsed.orderNumbers],
    trackingNumbers: [...parsed.trackingNumbers],
  };
  const uid = source.platformUid?.trim();
  if (uid) draft.platformUid = uid.slice(0, 120);
  const nickname = source.nickname?.trim();
  if (nickname) draft.nickname = nickname.slice(0, 120);
  if (parsed.name) draft.name = parsed.name.slice(0, 60);
  if (ordered[0]) draft.phone = ordered[0].value;
  if (parsed.address) {
    const { province, city, district, street, full } = parsed.address;
    const address = addressSchema.safeParse({ province, city, district, street, full: full.slice(0, 300) });
    if (address.success) draft.address = stripUndefined(address.data);
  }
  return draft;
}

function rank(kind: 'mobile' | 'landline' | 'international'): number {
  return kind === 'mobile' ? 0 : kind === 'international' ? 1 : 2;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
