import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, guardCell, parseCsv, toCsv, unguardCell } from '../../../lib/io/csv-format';
import { customersToCsv, exportCustomersCsv } from '../../../lib/io/csv-export';
import { readArchive } from '../../../lib/io/archive-tables';
import { readImportFile } from '../../../lib/io/import-file';
import { freshDb, seedSmallArchive } from './io-fixtures';

const ZH_HEADERS = '平台,买家ID,昵称,姓名,电话,省,市,区,详细地址,生日,标签,VIP等级,积分,订单数,最近订单,备注';

describe('customer CSV export', () => {
  it('is UTF-8 with BOM, CRLF, every field quoted, Chinese headers in order', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const csv = await exportCustomersCsv(db, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect(csv.startsWith('\uFEFF"平台","买家ID"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(ZH_HEADERS.split(',').map((h) => `"${h}"`).join(','));
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    // Embedded quotes doubled, commas and the note's line break kept inside quotes.
    expect(csv).toContain('"小张 ""买买买"""');
    expect(csv).toContain('"文三路 90 号, 3 单元"');
    expect(csv).toContain('"喜欢深色，\n不要红色\n怕快递放门口"');
    expect(csv).toContain('"拼多多","pdd_8812"');
    expect(csv).toContain('"老顾客、VIP","3","1200","1","2024-05-01 240501-1234"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('uses English headers and names when the UI is English', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const csv = customersToCsv(await readArchive(db), { locale: 'en', timeZone: 'UTC' });
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF"Platform","Buyer ID","Nickname","Name","Phone","Province","City","District","Street address","Birthday","Tags","VIP level","Points","Orders","Last order","Note"',
    );
    expect(csv).toContain('"Douyin","dy_77"');
    expect(csv).toContain('"老顾客, VIP"');
  });

  it('keeps formulas from running and long numbers from turning into 1.38E+10', () => {
    expect(guardCell('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")');
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('-')).toBe("'-");
    expect(guardCell('13812345678')).toBe('\t13812345678');
    expect(guardCell('0571')).toBe('\t0571');
    expect(guardCell('+8613812345678')).toBe('\t+8613812345678');
    expect(guardCell('普通昵称')).toBe('普通昵称');
    for (const text of ['=1+1', "'=x", "''@y", '-', '+86 138 1234 5678', "'quoted", '13812345678', '中文']) {
      expect(unguardCell(guardCell(text))).toBe(text);
    }
  });
});

describe('reading CSV files', () => {
  it('parses quoted cells with commas, quotes and line breaks, dropping the BOM and final newline', () => {
    const text = toCsv(['姓名', '备注'], [['张三', '第一行\r\n第二行, "引号"'], ['李四', '']]);
    const sheet = parseCsv(text);
    expect(sheet.headers).toEqual(['姓名', '备注']);
    expect(sheet.rows).toEqual([
      ['张三', '第一行\r\n第二行, "引号"'],
      ['李四', ''],
    ]);
  });

  it('keeps blank lines as rows so row numbers match Excel', () => {
    const sheet = parseCsv('姓名,电话\n甲,1\n\n乙,2\n');
    expect(sheet.rows).toEqual([['甲', '1'], [''], ['乙', '2']]);
  });

  it('reads tab- and semicolon-separated files', () => {
    expect(parseCsv('姓名\t电话\n甲\t13800000000').rows).toEqual([['甲', '13800000000']]);
    expect(parseCsv('name;phone\nA;13800000000').rows).toEqual([['A', '13800000000']]);
  });

  it('decodes UTF-8, GBK (Chinese Excel) and UTF-16 bytes', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFF姓名'))).toBe('姓名');
    // 姓名,张三 in GBK.
    expect(decodeCsvBytes(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd]))).toBe('姓名,张三');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('姓名\t电话', 'utf16le')]);
    expect(decodeCsvBytes(utf16)).toBe('姓名\t电话');
  });

  it('tells a backup, a CSV sheet and an old .xls apart', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect((await readImportFile('b.json', enc('{"format":"x"}'))).kind).toBe('backup');
    const sheet = await readImportFile('list.csv', enc('姓名,电话\n甲,13800000000'));
    expect(sheet.kind === 'sheet' && sheet.sheet.rows).toEqual([['甲', '13800000000']]);
    const xls = await readImportFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect(xls.kind === 'unreadable' && xls.message['zh-CN']).toContain('.xls');
    const empty = await readImportFile('e.csv', enc(''));
    expect(empty.kind).toBe('unreadable');
  });
});

