/**
 * What a chosen file is: a full backup (JSON), a workbook (XLSX, a zip) or a CSV/text sheet,
 * told by its content first and its name second, since sellers rename files.
 */
import { localized, type Localized } from '../i18n/localized';
import { decodeCsvBytes, parseCsv, type SheetRows } from './csv-format';
import { SheetFileError, sheetFileMessage } from './sheet-file-error';
import { readXlsxRows } from './xlsx';
import { isZip } from './zip-entries';

export type ImportFile =
  | { kind: 'backup'; text: string }
  | { kind: 'sheet'; sheet: SheetRows }
  | { kind: 'unreadable'; message: Localized };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

export async function readImportFile(name: string, bytes: Uint8Array): Promise<ImportFile> {
  if (isZip(bytes)) {
    try {
      return { kind: 'sheet', sheet: await readXlsxRows(bytes) };
    } catch (error) {
      if (error instanceof SheetFileError) return { kind: 'unreadable', message: error.localized };
      return { kind: 'unreadable', message: localized('无法读取这个 Excel 文件，请另存为 .xlsx 或 CSV 后再试。', 'This Excel file cannot be read; save it as .xlsx or CSV and try again.') };
    }
  }
  // A password-protected .xlsx is an OLE container like an old .xls.
  if (/\.xls[xm]$/i.test(name) && startsWith(bytes, OLE_MAGIC)) return { kind: 'unreadable', message: sheetFileMessage('sheetFile_encrypted') };
  if (/\.xls$/i.test(name) || startsWith(bytes, OLE_MAGIC)) {
    return { kind: 'unreadable', message: localized('不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 CSV。', 'Old .xls files are not supported; save as .xlsx or CSV in Excel.') };
  }
  // Read as CSV, a text file renamed .xlsx would import its lines as customers.
  if (/\.xls[xm]$/i.test(name)) return { kind: 'unreadable', message: sheetFileMessage('sheetFile_notZip') };
  let text: string;
  let sheet: SheetRows;
  try {
    text = decodeCsvBytes(bytes);
    if (/^\s*\{/.test(text)) return { kind: 'backup', text };
    sheet = parseCsv(text);
  } catch (error) {
    if (error instanceof SheetFileError) return { kind: 'unreadable', message: error.localized };
    throw error;
  }
  if (sheet.headers.length === 0 || sheet.headers.every((h) => h === '')) {
    return { kind: 'unreadable', message: localized('文件是空的，第一行应是表头。', 'The file is empty; row 1 should hold the column names.') };
  }
  return { kind: 'sheet', sheet };
}
