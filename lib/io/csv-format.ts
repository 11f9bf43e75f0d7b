/**
 * CSV as Excel on a Chinese Windows reads and writes it. Writing: UTF-8 with a byte-order mark
 * (without it Excel takes the file for GBK and shows mojibake), CRLF line ends, every field
 * quoted. Reading: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), or GBK/GB18030
 * (what Excel saves as "CSV" in a Chinese locale); comma, semicolon or tab separated.
 */
import Papa from 'papaparse';

export const UTF8_BOM = '\uFEFF';

/**
 * Spreadsheet safety: a buyer chooses their own nickname, and a cell starting with = + - @
 * is run as a formula when the CSV is opened. Such cells get a leading apostrophe (plain
 * numbers like +8613812345678 or -5 are left alone); `unguardCell` takes it off on import,
 * so export → import gives back the same text. Long digit runs (buyer ids, phones) get a
 * leading tab so Excel keeps them as text instead of 1.38E+10; import trims it.
 */
const FORMULA_START = /^'*[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?\d[\d\s]*$/;
const LONG_DIGITS = /^[+-]?\d{11,}$|^0\d+$/;

export function guardCell(value: string): string {
  if (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  if (LONG_DIGITS.test(value)) return `\t${value}`;
  return value;
}

export function unguardCell(cell: string): string {
  const text = cell.replace(/^\t+/, '');
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : guardCell(cell)))) },
    { quotes: true, newline: '\r\n', header: true },
  );
  return `${UTF8_BOM}${body}\r\n`;
}

/** Turn file bytes into text, trying UTF-8 strictly first and falling back to GB18030. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // GB18030 is a superset of GBK and GB2312, so it reads all three.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export interface SheetRows {
  headers: string[];
  /** Data rows (row 2 onwards in Excel's numbering), blank rows kept so numbers stay right. */
  rows: string[][];
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

export function parseCsv(text: string): SheetRows {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: guessDelimiter(body) });
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
