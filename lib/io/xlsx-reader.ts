/**
 * Reads the customer sheet of an .xlsx without trusting the file. exceljs (which writes our
 * exports) builds a model of the whole workbook and walks every row up to the widest column
 * any cell names, so one styled cell at XFD1048576 or a few kilobytes of highly compressible
 * XML cost gigabytes. This reader instead:
 *   - checks the zip's central directory against size limits before inflating anything, and
 *     stops inflating the moment an entry passes the size it declared (zip-entries.ts);
 *   - streams the XML (saxes) chunk by chunk and keeps only cells that hold a value, refusing
 *     the file, with the cell's address, when a value lies past the row or column limit;
 *   - shows a formula's cached result, and marks a formula with no stored result (or an
 *     error value like #N/A) as a problem of that cell, so its row is reported, not imported
 *     as "[object Object]" or a blank.
 */
import { SaxesParser } from 'saxes';
import type { Localized } from '../i18n/localized';
import type { SheetRows } from './csv-format';
import { excerpt, SheetFileError, sheetFileMessage } from './sheet-file-error';
import { inflateEntry, listZipEntries, readEntryText, type ZipEntry, type ZipLimits } from './zip-entries';

export interface XlsxLimits {
  zip: ZipLimits;
  /** Highest row number a value may stand in (row 1 is the header, so one more than the data rows). */
  maxRows: number;
  /** Highest column number (A = 1) a value may stand in. */
  maxColumns: number;
  /** Row slots kept in memory: each row counts up to its last value. */
  maxCells: number;
  /** Excel's own limit for one cell. */
  maxCellChars: number;
  maxSharedStrings: number;
}

const MB = 1024 * 1024;

/**
 * A customer sheet of 100,000 rows and 20 columns unpacks to about 60 MB of sheet XML and
 * 2 million row slots; the limits leave room above that and stay far below what hurts a page.
 */
export const XLSX_LIMITS: XlsxLimits = Object.freeze({
  zip: { maxEntryBytes: 150 * MB, maxTotalBytes: 250 * MB, maxEntries: 5000, maxRatio: 200 },
  maxRows: 200_001,
  maxColumns: 256,
  maxCells: 5_000_000,
  maxCellChars: 32_767,
  maxSharedStrings: 2_000_000,
});

/** A cell whose value cannot be used (formula without result, error value), reported on its row. */
export interface CellProblem {
  /** Excel's row number. */
  row: number;
  /** 0-based column index. */
  column: number;
  reason: Localized;
}

export type WorkbookRows = SheetRows & { cellProblems: CellProblem[] };

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

export function readWorkbookRows(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): WorkbookRows {
  try {
    return readWorkbook(bytes, limits);
  } catch (error) {
    if (error instanceof SheetFileError) throw error;
    // fflate and saxes throw plain errors on broken deflate data or malformed XML.
    throw new SheetFileError('sheetFile_damaged', { detail: excerpt(error instanceof Error ? error.message : String(error), 80) });
  }
}

function readWorkbook(bytes: Uint8Array, limits: XlsxLimits): WorkbookRows {
  const entries = listZipEntries(bytes, limits.zip);
  const entry = (path: string) => entries.get(path);

  const rootRels = entry('_rels/.rels');
  const rootTargets = rootRels ? relationships(readEntryText(bytes, rootRels), '') : [];
  const workbookPath = rootTargets.find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  const workbookEntry = entry(workbookPath);
  if (!workbookEntry) throw new SheetFileError('sheetFile_notWorkbook', { part: workbookPath });
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsEntry = entry(`${base}_rels/${workbookPath.slice(base.length)}.rels`);
  const rels = relsEntry ? relationships(readEntryText(bytes, relsEntry), base) : [];
  const book = workbookSheets(readEntryText(bytes, workbookEntry));
  if (book.sheets.length === 0) throw new SheetFileError('sheetFile_noSheets');

  const stylesPath = rels.find((r) => REL_STYLES.test(r.type))?.target;
  const stylesEntry = stylesPath ? entry(stylesPath) : undefined;
  const dateStyles = stylesEntry ? dateStyleIndexes(readEntryText(bytes, stylesEntry)) : new Set<number>();
  const stringsPath = rels.find((r) => REL_SHARED_STRINGS.test(r.type))?.target;
  const stringsEntry = stringsPath ? entry(stringsPath) : undefined;
  const strings = stringsEntry ? sharedStrings(bytes, stringsEntry, limits) : [];

  const context: SheetContext = { strings, dateStyles, date1904: book.date1904, limits };
  // Hidden sheets (lookup tables, old versions) come last: the seller sees the visible ones.
  const inOrder = [...book.sheets.filter((s) => !s.hidden), ...book.sheets.filter((s) => s.hidden)];
  for (const sheet of inOrder) {
    const target = rels.find((r) => r.id === sheet.relId)?.target;
    const sheetEntry = target ? entry(target) : undefined;
    if (!sheetEntry) continue;
    const rows = readSheet(bytes, sheetEntry, context);
    if (rows) return rows;
  }
  throw new SheetFileError('sheetFile_emptySheets', { sheets: book.sheets.map((s) => s.name).join('、') });
}

