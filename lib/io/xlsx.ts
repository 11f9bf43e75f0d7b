/**
 * Excel workbooks: written through exceljs (maintained, MIT, no native parts), loaded on
 * demand so the options page does not carry it until a seller exports a workbook. Reading
 * goes through our bounded reader (xlsx-reader.ts): exceljs models the whole workbook and
 * cannot be kept from spending gigabytes on a small hostile file.
 */
import type { Customer } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import { MESSAGES } from '../i18n/messages';
import type { SheetTables } from './archive-tables';
import { customerSheet, type CustomerSheetOptions } from './customer-sheet';
import { guardFormula, type SheetRows } from './csv-format';
import { INSIGHT_COLUMNS, INSIGHT_TEXT_COLUMNS } from './insight-sheet';
import type { InsightRows } from './insight-export';
import { platformName } from './platform-names';

type ExcelJs = typeof import('exceljs');
type Cell = string | number;

async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  // The package is CommonJS: bundlers and Node hand it over as the default export.
  return mod.default ?? mod;
}

const SHEET_NAMES: Record<'customers' | 'orders' | 'notes' | 'tasks', Record<Locale, string>> = {
  customers: { 'zh-CN': '顾客', en: 'Customers' },
  orders: { 'zh-CN': '订单', en: 'Orders' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
  tasks: { 'zh-CN': '待办', en: 'Tasks' },
};

const h = (zh: string, en: string): Record<Locale, string> => ({ 'zh-CN': zh, en });

function dateTime(ms: number | undefined, timeZone: string): string {
  if (ms === undefined) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function customerIdentity(byId: Map<string, Customer>, id: string, locale: Locale): [string, string, string] {
  const c = byId.get(id);
  return c ? [platformName(c.platform, locale), c.platformUid, c.name ?? c.nickname ?? ''] : ['', id, ''];
}

/**
 * The archive as a workbook: customers (the same columns as the CSV), orders, notes, tasks,
 * and, when given, the insights event log (the same rows as its CSV export).
 */
export async function archiveToXlsx(tables: SheetTables, options: CustomerSheetOptions, insights?: InsightRows): Promise<Uint8Array> {
  const { locale, timeZone } = options;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Seller Assistant';
  const byId = new Map(tables.customers.map((c) => [c.id, c]));
  const who = [h('平台', 'Platform'), h('买家ID', 'Buyer ID'), h('姓名/昵称', 'Name')];
  const messages = MESSAGES[locale];

  const addSheet = (name: keyof typeof SHEET_NAMES | { title: string }, headers: string[], rows: Cell[][], textColumns: number[]) => {
    const title = typeof name === 'string' ? SHEET_NAMES[name][locale] : name.title;
    const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(headers).font = { bold: true };
    // Buyer ids and phones stay text, so Excel never shows them as 1.38E+10.
    for (const index of textColumns) sheet.getColumn(index + 1).numFmt = '@';
    sheet.addRows(rows);
    headers.forEach((header, i) => {
      sheet.getColumn(i + 1).width = Math.min(40, Math.max(10, header.length * 2 + 2));
    });
  };

  const customers = customerSheet(tables, options);
  addSheet('customers', customers.headers, customers.rows, [1, 4]);

  addSheet(
    'orders',
    [...who, h('订单号', 'Order no.'), h('状态', 'Status'), h('金额', 'Amount'), h('商品', 'Items'), h('下单时间', 'Created'), h('付款时间', 'Paid'), h('发货时间', 'Shipped'), h('签收时间', 'Delivered'), h('快递公司', 'Courier'), h('运单号', 'Tracking no.')].map((x) => x[locale]),
    tables.orders.map((o) => [
      ...customerIdentity(byId, o.customerId, locale),
      o.orderNo,
      messages[`orderStatus_${o.status}`],
      o.amount ?? '',
      o.items.map((item) => (item.quantity > 1 ? `${item.title} ×${item.quantity}` : item.title)).join('\n'),
      dateTime(o.createdAt, timeZone),
      dateTime(o.paidAt, timeZone),
      dateTime(o.shippedAt, timeZone),
      dateTime(o.deliveredAt, timeZone),
      o.courier ?? '',
      o.trackingNo ?? '',
    ]),
    [1, 3, 13],
  );

  addSheet(
    'notes',
    [...who, h('时间', 'Time'), h('内容', 'Text')].map((x) => x[locale]),
    tables.notes.map((n) => [...customerIdentity(byId, n.customerId, locale), dateTime(n.createdAt, timeZone), n.text]),
    [1],
  );

  addSheet(
    'tasks',
    [...who, h('类型', 'Kind'), h('标题', 'Title'), h('到期', 'Due'), h('状态', 'Status'), h('完成时间', 'Done')].map((x) => x[locale]),
    tables.tasks.map((t) => [
      ...customerIdentity(byId, t.customerId, locale),
      messages[`taskKind_${t.kind}`],
      t.title ?? '',
      dateTime(t.dueAt, timeZone),
      TASK_STATUS[t.status][locale],
      dateTime(t.doneAt, timeZone),
    ]),
    [1],
  );

  if (insights) {
    const shown = insights.rows.length;
    const title = shown < insights.total ? messages.insightSheetNameCapped.replace('{shown}', String(shown)) : messages.insightSheetName;
    // Text cells never run as formulas when the file opens; the guard covers editing and
    // saving as CSV (see guardFormula). Names from the page are the cells it matters for.
    const rows = insights.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell)));
    addSheet({ title }, insights.headers, rows, INSIGHT_TEXT_COLUMNS.map((column) => INSIGHT_COLUMNS.indexOf(column)));
  }

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const TASK_STATUS = { open: h('待办', 'Open'), done: h('已完成', 'Done'), cancelled: h('已取消', 'Cancelled') } as const;

/**
 * The first worksheet that holds any value, as text rows (header first) with Excel's row
 * numbering kept. Read by our own bounded reader, not exceljs: see xlsx-reader.ts for why.
 */
export async function readXlsxRows(bytes: Uint8Array | ArrayBuffer): Promise<SheetRows> {
  // Loaded on first use, like exceljs: the options page does not carry the XML parser until then.
  const { readWorkbookRows } = await import('./xlsx-reader');
  return readWorkbookRows(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

export interface ArchiveWorkbook {
  bytes: Uint8Array;
  /** Insight events in the workbook and in the log (fewer shown: the newest were taken). */
  insights: { shown: number; total: number };
}

/** The workbook the data page downloads: the customer sheets and the newest insight events. */
export async function exportArchiveXlsx(db: import('../db/database').SellerDb, options: CustomerSheetOptions): Promise<ArchiveWorkbook> {
  const { readSheetTables } = await import('./archive-tables');
  const { newestInsightRows } = await import('./insight-export');
  const tables = await readSheetTables(db);
  const insights = await newestInsightRows(db, options);
  return { bytes: await archiveToXlsx(tables, options, insights), insights: { shown: insights.rows.length, total: insights.total } };
}
