import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { templateSchema } from '../../../lib/db/schemas';
import { addEventOutcome, logHandledMessage, setEventSituations, type HandledMessage } from '../../../lib/insights/event-log';
import { parseCsv } from '../../../lib/io/csv-format';
import { exportInsightsCsv, insightsExportFileName, newestInsightRows, readInsightNames } from '../../../lib/io/insight-export';
import { INSIGHT_COLUMNS, insightHeaders, insightRowBuilder, type InsightColumn } from '../../../lib/io/insight-sheet';
import { XLSX_LIMITS } from '../../../lib/io/xlsx-reader';
import { listZipEntries, readEntryText } from '../../../lib/io/zip-entries';
import { archiveToXlsx } from '../../../lib/io/xlsx';

const TZ = 'Asia/Shanghai';
const zh = { locale: 'zh-CN' as const, timeZone: TZ };
let db: SellerDb;
let n = 0;

beforeEach(async () => {
  db = new SellerDb(`insight-sheet-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const at = (iso: string) => Date.parse(iso);
let keys = 0;
function message(overrides: Partial<HandledMessage> = {}): HandledMessage {
  keys += 1;
  return {
    at: at('2026-11-03T10:00:00+08:00'),
    platform: 'pinduoduo',
    buyerKey: 'pinduoduo:buyer1',
    messageKey: `pinduoduo:buyer1#${String(keys).padStart(8, '0')}`,
    productKey: '8812345678901',
    productName: '玻璃杯',
    situations: ['damaged'],
    ...overrides,
  };
}

const col = (row: readonly (string | number)[], column: InsightColumn) => row[INSIGHT_COLUMNS.indexOf(column)];

async function rowsOf(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const toRow = insightRowBuilder(await readInsightNames(db), { locale, timeZone: TZ });
  return (await db.insightEvents.toArray()).sort((a, b) => a.at - b.at).map(toRow);
}

describe('the insights event log as a sheet', () => {
  it('has one translated header per column, zh-CN and en', () => {
    const zhHeaders = insightHeaders('zh-CN');
    const enHeaders = insightHeaders('en');
    expect(zhHeaders).toHaveLength(INSIGHT_COLUMNS.length);
    expect(zhHeaders.slice(0, 7)).toEqual(['时间', '店铺日期', '平台', '买家', '商品ID', '商品名称', '识别的情况']);
    expect(enHeaders.slice(0, 7)).toEqual(['Time', 'Shop day', 'Platform', 'Buyer', 'Product ID', 'Product name', 'Situations']);
    expect(new Set(zhHeaders).size).toBe(zhHeaders.length);
    expect(new Set(enHeaders).size).toBe(enHeaders.length);
  });

  it('writes a corrected event with its translated situations, in the shop time zone, and no text it does not hold', async () => {
    const logged = await logHandledMessage(db, message({ at: at('2026-11-03T23:30:05+08:00'), situations: ['logistics', 'haggle'] }), { timeZone: TZ, keepMessageText: false });
    await setEventSituations(db, logged.event.messageKey, ['ship_time', 'free_shipping']);
    const [row] = await rowsOf();
    expect(col(row!, 'time')).toBe('2026-11-03 23:30:05');
    expect(col(row!, 'day')).toBe('2026-11-03');
    expect(col(row!, 'platform')).toBe('拼多多');
    expect(col(row!, 'buyer')).toBe('pinduoduo:buyer1');
    expect(col(row!, 'productId')).toBe('8812345678901');
    expect(col(row!, 'productName')).toBe('玻璃杯');
    expect(col(row!, 'situations')).toBe('发货时间/催发货、包邮/运费');
    expect(col(row!, 'corrected')).toBe('是');
    expect(col(row!, 'opensConversation')).toBe('是');
    // Nothing was decided and the seller keeps no message text: those cells stay empty.
    for (const column of ['scripts', 'decision', 'decidedAt', 'listPrice', 'finalPrice', 'cause', 'postage', 'demo', 'text'] as const) {
      expect(col(row!, column)).toBe('');
    }
    const [enRow] = await rowsOf('en');
    expect(col(enRow!, 'situations')).toBe('When will it ship, Free shipping / shipping fee');
    expect(col(enRow!, 'corrected')).toBe('Yes');
  });

  it('writes the outcomes: inserted replies by title, a closed haggle with its prices, a return with cause and postage payer', async () => {
    await db.templates.add(templateSchema.parse({ id: 'haggle.zh-CN.1', situation: 'haggle', title: '守价送小礼', body: '亲，这个价已经很实在了', builtIn: true, createdAt: 0, updatedAt: 0 }));
    const options = { timeZone: TZ, keepMessageText: true };
    const haggle = await logHandledMessage(db, message({ situations: ['haggle'], text: '便宜点吧 50 行不行' }), options);
    await addEventOutcome(db, haggle.event.messageKey, { kind: 'script', scriptId: 'haggle.zh-CN.1', at: at('2026-11-03T10:01:00+08:00') });
    await addEventOutcome(db, haggle.event.messageKey, { kind: 'script', scriptId: 'my-own-template', at: at('2026-11-03T10:01:30+08:00') });
    await addEventOutcome(db, haggle.event.messageKey, { kind: 'decision', decision: 'price_accepted', listPrice: 59, finalPrice: 52.5, at: at('2026-11-03T10:02:00+08:00') });
    const damaged = await logHandledMessage(db, message({ at: at('2026-11-04T09:00:00+08:00'), platform: 'jd', buyerKey: 'jd:pin_9', productKey: '', productName: undefined, demo: true }), options);
    await addEventOutcome(db, damaged.event.messageKey, { kind: 'decision', decision: 'return', cause: 'damaged', postage: 'insurance', at: at('2026-11-04T09:05:00+08:00') });

    const [first, second] = await rowsOf();
    expect(col(first!, 'scripts')).toBe('守价送小礼、my-own-template');
    expect(col(first!, 'decision')).toBe('议价成交');
    expect(col(first!, 'decidedAt')).toBe('2026-11-03 10:02:00');
    expect(col(first!, 'listPrice')).toBe(59);
    expect(col(first!, 'finalPrice')).toBe(52.5);
    expect(col(first!, 'text')).toBe('便宜点吧 50 行不行');
    expect(col(second!, 'platform')).toBe('京东');
    expect(col(second!, 'productId')).toBe('');
    expect(col(second!, 'productName')).toBe('');
    expect(col(second!, 'decision')).toBe('退货');
    expect(col(second!, 'cause')).toBe('破损');
    expect(col(second!, 'postage')).toBe('运费险');
    expect(col(second!, 'listPrice')).toBe('');
    expect(col(second!, 'demo')).toBe('是');
    expect(col(second!, 'text')).toBe('');
  });

  it('names a product by the name it was last seen with when the event itself carries none', async () => {
    await db.insightProducts.add({ key: 'douyin|sku-7', platform: 'douyin', productKey: 'sku-7', name: '羊毛围巾', lastSeen: 0 });
    await logHandledMessage(db, message({ platform: 'douyin', buyerKey: 'douyin:小李', productKey: 'sku-7', productName: undefined }), { timeZone: TZ, keepMessageText: false });
    expect(col((await rowsOf())[0]!, 'productName')).toBe('羊毛围巾');
  });
});

describe('insights CSV export', () => {
  it('is UTF-8 with a BOM, every event oldest first, and reads back as the sheet rows', async () => {
    const options = { timeZone: TZ, keepMessageText: false };
    await logHandledMessage(db, message({ at: at('2026-11-05T08:00:00+08:00') }), options);
    await logHandledMessage(db, message({ at: at('2026-11-03T12:00:00+08:00') }), options);
    await logHandledMessage(db, message({ at: at('2026-11-03T09:00:00+08:00') }), options);
    const progress: number[] = [];
    const csv = await exportInsightsCsv(db, zh, (count) => progress.push(count));
    expect(csv.count).toBe(3);
    expect(progress).toEqual([2, 3]); // one step per shop day
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sheet = parseCsv(new TextDecoder().decode(bytes));
    expect(sheet.headers).toEqual(insightHeaders('zh-CN'));
    expect(sheet.rows.map((row) => col(row, 'time'))).toEqual(['2026-11-03 09:00:00', '2026-11-03 12:00:00', '2026-11-05 08:00:00']);
    // The long product id is kept as text by the same guard as the customer CSV; import trims it.
    expect(sheet.rows.map((row) => row.map((cell) => cell.trim()))).toEqual((await rowsOf()).map((row) => row.map(String)));
  });

  it('neutralises formulas from the page: product names and message text', async () => {
    const options = { timeZone: TZ, keepMessageText: true };
    await logHandledMessage(db, message({ productName: '=HYPERLINK("http://evil","点我")', text: '@SUM(A1) 多少钱', productKey: '+cmd|calc' }), options);
    const text = await (await exportInsightsCsv(db, zh)).blob.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(text).toContain(`"'@SUM(A1) 多少钱"`);
    expect(text).toContain(`"'+cmd|calc"`);
    expect(text).not.toMatch(/(^|,)"[=+@-]/m);
  });

  it('writes only the header when the log is empty', async () => {
    const csv = await exportInsightsCsv(db, zh);
    expect(csv.count).toBe(0);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.blob.arrayBuffer())).toBe(`\ufeff${insightHeaders('zh-CN').map((h) => `"${h}"`).join(',')}\r\n`);
  });

  it('is named seller-assistant-insights-YYYY-MM-DD.csv', () => {
    expect(insightsExportFileName(Date.UTC(2026, 11, 4, 12))).toBe('seller-assistant-insights-2026-12-04.csv');
  });
});

