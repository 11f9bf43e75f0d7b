/**
 * Dry run of a customer sheet import: every row is parsed, validated and matched, and nothing
 * is written. A row merges into a customer with the same platform + buyer id, or else the
 * same phone, whether that customer is in the archive or came from an earlier row of the same
 * file. Built for 100,000-row sheets: lookups go through maps made once, never a query per row.
 *
 * Row numbers are the ones the seller sees in Excel: the header is row 1, the first data
 * row is row 2 (a cell with a line break is still one row).
 *
 * A row without a buyer id gets a stable generated one, so importing the same sheet twice
 * merges instead of duplicating: `tel:<phone>` when it has a phone, else
 * `gen:<hash of name, nickname and address>`. A row with none of buyer id, phone, name or
 * nickname cannot be told apart from others and is reported as a problem.
 */
import { parseAddressWithoutProvince, parseChineseAddress } from '../archive/chinese-address';
import { customerSchema, type Address, type Customer, type Platform } from '../db/schemas';
import { localized, type Localized } from '../i18n/localized';
import { parseBirthday, parsePhone, parsePoints, parseTags, parseText, parseVipLevel, type CellResult } from './cell-values';
import { FIELD_LABELS, type ColumnMapping, type ImportField } from './column-mapping';
import type { SheetRows } from './csv-format';
import { mergeCustomer, phoneIdentity, type CustomerDraftFields } from '../db/customer-merge';
import { newId as newRecordId } from '../db/new-id';
import { parsePlatform } from './platform-names';

export interface ImportOptions {
  /** Platform of rows whose sheet has no platform column (or an empty cell). */
  defaultPlatform: Platform;
  now?: number;
  /** Ids for new customers; injectable so tests and benchmarks are deterministic. */
  newId?: () => string;
  /** Cells the file reader could not turn into a value (SheetRows.cellProblems): their rows are bad rows. */
  cellProblems?: SheetRows['cellProblems'];
}

export interface PlannedAdd {
  customer: Customer;
  /** Sheet rows that make up this customer (the first created it, later ones merged in). */
  rows: number[];
  notes: string[];
}

export interface PlannedMerge {
  /** The archive record as read for the preview; the commit refuses if it changed since. */
  before: Customer;
  customer: Customer;
  rows: number[];
  notes: string[];
}

export interface RowProblem {
  row: number;
  /** The header of the column at fault, when one column is. */
  column?: string;
  message: Localized;
}

export interface ImportPreview {
  adds: PlannedAdd[];
  merges: PlannedMerge[];
  problems: RowProblem[];
  /** Data rows read (blank rows excluded). */
  totalRows: number;
  /** Rows that create a new customer. */
  addedRows: number;
  /** Rows merged into an archive customer or an earlier row of the file. */
  mergedRows: number;
  /** Rows with at least one problem, left out entirely. */
  badRows: number;
  now: number;
}

const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  platformUid: 120,
  nickname: 120,
  name: 60,
  province: 40,
  city: 40,
  district: 40,
  street: 200,
  addressFull: 300,
  note: 5000,
};

type ParsedRow = Partial<Record<ImportField, string | string[] | number>> & { platform?: Platform };

type Target = { kind: 'add'; plan: PlannedAdd } | { kind: 'merge'; plan: PlannedMerge };

const keyOf = (platform: string, uid: string) => `${platform}\u0001${uid}`;

