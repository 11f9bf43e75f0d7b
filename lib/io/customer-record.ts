/**
 * One customer and everything recorded about them, as one JSON file (a buyer asking what
 * the shop keeps about them), and the matching deletion that also drops their
 * conversation state, which deleteCustomer leaves because it lives under a chat key.
 */
import { toCustomer, type SellerDb } from '../db/database';
import { deleteCustomer } from '../db/repositories/customers';
import { forgetInsightBuyer } from '../insights/forget-buyer';
import type { Conversation, Customer, Note, Order, Task } from '../db/schemas';

export const CUSTOMER_RECORD_FORMAT = 'seller-assistant/customer';
export const CUSTOMER_RECORD_VERSION = 1;

export interface CustomerRecord {
  format: typeof CUSTOMER_RECORD_FORMAT;
  version: typeof CUSTOMER_RECORD_VERSION;
  exportedAt: number;
  customer: Customer;
  orders: Order[];
  notes: Note[];
  tasks: Task[];
  conversation?: Conversation;
}

/** The key the playbooks store a buyer's conversation state under. */
export function conversationKey(customer: Pick<Customer, 'platform' | 'platformUid'>): string {
  return `${customer.platform}:${customer.platformUid}`;
}

export async function exportCustomerRecord(db: SellerDb, customerId: string, now = Date.now()): Promise<CustomerRecord | undefined> {
  return db.transaction('r', [db.customers, db.orders, db.notes, db.tasks, db.conversations], async () => {
    const stored = await db.customers.get(customerId);
    if (!stored) return undefined;
    const customer = toCustomer(stored);
    const record: CustomerRecord = {
      format: CUSTOMER_RECORD_FORMAT,
      version: CUSTOMER_RECORD_VERSION,
      exportedAt: now,
      customer,
      orders: await db.orders.where('customerId').equals(customerId).sortBy('createdAt'),
      notes: await db.notes.where('[customerId+createdAt]').between([customerId, 0], [customerId, Infinity]).toArray(),
      tasks: await db.tasks.where('customerId').equals(customerId).sortBy('dueAt'),
    };
    const conversation = await db.conversations.get(conversationKey(customer));
    if (conversation) record.conversation = conversation;
    return record;
  });
}

export function serializeCustomerRecord(record: CustomerRecord): string {
  return JSON.stringify(record, null, 2);
}

export function customerRecordFileName(customer: Pick<Customer, 'platform' | 'platformUid'>): string {
  const safe = customer.platformUid.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60);
  return `customer-${customer.platform}-${safe}.json`;
}

/**
 * Delete the customer with their orders, notes, tasks and conversation state, and take their
 * name off the insights log (its counts stay: see lib/insights/forget-buyer.ts), all or nothing.
 */
export async function deleteCustomerEverywhere(db: SellerDb, customerId: string): Promise<boolean> {
  return db.transaction('rw', [db.customers, db.orders, db.notes, db.tasks, db.conversations, db.insightEvents], async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) return false;
    await deleteCustomer(db, customerId);
    await db.conversations.delete(conversationKey(customer));
    await forgetInsightBuyer(db, conversationKey(customer));
    return true;
  });
}
