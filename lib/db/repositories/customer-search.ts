import type { SellerDb, StoredCustomer } from '../database';
import type { Customer } from '../schemas';
import { customerQueryKey } from '../../search/customer-search-keys';

/** Customers whose name, nickname, buyer id, phone fragment or pinyin starts the query. */
export async function searchCustomers(db: SellerDb, query: string, limit = 30): Promise<Customer[]> {
  const key = customerQueryKey(query);
  if (!key) return db.customers.orderBy('name').limit(limit).toArray().then(stripKeys);
  const found = await db.customers.where('searchKeys').startsWith(key).distinct().limit(limit).toArray();
  return stripKeys(found);
}

function stripKeys(customers: StoredCustomer[]): Customer[] {
  return customers.map(({ searchKeys: _keys, ...customer }) => customer);
}