export function previewImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  existing: readonly Customer[],
  options: ImportOptions,
): ImportPreview {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? newRecordId;
  const archiveByKey = new Map<string, Customer>();
  const archiveByPhone = new Map<string, Customer>();
  for (const customer of existing) {
    archiveByKey.set(keyOf(customer.platform, customer.platformUid), customer);
    const phone = phoneIdentity(customer.phone);
    if (phone && !archiveByPhone.has(phone)) archiveByPhone.set(phone, customer);
  }
  const byKey = new Map<string, Target>();
  const byPhone = new Map<string, Target>();
  const mergesById = new Map<string, PlannedMerge>();
  const preview: ImportPreview = { adds: [], merges: [], problems: [], totalRows: 0, addedRows: 0, mergedRows: 0, badRows: 0, now };

  const columns = mapping.targets.flatMap((target, index) => (target === 'ignore' ? [] : [{ index, field: target, header: mapping.headers[index] ?? '' }]));
  const columnOf = (field: string) => columns.find((c) => c.field === field)?.header ?? FIELD_LABELS[field as ImportField]?.['zh-CN'] ?? field;

  const mergeTarget = (customer: Customer): Target => {
    // Registered in the preview only once a row actually merges into it.
    const plan = mergesById.get(customer.id) ?? { before: customer, customer, rows: [], notes: [] };
    return { kind: 'merge', plan };
  };

  const unreadable = new Map<number, Map<number, Localized>>();
  for (const problem of options.cellProblems ?? []) {
    const byColumn = unreadable.get(problem.row) ?? new Map<number, Localized>();
    byColumn.set(problem.column, problem.reason);
    unreadable.set(problem.row, byColumn);
  }

  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const unreadableCells = unreadable.get(rowNumber);
    const mappedUnreadable = unreadableCells ? columns.filter((c) => unreadableCells.has(c.index)) : [];
    if (mappedUnreadable.length === 0 && cells.every((cell) => cell.trim() === '')) return;
    preview.totalRows += 1;
    const problems: RowProblem[] = [];
    const report = (column: string | undefined, reason: Localized) =>
      problems.push({
        row: rowNumber,
        column,
        message: column
          ? localized(`第 ${rowNumber} 行「${column}」：${reason['zh-CN']}`, `Row ${rowNumber}, "${column}": ${reason.en}`)
          : localized(`第 ${rowNumber} 行：${reason['zh-CN']}`, `Row ${rowNumber}: ${reason.en}`),
      });

    // A cell the reader could not use (a formula without result) in a column being imported.
    for (const { index: col, header } of mappedUnreadable) report(header, unreadableCells!.get(col)!);
    const parsed: ParsedRow = {};
    for (const { index: col, field, header } of columns) {
      if (unreadableCells?.has(col)) continue;
      const cell = (cells[col] ?? '').trim();
      if (cell === '') continue;
      const result = parseCell(field, cell);
      if (result.ok) (parsed as Record<string, unknown>)[field] = result.value;
      else report(header, result.reason);
    }
    if (problems.length > 0) {
      preview.problems.push(...problems);
      preview.badRows += 1;
      return;
    }

    const draft = toDraft(parsed, options.defaultPlatform);
    if (!draft) {
      report(undefined, localized('没有买家ID、电话、姓名或昵称，无法识别是哪位顾客', 'no buyer id, phone, name or nickname, so the customer cannot be identified'));
      preview.problems.push(...problems);
      preview.badRows += 1;
      return;
    }
    const note = typeof parsed.note === 'string' ? parsed.note : undefined;
    const rowKey = keyOf(draft.platform!, draft.platformUid!);

    const archiveMatch = (key: string) => {
      const found = archiveByKey.get(key);
      return found ? mergeTarget(found) : undefined;
    };
    const phoneMatch = (typed: string | undefined) => {
      const phone = phoneIdentity(typed);
      if (!phone) return undefined;
      const inFile = byPhone.get(phone);
      if (inFile) return inFile;
      const found = archiveByPhone.get(phone);
      return found ? mergeTarget(found) : undefined;
    };
    const target = byKey.get(rowKey) ?? archiveMatch(rowKey) ?? phoneMatch(draft.phone);

    let customer: Customer;
    if (target) {
      const candidate = customerSchema.safeParse({ ...mergeCustomer(target.plan.customer, draft), updatedAt: now });
      if (!candidate.success) {
        const issue = candidate.error.issues[0]!;
        report(columnOf(String(issue.path[0] ?? '')), localized(`合并后数据无效：${issue.message}`, `invalid after merging: ${issue.message}`));
        preview.problems.push(...problems);
        preview.badRows += 1;
        return;
      }
      customer = candidate.data;
      if (target.kind === 'merge' && !mergesById.has(customer.id)) {
        mergesById.set(customer.id, target.plan);
        preview.merges.push(target.plan);
      }
      target.plan.customer = customer;
      target.plan.rows.push(rowNumber);
      if (note && !target.plan.notes.includes(note)) target.plan.notes.push(note);
      preview.mergedRows += 1;
    } else {
      const candidate = customerSchema.safeParse({ ...draft, id: newId(), createdAt: now, updatedAt: now });
      if (!candidate.success) {
        const issue = candidate.error.issues[0]!;
        report(columnOf(String(issue.path[0] ?? '')), localized(`数据无效：${issue.message}`, `invalid: ${issue.message}`));
        preview.problems.push(...problems);
        preview.badRows += 1;
        return;
      }
      customer = candidate.data;
      const plan: PlannedAdd = { customer, rows: [rowNumber], notes: note ? [note] : [] };
      preview.adds.push(plan);
      preview.addedRows += 1;
      byKey.set(rowKey, { kind: 'add', plan });
    }
    const resolved = target ?? byKey.get(rowKey)!;
    // Later rows find this customer by the row's own id, the stored id and the phone.
    byKey.set(rowKey, resolved);
    byKey.set(keyOf(customer.platform, customer.platformUid), resolved);
    const phone = phoneIdentity(customer.phone);
    if (phone && !byPhone.has(phone)) byPhone.set(phone, resolved);
  });
  return preview;
}