describe('insights sheet in the workbook', () => {
  it('holds the same rows as text cells, formulas neutralised, after the customer sheets', async () => {
    const options = { timeZone: TZ, keepMessageText: true };
    await logHandledMessage(db, message({ productName: '=HYPERLINK("http://evil","点我")', text: '-1+1' }), options);
    const insights = await newestInsightRows(db, zh);
    const bytes = await archiveToXlsx({ customers: [], orders: [], notes: [], tasks: [] }, zh, insights);
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') }).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['顾客', '订单', '备注', '待办', '洞察记录']);
    const sheet = book.getWorksheet('洞察记录')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...insightHeaders('zh-CN')]);
    const row = sheet.getRow(2);
    expect(row.getCell(INSIGHT_COLUMNS.indexOf('productName') + 1).value).toBe(`'=HYPERLINK("http://evil","点我")`);
    expect(row.getCell(INSIGHT_COLUMNS.indexOf('text') + 1).value).toBe(`'-1+1`);
    expect(row.getCell(INSIGHT_COLUMNS.indexOf('situations') + 1).value).toBe('破损');
    // No cell of the workbook is a formula.
    const entries = listZipEntries(bytes, XLSX_LIMITS.zip);
    expect(readEntryText(bytes, entries.get('xl/worksheets/sheet5.xml')!)).not.toMatch(/<f[ >]/);
    expect(readEntryText(bytes, entries.get('xl/sharedStrings.xml')!)).toContain('<t>&apos;=HYPERLINK(&quot;http://evil&quot;');
  });

  it('takes the newest events when the log is larger than the sheet may hold, oldest of them first, and says so in its name', async () => {
    const options = { timeZone: TZ, keepMessageText: false };
    for (const day of ['01', '02', '03', '04']) {
      await logHandledMessage(db, message({ at: at(`2026-11-${day}T18:00:00+08:00`) }), options);
      await logHandledMessage(db, message({ at: at(`2026-11-${day}T08:00:00+08:00`) }), options);
    }
    const insights = await newestInsightRows(db, zh, 3);
    expect(insights.total).toBe(8);
    expect(insights.rows.map((row) => col(row, 'time'))).toEqual(['2026-11-03 18:00:00', '2026-11-04 08:00:00', '2026-11-04 18:00:00']);
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') }).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await archiveToXlsx({ customers: [], orders: [], notes: [], tasks: [] }, { locale: 'en', timeZone: TZ }, insights)).buffer as ArrayBuffer);
    expect(book.worksheets.at(-1)!.name).toBe('Insight events (newest 3)');
  });
});
