import { toCustomer, type SellerDb, type StoredCustomer } from '../database';
import type { Customer } from '../schemas';
import { customerQueryKey } from '../../search/customer-search-keys';

/**
 * Customers whose name, nickname, buyer id, phone fragment or pinyin starts the query; with
 * no query, the newest first (ids sort by creation time, see new-id.ts).
 */
export async function searchCustomers(db: SellerDb, query: string, limit = 30): Promise<Customer[]> {
  const key = customerQueryKey(query);
  if (!key) return stripKeys(await db.customers.reverse().limit(limit).toArray());
  const found = await db.customers.where('searchKeys').startsWith(key).distinct().limit(limit).toArray();
  return stripKeys(found);
}

function stripKeys(customers: StoredCustomer[]): Customer[] {
  return customers.map(toCustomer);
}