describe('hostile and broken CSV files (issue 14, item 7)', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('refuses a file with an unclosed quote and names the row, instead of swallowing the rest into one cell', async () => {
    const text = '姓名,电话,备注\n甲,13800000001,好\n乙,13800000002,"说要发顺丰\n丙,13800000003,\n丁,13800000004,\n';
    const file = await readImportFile('名单.csv', enc(text));
    expect(file.kind).toBe('unreadable');
    if (file.kind !== 'unreadable') return;
    expect(file.message['zh-CN']).toContain('第 3 行');
    expect(file.message['zh-CN']).toContain('说要发顺丰');
    expect(file.message.en).toContain('Row 3');
    expect(file.message.en).toContain('never closed');
  });

  it('refuses a quote that closes in the middle of a cell, naming its row', async () => {
    const file = await readImportFile('名单.csv', enc('姓名,备注\n甲,"好"的\n乙,x\n'));
    expect(file.kind === 'unreadable' && file.message.en).toMatch(/^Row 2 has a misplaced quote/);
  });

  it('still reads quotes used correctly and a lone quote inside an unquoted cell', () => {
    expect(parseCsv('姓名,备注\n甲,"a ""b"", c"\n乙,5"屏\n').rows).toEqual([
      ['甲', 'a "b", c'],
      ['乙', '5"屏'],
    ]);
  });

  it('reads UTF-16 without a byte-order mark, little- and big-endian', async () => {
    const text = '姓名,电话\r\n张三,13812345678\r\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    for (const bytes of [le, be]) {
      const file = await readImportFile('名单.csv', bytes);
      expect(file.kind === 'sheet' && [file.sheet.headers, file.sheet.rows]).toEqual([['姓名', '电话'], [['张三', '13812345678']]]);
    }
  });

  it('refuses a file with NUL bytes that is not UTF-16 text, and UTF-16 that does not decode', async () => {
    const binary = await readImportFile('x.csv', new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x44, 0x00, 0x00, 0x45, 0x46]));
    expect(binary.kind === 'unreadable' && binary.message.en).toContain('NUL bytes');
    // Little-endian layout, but an unpaired surrogate: not valid UTF-16 either.
    const broken = await readImportFile('x.csv', new Uint8Array([0x61, 0x00, 0x2c, 0x00, 0x34, 0xd8, 0x62, 0x00, 0x0a, 0x00]));
    expect(broken.kind === 'unreadable' && broken.message.en).toContain('UTF-16');
  });

  it('guards cells that start with a tab or a carriage return as well as = + - @', () => {
    expect(guardCell('\t=HYPERLINK("http://x")')).toBe('\'\t=HYPERLINK("http://x")');
    expect(guardCell('\r=1+1')).toBe("'\r=1+1");
    expect(guardCell('\tplain')).toBe("'\tplain");
    for (const text of ['\t=1+1', '\r@x', '\tplain', '\t13812345678']) expect(unguardCell(guardCell(text))).toBe(text);
    const csv = toCsv(['昵称'], [['\t=cmd|" /c calc"!A0']]);
    expect(csv).toContain('"\'\t=cmd|"" /c calc""!A0"');
    expect(parseCsv(csv).rows).toEqual([['\t=cmd|" /c calc"!A0']]);
  });
});
