/**
 * The customer list as a sheet: one row per customer, in the column order sellers know, with
 * headers in the UI language. The same columns serve the CSV and the XLSX export, and their
 * headers are recognised by the import, so an exported file imports back unchanged.
 */
import type { Customer, Note, Order } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import { FIELD_LABELS, type ColumnTarget } from './column-mapping';
import { platformName } from './platform-names';

export interface SheetColumn {
  header: Record<Locale, string>;
  /** Where the column goes when the file is imported back ('ignore' for derived counts). */
  target: ColumnTarget;
}

const column = (target: ColumnTarget): SheetColumn => ({ header: { ...FIELD_LABELS[target] }, target });

export const CUSTOMER_COLUMNS: readonly SheetColumn[] = [
  column('platform'),
  column('platformUid'),
  column('nickname'),
  column('name'),
  column('phone'),
  column('province'),
  column('city'),
  column('district'),
  column('street'),
  column('birthday'),
  column('tags'),
  column('vipLevel'),
  column('points'),
  { header: { 'zh-CN': '订单数', en: 'Orders' }, target: 'ignore' },
  { header: { 'zh-CN': '最近订单', en: 'Last order' }, target: 'ignore' },
  column('note'),
];

/** Tags are joined with a separator the import splits on (a tag itself cannot hold one). */
export const TAG_JOINER: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

export interface CustomerSheetInput {
  customers: readonly Customer[];
  orders: readonly Order[];
  notes: readonly Note[];
}

export interface CustomerSheetOptions {
  locale: Locale;
  /** Dates of the last order are shown in the shop's time zone. */
  timeZone: string;
}

export function customerSheet(input: CustomerSheetInput, options: CustomerSheetOptions): { headers: string[]; rows: (string | number)[][] } {
  const { locale } = options;
  const ordersBy = groupBy(input.orders, (o) => o.customerId);
  const notesBy = groupBy(input.notes, (n) => n.customerId);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

  const rows = input.customers.map((customer) => {
    const orders = ordersBy.get(customer.id) ?? [];
    const last = orders.reduce<Order | undefined>((latest, o) => (!latest || orderTime(o) > orderTime(latest) ? o : latest), undefined);
    // Oldest first, so a re-import that joins them into one note reads in order.
    const noteText = (notesBy.get(customer.id) ?? [])
      .slice()
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((n) => n.text)
      .join('\n');
    return [
      platformName(customer.platform, locale),
      customer.platformUid,
      customer.nickname ?? '',
      customer.name ?? '',
      customer.phone ?? '',
      customer.address?.province ?? '',
      customer.address?.city ?? '',
      customer.address?.district ?? '',
      // An address never split into parts still travels whole in the street column.
      customer.address?.street ?? (hasParts(customer) ? '' : (customer.address?.full ?? '')),
      customer.birthday ?? '',
      customer.tags.join(TAG_JOINER[locale]),
      customer.vipLevel,
      customer.points,
      orders.length,
      last ? `${day.format(orderTime(last))} ${last.orderNo}` : '',
      noteText,
    ];
  });
  return { headers: CUSTOMER_COLUMNS.map((c) => c.header[locale]), rows };
}

function hasParts(customer: Customer): boolean {
  const a = customer.address;
  return Boolean(a && (a.province || a.city || a.district || a.street));
}

function orderTime(order: Order): number {
  return order.paidAt ?? order.createdAt;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
