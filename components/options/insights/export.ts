/** CSV and PNG files of a chart, named after the chart and the filtered days. */
import { toCsv } from '../../../lib/io/csv-format';
import { downloadBlob, downloadText } from '../../download';

export interface TableSpec {
  caption: string;
  headers: string[];
  rows: (string | number)[][];
  /** A closing row (totals), also exported. */
  footer?: (string | number)[];
}

/** The same rows the table shows, as Excel reads them (see lib/io/csv-format.ts). */
export function downloadTableCsv(filename: string, table: TableSpec): void {
  const rows = table.footer ? [...table.rows, table.footer] : table.rows;
  downloadText(filename, toCsv(table.headers, rows), 'text/csv;charset=utf-8');
}

export function downloadPngDataUrl(filename: string, dataUrl: string): void {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  downloadBlob(filename, bytes, 'image/png');
}
