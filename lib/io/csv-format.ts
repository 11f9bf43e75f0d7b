/**
 * CSV as Excel on a Chinese Windows reads and writes it. Writing: UTF-8 with a byte-order mark
 * (without it Excel takes the file for GBK and shows mojibake), CRLF line ends, every field
 * quoted. Reading: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), or GBK/GB18030
 * (what Excel saves as "CSV" in a Chinese locale); comma, semicolon or tab separated.
 */
import Papa from 'papaparse';
import { excerpt, SheetFileError } from './sheet-file-error';

export const UTF8_BOM = '\uFEFF';

/**
 * Spreadsheet safety: a buyer chooses their own nickname, and a cell starting with = + - @
 * is run as a formula when the CSV is opened; so is one starting with a tab or a carriage
 * return, which some spreadsheet programs skip before looking for the formula sign. Such
 * cells get a leading apostrophe (plain numbers like +8613812345678 or -5 are left alone);
 * `unguardCell` takes it off on import, so export → import gives back the same text. Long
 * digit runs (buyer ids, phones) get a leading tab so Excel keeps them as text instead of
 * 1.38E+10; import trims it.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d\s]*$/;
const LONG_DIGITS = /^[+-]?\d{11,}$|^0\d+$/;

export function guardCell(value: string): string {
  const guarded = guardFormula(value);
  if (guarded !== value) return guarded;
  if (LONG_DIGITS.test(value)) return `\t${value}`;
  return value;
}

/**
 * The formula half of `guardCell`, for workbook cells: they are written as text and never run
 * as they open, but a seller who edits one (F2, Enter) or saves the sheet as CSV would turn
 * "=HYPERLINK(…)" into a live formula; the apostrophe keeps it text there too.
 */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function unguardCell(cell: string): string {
  const text = cell.replace(/^\t+/, '');
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

type CsvCell = string | number;

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvFileStart(headers) + csvLines(rows);
}

/**
 * A CSV file written in pieces (a large export appends `csvLines` chunk by chunk): the
 * byte-order mark and the header line.
 */
export function csvFileStart(headers: readonly string[]): string {
  return `${UTF8_BOM}${csvLines([headers])}`;
}

/** Rows as CSV lines, each ending in CRLF, every field quoted and guarded. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : guardCell(cell))));
  return `${Papa.unparse(data, { quotes: true, newline: '\r\n', header: false })}\r\n`;
}

/**
 * Turn file bytes into text: UTF-16 by its byte-order mark or, without one, by where its NUL
 * bytes fall; then UTF-8 strictly, falling back to GB18030. NUL bytes left in the text mean a
 * binary file or an encoding we cannot tell, and the file is refused rather than imported as
 * mojibake.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return decodeWithNuls(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // GB18030 is a superset of GBK and GB2312, so it reads all three.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** How much of the file is sampled to tell UTF-16 from a binary file. */
const SNIFF_BYTES = 8192;

/**
 * UTF-16 text saved without a byte-order mark: every ASCII character (separators, digits, line
 * breaks) has a NUL as its high byte, which stands on odd offsets in little-endian files and
 * on even ones in big-endian files. Text in UTF-8 or GBK never holds NUL bytes at all.
 */
function decodeWithNuls(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  }
  const pairs = sample.length / 2;
  const order = oddNuls >= pairs * 0.2 && evenNuls <= oddNuls * 0.05 ? 'utf-16le' : evenNuls >= pairs * 0.2 && oddNuls <= evenNuls * 0.05 ? 'utf-16be' : undefined;
  if (!order) throw new SheetFileError('sheetFile_binary');
  let text: string;
  try {
    text = new TextDecoder(order, { fatal: true }).decode(bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1));
  } catch {
    throw new SheetFileError('sheetFile_utf16NoBom');
  }
  if (text.includes('\0') || bytes.length % 2 !== 0) throw new SheetFileError('sheetFile_utf16NoBom');
  return text.replace(/^\uFEFF/, '');
}

export interface SheetRows {
  headers: string[];
  /** Data rows (row 2 onwards in Excel's numbering), blank rows kept so numbers stay right. */
  rows: string[][];
  /** Cells whose value cannot be used (a workbook's formula without result); their rows are reported. */
  cellProblems?: { row: number; column: number; reason: import('../i18n/localized').Localized }[];
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The separator is the one the header row uses most (outside quotes). Guessing from the data
 * instead goes wrong on a sheet whose notes are full of tabs or semicolons.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * The sheet in a CSV text. A quote error refuses the whole file and names its row: an unclosed
 * quote makes the parser read everything after it into one cell, which would otherwise import
 * as one customer with the rest of the file in a field and no problem reported.
 */
export function parseCsv(text: string): SheetRows {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: guessDelimiter(body) });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    // Papa counts records from 0 with the header first; Excel counts rows from 1.
    const row = (quoteError.row ?? 0) + 1;
    const start = excerpt(body.slice(quoteError.index ?? 0));
    throw new SheetFileError(quoteError.code === 'MissingQuotes' ? 'sheetFile_csvUnclosedQuote' : 'sheetFile_csvBadQuote', { row, start });
  }
  const records = result.data;
  // A final line break yields one empty record that is not a row in Excel.
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0] === '') records.pop();
  const [header = [], ...rows] = records;
  return {
    headers: header.map((cell) => unguardCell(cell).trim()),
    rows: rows.map((row) => row.map(unguardCell)),
  };
}
