/**
 * The archive's one rule for a customer met again, whether saved from the chat
 * (upsertCustomer) or found in an imported sheet (previewImport): identity (platform + buyer
 * id) stays as stored; a blank value never erases a stored one; tags and interests are united;
 * sizes and address are merged part by part (a draft with only a district must not drop the
 * stored street); any other value replaces the old one.
 */
import type { Customer } from './schemas';

/** What a caller may know about the customer: any stored field except the archive's own. */
export type CustomerDraftFields = Partial<Omit<Customer, 'id' | 'createdAt' | 'updatedAt'>>;

export function mergeCustomer(existing: Customer, draft: CustomerDraftFields): Customer {
  const merged: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(draft) as [keyof CustomerDraftFields, unknown][]) {
    if (key === 'platform' || key === 'platformUid') continue;
    if (key === 'tags' || key === 'interests') {
      const added = ((value as string[] | undefined) ?? []).filter((item) => !isBlank(item));
      if (added.length > 0) merged[key] = [...new Set([...existing[key], ...added])];
    } else if (key === 'sizes' || key === 'address') {
      const parts = Object.entries((value as Record<string, unknown> | undefined) ?? {}).filter(([, part]) => !isBlank(part));
      if (parts.length > 0) merged[key] = { ...existing[key], ...Object.fromEntries(parts) };
    } else if (!isBlank(value)) {
      merged[key] = value;
    }
  }
  return merged as Customer;
}

/** Blank after trimming, as the schema would store it: such a value never replaces a stored one. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
