/**
 * The archive's one rule for a customer met again, whether saved from the chat
 * (upsertCustomer) or found in an imported sheet (previewImport): identity (platform + buyer
 * id) stays as stored; a blank value never erases a stored one; tags and interests are united;
 * sizes are merged size by size; an address with its full text is a new address and replaces
 * the old one whole, while a draft with only some parts (a district) keeps the stored rest;
 * any other value replaces the old one.
 */
import type { Customer } from './schemas';
import { MIN_PHONE_FRAGMENT } from '../search/customer-search-keys';

/** What a caller may know about the customer: any stored field except the archive's own. */
export type CustomerDraftFields = Partial<Omit<Customer, 'id' | 'createdAt' | 'updatedAt'>>;

export function mergeCustomer(existing: Customer, draft: CustomerDraftFields): Customer {
  const merged: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(draft) as [keyof CustomerDraftFields, unknown][]) {
    if (key === 'platform' || key === 'platformUid') continue;
    if (key === 'tags' || key === 'interests') {
      const added = ((value as string[] | undefined) ?? []).filter((item) => !isBlank(item));
      if (added.length > 0) merged[key] = [...new Set([...existing[key], ...added])];
    } else if (key === 'address' && !isBlank(draft.address?.full)) {
      // Mixing a new full text with the old street would describe no real address.
      merged.address = { ...draft.address };
    } else if (key === 'sizes' || key === 'address') {
      const parts = Object.entries((value as Record<string, unknown> | undefined) ?? {}).filter(([, part]) => !isBlank(part));
      if (parts.length > 0) merged[key] = { ...existing[key], ...Object.fromEntries(parts) };
    } else if (!isBlank(value)) {
      merged[key] = value;
    }
  }
  return merged as Customer;
}

/**
 * The same phone however it was typed: its digits, without the +86 or 0086 in front of a
 * mainland mobile, so 138-1234-5678, +86 13812345678 and 13812345678 are one customer.
 * Undefined for a value too short to be a phone, which never identifies anyone.
 */
export function phoneIdentity(phone: string | undefined): string | undefined {
  const digits = (phone ?? '').replace(/\D/g, '').replace(/^(?:00)?86(?=1[3-9]\d{9}$)/, '');
  // Shorter than any phone fragment the search keys hold, so no lookup could find it either.
  return digits.length >= MIN_PHONE_FRAGMENT ? digits : undefined;
}

/** Blank after trimming, as the schema would store it: such a value never replaces a stored one. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