/** Parses a whole small XML part, calling back with each element as it opens and closes. */
function walkXml(
  feed: (write: (text: string) => void) => void,
  handlers: { open?: (name: string, attrs: Record<string, string>) => void; close?: (name: string) => void; text?: (text: string) => void },
): void {
  // Positions are only for error messages; not tracking them parses about a third faster.
  const parser = new SaxesParser({ position: false });
  // Namespace prefixes vary (strict OOXML, x: prefixes); the local name is what matters.
  parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  feed((text) => parser.write(text));
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function streamEntry(bytes: Uint8Array, entry: ZipEntry): (write: (text: string) => void) => void {
  return (write) => {
    const decoder = new TextDecoder('utf-8');
    inflateEntry(bytes, entry, (chunk) => write(decoder.decode(chunk, { stream: true })));
    write(decoder.decode());
  };
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(xml: string, base: string): Relationship[] {
  const found: Relationship[] = [];
  walkXml((write) => write(xml), {
    open: (name, attrs) => {
      if (name !== 'Relationship' || !attrs.Target || attrs.TargetMode === 'External') return;
      found.push({ id: attrs.Id ?? '', type: attrs.Type ?? '', target: resolvePath(base, attrs.Target) });
    },
  });
  return found;
}

/** A relationship target relative to the part's folder, or absolute from the zip root. */
function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function workbookSheets(xml: string): { sheets: { name: string; relId: string; hidden: boolean }[]; date1904: boolean } {
  const sheets: { name: string; relId: string; hidden: boolean }[] = [];
  let date1904 = false;
  walkXml((write) => write(xml), {
    open: (name, attrs) => {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name !== 'sheet') return;
      const relId = Object.entries(attrs).find(([key]) => localName(key) === 'id' && key !== 'sheetId')?.[1] ?? '';
      sheets.push({ name: attrs.name ?? '', relId, hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden' });
    },
  });
  return { sheets, date1904 };
}

/** Built-in number formats that show a date or time (including the Chinese-locale ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormatCode(code: string): boolean {
  // Quoted text, escaped characters and [colour]/[$-locale] sections are not date tokens.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ydhs]/i.test(bare) || /m/i.test(bare.replace(/General/gi, ''));
}

/** Indexes of the cell styles (`s` on a cell) that show a number as a date. */
function dateStyleIndexes(xml: string): Set<number> {
  const customDate = new Set<number>();
  const styles = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  walkXml((write) => write(xml), {
    open: (name, attrs) => {
      if (name === 'numFmt' && attrs.numFmtId && isDateFormatCode(attrs.formatCode ?? '')) customDate.add(Number(attrs.numFmtId));
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        if (BUILTIN_DATE_FORMATS.has(id) || customDate.has(id)) styles.add(index);
        index += 1;
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

function sharedStrings(bytes: Uint8Array, entry: ZipEntry, limits: XlsxLimits): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  // Phonetic guides (<rPh>, furigana) are not part of the shown text.
  let inPhonetic = false;
  walkXml(streamEntry(bytes, entry), {
    open: (name) => {
      if (name === 'si') {
        if (strings.length >= limits.maxSharedStrings) throw new SheetFileError('sheetFile_tooManyStrings', { max: limits.maxSharedStrings });
        current = '';
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    close: (name) => {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (!inText) return;
      current += text;
      if (current.length > limits.maxCellChars) {
        throw new SheetFileError('sheetFile_cellTooLong', { cell: `#${strings.length + 1}`, length: `${limits.maxCellChars}+`, max: limits.maxCellChars });
      }
    },
  });
  return strings;
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  limits: XlsxLimits;
}

/** A1-style reference → 1-based column and row; undefined parts when the reference is absent. */
function parseRef(ref: string | undefined): { column?: number; row?: number } {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref) : null;
  if (!m) return {};
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}

export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The sheet's rows, or undefined when no cell in it holds a value. */
function readSheet(bytes: Uint8Array, entry: ZipEntry, ctx: SheetContext): WorkbookRows | undefined {
  const { limits } = ctx;
  const all: string[][] = [];
  const cellProblems: CellProblem[] = [];
  let slots = 0;
  let rowNumber = 0;
  let column = 0;
  // The cell being read.
  let cell: { ref: string; row: number; column: number; type: string; style: number; value: string; formula: string | undefined; inline: string } | undefined;
  let collecting: 'v' | 'f' | 't' | undefined;
  let inPhonetic = false;

  const place = (row: number, col: number, value: string) => {
    if (row > limits.maxRows) throw new SheetFileError('sheetFile_tooManyRows', { cell: `${columnName(col)}${row}`, row, max: limits.maxRows - 1 });
    if (col > limits.maxColumns) throw new SheetFileError('sheetFile_tooManyColumns', { cell: `${columnName(col)}${row}`, column: col, max: limits.maxColumns });
    const cells = (all[row - 1] ??= []);
    if (col > cells.length) {
      slots += col - cells.length;
      if (slots > limits.maxCells) throw new SheetFileError('sheetFile_tooManyCells', { cell: `${columnName(col)}${row}`, max: limits.maxCells });
      while (cells.length < col) cells.push('');
    }
    cells[col - 1] = value;
  };

  walkXml(streamEntry(bytes, entry), {
    open: (name, attrs) => {
      if (name === 'row') {
        const r = Number(attrs.r);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        column = 0;
      } else if (name === 'c') {
        const ref = parseRef(attrs.r);
        column = ref.column ?? column + 1;
        const row = ref.row ?? rowNumber;
        cell = { ref: `${columnName(column)}${row}`, row, column, type: attrs.t ?? 'n', style: Number(attrs.s ?? 0), value: '', formula: undefined, inline: '' };
      } else if (cell) {
        if (name === 'v') collecting = 'v';
        else if (name === 'f') {
          collecting = 'f';
          cell.formula ??= '';
        } else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && !inPhonetic) collecting = 't';
      }
    },
    close: (name) => {
      if (name === 'v' || name === 'f' || name === 't') collecting = undefined;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell) {
        const result = cellValue(cell, ctx);
        if (result.problem) {
          place(cell.row, cell.column, '');
          cellProblems.push({ row: cell.row, column: cell.column - 1, reason: result.problem });
        } else if (result.text !== '') place(cell.row, cell.column, result.text);
        cell = undefined;
      }
    },
    text: (text) => {
      if (!cell || !collecting) return;
      const key = collecting === 'v' ? 'value' : collecting === 'f' ? 'formula' : 'inline';
      const grown = (cell[key] ?? '') + text;
      if (grown.length > limits.maxCellChars) {
        throw new SheetFileError('sheetFile_cellTooLong', { cell: cell.ref, length: `${limits.maxCellChars}+`, max: limits.maxCellChars });
      }
      cell[key] = grown;
    },
  });

  if (all.length === 0) return undefined;
  // Every row as wide as the widest row, as a CSV of the same sheet reads (blank rows too, so
  // Excel's numbering holds); bounded by the same cell limit as the values themselves.
  const width = all.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  if (all.length * width > limits.maxCells) {
    throw new SheetFileError('sheetFile_tooManyCells', { cell: `${columnName(width)}${all.length}`, max: limits.maxCells });
  }
  const rows = Array.from(all, (row = []) => {
    while (row.length < width) row.push('');
    return row;
  });
  const [headers = [], ...data] = rows;
  return { headers: headers.map((h) => h.trim()), rows: data, cellProblems };
}

type CellResult = { text: string; problem?: undefined } | { text?: undefined; problem: Localized };

function cellValue(
  cell: { ref: string; type: string; style: number; value: string; formula: string | undefined; inline: string },
  ctx: SheetContext,
): CellResult {
  const { type, value } = cell;
  if (type === 'inlineStr') return { text: cell.inline };
  const hasValue = value !== '';
  if (cell.formula !== undefined && !hasValue) {
    return { problem: sheetFileMessage('sheetFile_formulaNoResult', { cell: cell.ref, formula: excerpt(`=${cell.formula}`, 30) }) };
  }
  if (!hasValue) return { text: '' };
  switch (type) {
    case 's': {
      const text = ctx.strings[Number(value)];
      if (text === undefined) throw new SheetFileError('sheetFile_damaged', { detail: `${cell.ref}: shared string ${excerpt(value)}` });
      return { text };
    }
    case 'str':
      return { text: value };
    case 'b':
      return { text: value === '1' || value === 'true' ? 'TRUE' : 'FALSE' };
    case 'e':
      return { problem: sheetFileMessage('sheetFile_cellError', { cell: cell.ref, error: excerpt(value) }) };
    case 'd':
      return { text: isoText(Date.parse(value.endsWith('Z') || /[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`)) ?? value };
    default: {
      const n = Number(value);
      if (!Number.isFinite(n)) return { text: value };
      if (ctx.dateStyles.has(cell.style)) return { text: serialDate(n, ctx.date1904) ?? value };
      // Keep the digits as written (a phone stored as a number), but spell out 1.38E+10.
      return { text: /^-?\d+(?:\.\d+)?$/.test(value) ? value : String(n) };
    }
  }
}

const DAY_MS = 86_400_000;

/** Excel's day number as the seller sees it: dates carry no zone, so they are read as UTC. */
function serialDate(serial: number, date1904: boolean): string | undefined {
  // Day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  return isoText(Math.round((days - 25569) * DAY_MS));
}

function isoText(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
