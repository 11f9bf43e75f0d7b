/** The customer archive as a CSV file Excel opens correctly in Chinese. */
import type { SellerDb } from '../db/database';
import { readSheetTables } from './archive-tables';
import { toCsv } from './csv-format';
import { customerSheet, type CustomerSheetInput, type CustomerSheetOptions } from './customer-sheet';

export function customersToCsv(input: CustomerSheetInput, options: CustomerSheetOptions): string {
  const { headers, rows } = customerSheet(input, options);
  return toCsv(headers, rows);
}

export async function exportCustomersCsv(db: SellerDb, options: CustomerSheetOptions): Promise<string> {
  return customersToCsv(await readSheetTables(db), options);
}

export function exportFileName(extension: 'csv' | 'xlsx', now = Date.now()): string {
  return `seller-assistant-customers-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
