import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../lib/io/archive-tables';
import { guessColumnMapping } from '../../../lib/io/column-mapping';
import { customersToCsv } from '../../../lib/io/csv-export';
import { parseCsv } from '../../../lib/io/csv-format';
import { readImportFile } from '../../../lib/io/import-file';
import { previewImport } from '../../../lib/io/preview-import';
import { archiveToXlsx, readXlsxRows } from '../../../lib/io/xlsx';
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
