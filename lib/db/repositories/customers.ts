import { z } from 'zod';
import { toCustomer, type SellerDb, type StoredCustomer } from '../database';
import { mergeCustomer, phoneIdentity } from '../customer-merge';
import { anyCustomerAwaitingSearchKeys } from '../search-key-backlog';
import { DuplicateCustomerError } from '../errors';
import { customerSchema, type Customer, type Platform } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';
import { localized } from '../../i18n/localized';

/** What a caller supplies; ids and timestamps are the repository's job. */
export const customerInputSchema = customerSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerPatch = Partial<CustomerInput>;

export async function createCustomer(db: SellerDb, input: CustomerInput, now = Date.now()): Promise<Customer> {
  const customer = validate('customer', customerSchema, {
    ...input,
    id: newId(),
    createdAt: now,
    updatedAt: now,
  });
  return db.transaction('rw', db.customers, async () => {
    const clash = await findCustomerByPlatformUid(db, customer.platform, customer.platformUid);
    if (clash) throw duplicateOf(clash.id, customer.platformUid);
    await db.customers.add(customer);
    return customer;
  });
}

function duplicateOf(existingId: string, platformUid: string): DuplicateCustomerError {
  return new DuplicateCustomerError(
    existingId,
    localized(
      `该平台已有买家 ID 为 ${platformUid} 的顾客`,
      `A customer with buyer id ${platformUid} already exists on this platform`,
    ),
  );
}

export async function updateCustomer(
  db: SellerDb,
  id: string,
  patch: CustomerPatch,
  now = Date.now(),
): Promise<Customer> {
  return db.transaction('rw', db.customers, async () => {
    const existing = await db.customers.get(id);
    if (!existing) throw new Error(`customer ${id} not found`);
    const updated = validate('customer', customerSchema, { ...existing, ...patch, id, updatedAt: now });
    // Moving onto another customer's buyer id would otherwise surface as a bare ConstraintError.
    if (updated.platform !== existing.platform || updated.platformUid !== existing.platformUid) {
      const clash = await findCustomerByPlatformUid(db, updated.platform, updated.platformUid);
      if (clash && clash.id !== id) throw duplicateOf(clash.id, updated.platformUid);
    }
    await db.customers.put(updated);
    return updated;
  });
}

export function findCustomerByPlatformUid(
  db: SellerDb,
  platform: Platform,
  platformUid: string,
): Promise<Customer | undefined> {
  return db.customers.where('[platform+platformUid]').equals([platform, platformUid]).first();
}

/**
 * Save a customer that may already be in the archive: the same platform+uid, or else the
 * same phone, is updated (blank fields in the draft never erase stored ones) instead of
 * creating a duplicate. A caller's transaction must include customers and searchKeyBacklog.
 */
export async function upsertCustomer(
  db: SellerDb,
  draft: CustomerInput,
  now = Date.now(),
): Promise<{ customer: Customer; created: boolean }> {
  return db.transaction('rw', db.customers, db.searchKeyBacklog, async () => {
    const byUid = await findCustomerByPlatformUid(db, draft.platform, draft.platformUid);
    const existing = byUid ?? (await findCustomerByPhone(db, draft.phone));
    if (!existing) return { customer: await createCustomer(db, draft, now), created: true };
    const customer = await updateCustomer(db, existing.id, mergeCustomer(existing, draft), now);
    return { customer, created: false };
  });
}

/**
 * The customer with this phone however it was typed (see phoneIdentity). Looked up through the
 * search keys, which hold every suffix of a phone's digits and so the whole number. Customers
 * still waiting for their keys after a bulk import are not in that index yet: while any wait,
 * they are checked one by one, which is slow in a large archive but only lasts until the
 * background has built their keys.
 */
export async function findCustomerByPhone(db: SellerDb, phone: string | undefined): Promise<Customer | undefined> {
  const identity = phoneIdentity(phone);
  if (!identity) return undefined;
  const samePhone = (customer: StoredCustomer) => phoneIdentity(customer.phone) === identity;
  const indexed = await db.customers.where('searchKeys').equals(identity).filter(samePhone).first();
  if (indexed) return toCustomer(indexed);
  if (!(await anyCustomerAwaitingSearchKeys(db))) return undefined;
  const waiting = await db.customers.filter((customer) => customer.keysPending === 1 && samePhone(customer)).first();
  return waiting && toCustomer(waiting);
}

/** Remove a customer and everything recorded about them, all or nothing. */
export async function deleteCustomer(db: SellerDb, id: string): Promise<void> {
  await db.transaction('rw', [db.customers, db.orders, db.notes, db.tasks], async () => {
    await db.orders.where('customerId').equals(id).delete();
    await db.notes.where('[customerId+createdAt]').between([id, 0], [id, Infinity]).delete();
    await db.tasks.where('customerId').equals(id).delete();
    await db.customers.delete(id);
  });
}
