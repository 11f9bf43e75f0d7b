import { toCustomer, type SellerDb, type StoredCustomer } from '../database';
import type { Customer } from '../schemas';
import { customerQueryKey } from '../../search/customer-search-keys';

/** Customers whose name, nickname, buyer id, phone fragment or pinyin starts the query. */
export async function searchCustomers(db: SellerDb, query: string, limit = 30): Promise<Customer[]> {
  const key = customerQueryKey(query);
  if (!key) return stripKeys(await listByName(db, limit));
  const found = await db.customers.where('searchKeys').startsWith(key).distinct().limit(limit).toArray();
  return stripKeys(found);
}

/**
 * Named customers in name order, then the unnamed ones: the name index holds only records
 * that have a name, and many buyers are saved with just a nickname and buyer id.
 */
async function listByName(db: SellerDb, limit: number): Promise<StoredCustomer[]> {
  const named = await db.customers.orderBy('name').limit(limit).toArray();
  if (named.length >= limit) return named;
  const unnamed = await db.customers
    .filter((c) => typeof c.name !== 'string')
    .limit(limit - named.length)
    .toArray();
  return [...named, ...unnamed];
}

function stripKeys(customers: StoredCustomer[]): Customer[] {
  return customers.map(toCustomer);
}
