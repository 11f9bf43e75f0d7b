/**
 * Reading a zip (an .xlsx is one) without trusting it. The central directory at the end of
 * the file lists every entry with its sizes, so the limits are checked there before a byte is
 * inflated; then an entry is inflated in small slices and stopped the moment its output passes
 * the size the directory declared or the limit, so a lying header cannot slip a bomb through.
 * Output goes to a callback chunk by chunk, so a large sheet is never held whole in memory.
 * fflate does the inflating (small, maintained, no dependencies); the directory walk is ours
 * because fflate's own unzip inflates each entry in one piece into a buffer of its declared size.
 */
import { Inflate } from 'fflate';
import { SheetFileError } from './sheet-file-error';

export interface ZipLimits {
  /** Largest unpacked size of any one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest unpacked size of all entries together, in bytes. */
  maxTotalBytes: number;
  /** Most entries a file may list. */
  maxEntries: number;
  /**
   * Highest unpacked-to-packed ratio of an entry over 1 MB. Spreadsheet XML packs about 5–15
   * times; a few kilobytes that unpack to tens of megabytes are built to exhaust memory.
   */
  maxRatio: number;
}

const RATIO_CHECKED_FROM = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: its output per slice stays under ~1,000× this. */
const SLICE = 16 * 1024;
const MB = 1024 * 1024;

const damaged = (detail: string) => new SheetFileError('sheetFile_damaged', { detail });
const megabytes = (bytes: number) => Math.ceil(bytes / MB);

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The entries the central directory lists, refused whole when any declared size passes a limit. */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no zip directory');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // ZIP64 marks its real values with all-ones; no workbook a seller keeps needs it.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw damaged('ZIP64');
  if (count > limits.maxEntries) throw damaged(`${count} entries`);
  if (directoryOffset + directorySize > eocd) throw damaged('zip directory out of range');

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = directoryOffset;
  const names = new TextDecoder('utf-8');
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged('zip directory entry');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (size > limits.maxEntryBytes) {
      throw new SheetFileError('sheetFile_entryTooLarge', { entry: name, size: megabytes(size), max: megabytes(limits.maxEntryBytes) });
    }
    if (size >= RATIO_CHECKED_FROM && size > compressedSize * limits.maxRatio) {
      throw new SheetFileError('sheetFile_compressionRatio', { entry: name, ratio: Math.round(size / Math.max(1, compressedSize)), max: limits.maxRatio });
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new SheetFileError('sheetFile_totalTooLarge', { size: megabytes(total), max: megabytes(limits.maxTotalBytes) });
    }
    entries.set(name.replace(/^\//, ''), { name, method, compressedSize, size, localHeaderOffset });
  }
  return entries;
}

/**
 * Inflates one entry, giving its bytes to `onChunk` as they come. Throws as soon as the output
 * passes the size the directory declared (which the limits were checked against).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw damaged(`${entry.name}: no local header`);
  if ((view.getUint16(at + 6, true) & 1) !== 0) throw new SheetFileError('sheetFile_encrypted');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name}: truncated`);
  const data = bytes.subarray(start, end);

  if (entry.method === STORED) {
    if (data.length !== entry.size) throw damaged(`${entry.name}: size mismatch`);
    onChunk(data);
    return;
  }
  if (entry.method !== DEFLATED) throw damaged(`${entry.name}: compression method ${entry.method}`);
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw damaged(`${entry.name}: larger than declared`);
    onChunk(chunk);
  });
  for (let offset = 0; offset < data.length; offset += SLICE) {
    inflater.push(data.subarray(offset, offset + SLICE), offset + SLICE >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (produced !== entry.size) throw damaged(`${entry.name}: size mismatch`);
}

/** A whole (small) entry as text, e.g. the workbook's part list. */
export function readEntryText(bytes: Uint8Array, entry: ZipEntry): string {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  inflateEntry(bytes, entry, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}
