/**
 * The archive's merge rule for a customer met again (the same rule upsertCustomer applies):
 * identity (platform + buyer id) stays as stored, blank values never erase stored ones, tags
 * and interests are united, sizes are merged key by key, any other value replaces the old.
 */
import type { Customer } from '../db/schemas';

export type CustomerDraft = Partial<Omit<Customer, 'id' | 'createdAt' | 'updatedAt'>>;

function isBlank(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

export function mergeCustomerDraft(existing: Customer, draft: CustomerDraft): Customer {
  const merged: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(draft)) {
    if (isBlank(value) || key === 'platform' || key === 'platformUid') continue;
    if (key === 'tags' || key === 'interests') {
      merged[key] = [...new Set([...(existing[key] ?? []), ...(value as string[])])];
    } else if (key === 'sizes') {
      merged[key] = { ...existing.sizes, ...(value as Record<string, string>) };
    } else {
      merged[key] = value;
    }
  }
  return merged as Customer;
}