function parseCell(field: ImportField, cell: string): CellResult<string | string[] | number | Platform> {
  switch (field) {
    case 'platform': {
      const platform = parsePlatform(cell);
      return platform
        ? { ok: true, value: platform }
        : { ok: false, reason: localized(`${cell.slice(0, 40)} 不是支持的平台（如 拼多多、抖音、京东、淘宝）`, `${cell.slice(0, 40)} is not a supported platform (e.g. Pinduoduo, Douyin, JD, Taobao, Shopee)`) };
    }
    case 'phone':
      return parsePhone(cell);
    case 'birthday':
      return parseBirthday(cell);
    case 'vipLevel':
      return parseVipLevel(cell);
    case 'points':
      return parsePoints(cell);
    case 'tags':
      return parseTags(cell);
    default:
      return parseText(cell, TEXT_LIMITS[field] ?? 200);
  }
}

/** FNV-1a: a small stable hash for generated buyer ids (not security, just identity). */
function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

function toDraft(row: ParsedRow, defaultPlatform: Platform): CustomerDraftFields | undefined {
  const text = (field: ImportField) => (typeof row[field] === 'string' ? (row[field] as string) : undefined);
  const phone = text('phone');
  const name = text('name');
  const nickname = text('nickname');
  const address = toAddress(row);
  let platformUid = text('platformUid');
  if (!platformUid) {
    if (phone) platformUid = `tel:${phone}`;
    else if (name || nickname) platformUid = `gen:${stableHash([name ?? '', nickname ?? '', address?.full ?? address?.street ?? ''].join('\u0001'))}`;
    else return undefined;
  }
  const draft: CustomerDraftFields = { platform: row.platform ?? defaultPlatform, platformUid };
  if (nickname) draft.nickname = nickname;
  if (name) draft.name = name;
  if (phone) draft.phone = phone;
  if (address) draft.address = address;
  if (text('birthday')) draft.birthday = text('birthday');
  if (Array.isArray(row.tags) && row.tags.length > 0) draft.tags = row.tags;
  if (typeof row.vipLevel === 'number') draft.vipLevel = row.vipLevel;
  if (typeof row.points === 'number') draft.points = row.points;
  return draft;
}

/**
 * Separate province/city/district/street columns are taken as they are; a one-cell address
 * is split by the customer parser's rules, and a separate column beats the split part.
 */
function toAddress(row: ParsedRow): Address | undefined {
  const full = typeof row.addressFull === 'string' ? row.addressFull : undefined;
  const split = full ? (parseChineseAddress(full) ?? parseAddressWithoutProvince(full)) : undefined;
  const address: Address = {};
  const province = (row.province as string | undefined) ?? split?.province;
  const city = (row.city as string | undefined) ?? split?.city;
  const district = (row.district as string | undefined) ?? split?.district;
  const street = (row.street as string | undefined) ?? split?.street;
  if (province) address.province = province;
  if (city) address.city = city;
  if (district) address.district = district;
  if (street) address.street = street;
  if (full) address.full = full;
  return Object.keys(address).length > 0 ? address : undefined;
}
