/**
 * Reading a customer workbook: exceljs (what the import used until issue 14, and what still
 * writes our exports) against the bounded reader (lib/io/xlsx-reader.ts), on ordinary sheets
 * of 5,000 and 50,000 rows. Time and the heap grown while reading, in Node.
 * Run: npm run bench -- xlsx-read
 */
import { readWorkbookRows } from '../../lib/io/xlsx-reader';

type ExcelJs = typeof import('exceljs');

async function excel(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}

const HEADERS = ['平台', '买家ID', '收货人', '手机号', '收货地址', '生日', '标签', '积分', '备注'];

async function workbook(rows: number): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('顾客');
  sheet.addRow(HEADERS);
  for (let i = 0; i < rows; i += 1) {
    sheet.addRow([
      i % 3 === 0 ? '拼多多' : '淘宝',
      `buyer_${i}`,
      `张${'伟芳娜敏静'[i % 5]}${i % 100}`,
      13500000000 + i,
      `浙江省杭州市西湖区文三路${(i % 300) + 1}号`,
      i % 4 === 0 ? new Date(Date.UTC(1980 + (i % 30), i % 12, (i % 28) + 1)) : '',
      i % 5 === 0 ? '老顾客、爱买围巾' : '',
      i % 2000,
      i % 10 === 0 ? `喜欢深色，第 ${i} 位` : '',
    ]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The import's old path: the whole workbook model, then every row up to the widest column. */
async function readWithExcelJs(bytes: Uint8Array): Promise<number> {
  const ExcelJS = await excel();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const width = sheet.columnCount;
  let cells = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    for (let c = 1; c <= width; c += 1) if (row.getCell(c).value !== null) cells += 1;
  });
  return cells;
}

async function measure(label: string, read: () => Promise<unknown>): Promise<string> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = performance.now();
  await read();
  const time = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return `${label} ${time.toFixed(0)} ms, heap +${((peak - heapBefore) / 1e6).toFixed(0)} MB`;
}

export async function run(): Promise<void> {
  for (const rows of [5_000, 50_000]) {
    const bytes = await workbook(rows);
    const ours = await measure('bounded reader', async () => readWorkbookRows(bytes));
    const theirs = await measure('exceljs', () => readWithExcelJs(bytes));
    console.log(`xlsx read ${rows.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB file): ${ours}; ${theirs}`);
  }
}
