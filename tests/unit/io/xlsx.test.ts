import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../lib/io/archive-tables';
import { guessColumnMapping } from '../../../lib/io/column-mapping';
import { customersToCsv } from '../../../lib/io/csv-export';
import { parseCsv } from '../../../lib/io/csv-format';
import { readImportFile } from '../../../lib/io/import-file';
import { previewImport } from '../../../lib/io/preview-import';
import { archiveToXlsx, readXlsxRows } from '../../../lib/io/xlsx';
import { readWorkbookRows, XLSX_LIMITS } from '../../../lib/io/xlsx-reader';
import { buildWorkbook, customerSheetBody, inlineCell } from './workbook-builder';
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

describe('XLSX', () => {
  it('writes customers, orders, notes and tasks sheets', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const bytes = await archiveToXlsx(await readArchive(db), { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') }).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['顾客', '订单', '备注', '待办']);
    const orders = book.getWorksheet('订单')!;
    expect(orders.getRow(2).getCell(4).value).toBe('240501-1234');
    expect(orders.getRow(2).getCell(5).value).toBe('已签收');
    expect(orders.getRow(2).getCell(7).value).toBe('羊毛围巾 ×2');
    expect(orders.getRow(2).getCell(9).value).toBe('2024-05-01 10:00');
    const tasks = book.getWorksheet('待办')!;
    expect(tasks.getRow(2).getCell(4).value).toBe('使用回访');
    expect(book.getWorksheet('备注')!.rowCount).toBe(3);
  });

  it('reads back the customers sheet as the CSV export reads, so both import the same', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const tables = await readArchive(db);
    const options = { locale: 'en' as const, timeZone: 'UTC' };
    const fromXlsx = await readXlsxRows(await archiveToXlsx(tables, options));
    const fromCsv = parseCsv(customersToCsv(tables, options));
    expect(fromXlsx.headers).toEqual(fromCsv.headers);
    expect(fromXlsx.rows.map((r) => r.map((c) => c.trim()))).toEqual(fromCsv.rows.map((r) => r.map((c) => c.trim())));
    const preview = previewImport(fromXlsx.rows, guessColumnMapping(fromXlsx.headers), [], { defaultPlatform: 'other', now: T0 });
    expect(preview.problems).toEqual([]);
    expect(preview.adds.map((a) => a.customer.name)).toEqual(['张三', '李四']);
  });

  it('keeps row numbers across empty rows, turns dates and numbers into text', async () => {
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') }).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.getRow(1).values = ['姓名', '手机', '生日'];
    sheet.getRow(2).values = ['甲', 13812345678, new Date(Date.UTC(1990, 4, 17))];
    sheet.getRow(4).values = ['乙', { richText: [{ text: '139' }, { text: '00001111' }] }, '5月1日'];
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const file = await readImportFile('名单.xlsx', bytes);
    expect(file.kind).toBe('sheet');
    if (file.kind !== 'sheet') return;
    expect(file.sheet.rows).toEqual([
      ['甲', '13812345678', '1990-05-17'],
      ['', '', ''],
      ['乙', '13900001111', '5月1日'],
    ]);
    const preview = previewImport(file.sheet.rows, guessColumnMapping(file.sheet.headers), [], { defaultPlatform: 'other', now: T0 });
    expect(preview.adds.map((a) => [a.rows[0], a.customer.birthday])).toEqual([
      [2, '1990-05-17'],
      [4, '0000-05-01'],
    ]);
  });

  it('says so when a zip is not a workbook', async () => {
    const file = await readImportFile('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(file.kind === 'unreadable' && file.message.en).toContain('cannot be read');
  });
});

describe('hostile and broken workbooks (issue 14, item 6)', () => {
  const customers = (n: number) => Array.from({ length: n }, (_, i) => [`顾客${i}`, `138${String(i).padStart(8, '0')}`]);
  const unreadable = async (name: string, bytes: Uint8Array) => {
    const file = await readImportFile(name, bytes);
    expect(file.kind).toBe('unreadable');
    return file.kind === 'unreadable' ? file.message : { 'zh-CN': '', en: '' };
  };

  it('refuses one value at column XFD (today 16,384 cells per row) and names the cell', async () => {
    const body = customerSheetBody(customers(500)).replace('</row>', `${inlineCell('XFD1', '备注')}</row>`);
    const bytes = buildWorkbook({ sheets: [{ name: '顾客', body }] });
    expect(bytes.length).toBeLessThan(12_000);
    const message = await unreadable('顾客.xlsx', bytes);
    expect(message['zh-CN']).toContain('单元格 XFD1 在第 16384 列');
    expect(message.en).toContain('at most 256 columns');
  });

  it('refuses a value at XFD1048576 before building a million rows', async () => {
    const body = customerSheetBody(customers(2)).replace('</sheetData>', `<row r="1048576">${inlineCell('XFD1048576', 'x')}</row></sheetData>`);
    const message = await unreadable('顾客.xlsx', buildWorkbook({ sheets: [{ name: '顾客', body }] }));
    expect(message.en).toContain('Cell XFD1048576');
  });

  it('walks only cells that hold a value: a huge dimension, spans and styled empty cells cost nothing', async () => {
    const body =
      '<dimension ref="A1:XFD1048576"/>' +
      customerSheetBody(customers(3))
        .replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:16384">')
        .replace(/<\/row>/g, '<c r="XFD1" s="1"/></row>')
        .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>');
    const file = await readImportFile('顾客.xlsx', buildWorkbook({ sheets: [{ name: '顾客', body }] }));
    expect(file.kind === 'sheet' && file.sheet.rows).toEqual(customers(3));
  });

  it('refuses highly compressible shared strings by their packing ratio before unpacking, and a string longer than a cell can hold', async () => {
    const bytes = buildWorkbook({
      sheets: [{ name: '顾客', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
      sharedStrings: `<si><t>${'哈'.repeat(2_000_000)}</t></si>`,
    });
    expect(bytes.length).toBeLessThan(200_000);
    const message = await unreadable('顾客.xlsx', bytes);
    expect(message.en).toMatch(/^"xl\/sharedStrings.xml" in the workbook is compressed \d+ times \(real sheets stay under 200\)/);
    const noRatioLimit = { ...XLSX_LIMITS, zip: { ...XLSX_LIMITS.zip, maxRatio: Infinity } };
    expect(() => readWorkbookRows(bytes, noRatioLimit)).toThrow(/more than the 32767 Excel allows in a cell/);
  });

  it('reads an ordinary workbook well under the packing-ratio limit', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`顾客${i}`, String(13_500_000_000 + i), `浙江省杭州市西湖区文三路${i % 300}号`, `buyer_${i}`]);
    const bytes = buildWorkbook({ sheets: [{ name: '顾客', body: customerSheetBody(rows) }] });
    const read = readWorkbookRows(bytes).rows;
    expect(read).toHaveLength(20_000);
    expect(read[19_999]).toEqual(['顾客19999', '13500019999', '浙江省杭州市西湖区文三路199号', 'buyer_19999']);
  }, 20_000);

  it('refuses more shared strings than the limit allows', () => {
    const bytes = buildWorkbook({
      sheets: [{ name: '顾客', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
      sharedStrings: '<si><t>x</t></si>'.repeat(5000),
    });
    expect(() => readWorkbookRows(bytes, { ...XLSX_LIMITS, maxSharedStrings: 1000 })).toThrow(/more than 1000 text entries/);
  });

  it('checks the sizes in the zip directory before unpacking, and stops an entry that unpacks past its declared size', () => {
    const bytes = buildWorkbook({ sheets: [{ name: '顾客', body: customerSheetBody(customers(50)) }] });
    const sheetEntry = centralEntryOffset(bytes, 'xl/worksheets/sheet1.xml');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const realSize = view.getUint32(sheetEntry + 24, true);

    const declaredHuge = bytes.slice();
    new DataView(declaredHuge.buffer).setUint32(sheetEntry + 24, 400 * 1024 * 1024, true);
    expect(() => readWorkbookRows(declaredHuge)).toThrow(/"xl\/worksheets\/sheet1.xml" in the workbook unpacks to 400 MB, more than the 150 MB limit/);
    expect(() => readWorkbookRows(bytes, { ...XLSX_LIMITS, zip: { ...XLSX_LIMITS.zip, maxTotalBytes: realSize } })).toThrow(/unpacks to \d+ MB in all/);

    const declaredSmall = bytes.slice();
    new DataView(declaredSmall.buffer).setUint32(sheetEntry + 24, 100, true);
    expect(() => readWorkbookRows(declaredSmall)).toThrow(/larger than declared/);
  });

  it('refuses a text file named .xlsx instead of reading it as CSV', async () => {
    const message = await unreadable('顾客.xlsx', new TextEncoder().encode('姓名,手机\n张三,13812345678\n'));
    expect(message['zh-CN']).toContain('内容不是 Excel 工作簿');
    expect(message.en).toContain('is named .xlsx but is not an Excel workbook');
  });

  it('says a password-protected .xlsx (an OLE file) cannot be read', async () => {
    const message = await unreadable('顾客.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(message.en).toContain('password-protected');
  });

  it('refuses a workbook with no sheets and one whose sheets are all empty, naming them', async () => {
    expect((await unreadable('a.xlsx', buildWorkbook({ sheets: [] }))).en).toBe('This workbook has no worksheets.');
    const empty = buildWorkbook({ sheets: [{ name: 'Sheet1', body: '<sheetData/>' }, { name: '备用', body: '<sheetData><row r="1"><c r="A1" s="2"/></row></sheetData>' }] });
    expect((await unreadable('a.xlsx', empty))['zh-CN']).toContain('（Sheet1、备用）');
  });

  it('reads the first visible sheet with values before a hidden one', () => {
    const book = buildWorkbook({
      sheets: [
        { name: '对照表', hidden: true, body: customerSheetBody([['旧', '13800000009']]) },
        { name: '顾客', body: customerSheetBody([['甲', '13800000001']]) },
      ],
    });
    expect(readWorkbookRows(book).rows).toEqual([['甲', '13800000001']]);
  });

  it('reads the first sheet that holds values when the first one is blank', async () => {
    const book = buildWorkbook({ sheets: [{ name: 'Sheet1', body: '<sheetData/>' }, { name: '顾客', body: customerSheetBody(customers(2)) }] });
    const file = await readImportFile('a.xlsx', book);
    expect(file.kind === 'sheet' && file.sheet.rows).toEqual(customers(2));
  });

  it('uses a formula cell\'s cached result, and reports the row of a formula stored without one', async () => {
    const body = customerSheetBody([['甲', '13800000001']]).replace(
      '</sheetData>',
      `<row r="3">${inlineCell('A3', '乙')}<c r="B3" t="str"><f>CONCAT("138","00000002")</f><v>13800000002</v></c></row>` +
        `<row r="4">${inlineCell('A4', '丙')}<c r="B4"><f>CONCAT("138","00000003")</f></c></row>` +
        `<row r="5">${inlineCell('A5', '丁')}<c r="B5" t="e"><v>#N/A</v></c></row>` +
        `<row r="6">${inlineCell('A6', '戊')}<c r="B6"><f>1+1</f><v>13800000006</v></c><c r="C6"><f>NOW()</f></c></row></sheetData>`,
    );
    const file = await readImportFile('顾客.xlsx', buildWorkbook({ sheets: [{ name: '顾客', body }] }));
    if (file.kind !== 'sheet') throw new Error(`not a sheet: ${JSON.stringify(file)}`);
    expect(file.sheet.rows.map((r) => r.slice(0, 2))).toEqual([['甲', '13800000001'], ['乙', '13800000002'], ['丙', ''], ['丁', ''], ['戊', '13800000006']]);
    expect(JSON.stringify(file.sheet.rows)).not.toContain('[object Object]');
    const preview = previewImport(file.sheet.rows, guessColumnMapping(file.sheet.headers), [], {
      defaultPlatform: 'other',
      now: T0,
      cellProblems: file.sheet.cellProblems,
    });
    expect(preview.adds.map((a) => a.customer.name)).toEqual(['甲', '乙', '戊']);
    expect(preview.problems.map((p) => p.message['zh-CN'])).toEqual([
      '第 4 行「手机」：单元格 B4 是公式（=CONCAT("138","00000003")），但文件里没有保存它的计算结果。请在 Excel 里打开并保存一次，或把这一列复制后“粘贴为数值”。',
      '第 5 行「手机」：单元格 B5 是错误值 #N/A，请在 Excel 里改正。',
    ]);
  });

  it('reads dates by their number format, booleans, and rich text without phonetic guides', () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs>';
    const body =
      '<sheetData><row r="1">' + inlineCell('A1', '姓名') + inlineCell('B1', '生日') + inlineCell('C1', 'VIP') + inlineCell('D1', '积分') + '</row>' +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>32980</v></c><c r="C2" t="b"><v>1</v></c><c r="D2"><v>1.2E+3</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="2"><v>45413.5</v></c><c r="D3" s="0"><v>13812345678</v></c></row></sheetData>';
    const sharedStrings = '<si><r><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si><si><t xml:space="preserve"> 李四 </t></si>';
    const rows = readWorkbookRows(buildWorkbook({ sheets: [{ name: 'S', body }], sharedStrings, styles })).rows;
    expect(rows).toEqual([
      ['张三', '1990-04-17', 'TRUE', '1200'],
      [' 李四 ', '2024-05-01 12:00', '', '13812345678'],
    ]);
  });
});

/** Offset of an entry's record in the zip's central directory. */
function centralEntryOffset(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < bytes.length; i += 1) {
    if (view.getUint32(i, true) !== 0x02014b50 || view.getUint16(i + 28, true) !== wanted.length) continue;
    if (wanted.every((b, k) => bytes[i + 46 + k] === b)) return i;
  }
  throw new Error(`${name} not in the directory`);
}
