/**
 * Hostile and broken sheet files on the data page of the built extension (issue 14, items 6
 * and 7): each is refused, or its bad rows named, with a specific message, and nothing is
 * written. The workbooks are built part by part, the way an attacker would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildWorkbook, customerSheetBody, inlineCell } from '../unit/io/workbook-builder';
import { launchExtension, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
let page: Page;
beforeAll(async () => {
  session = await launchExtension();
  page = await session.openExtensionPage('options.html#/data');
});
afterAll(async () => session?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function customerCount(): Promise<number> {
  const list = await session.openExtensionPage('options.html#/customers');
  const heading = list.getByTestId('customers-page').locator('h2', { hasText: /\(\d+\)/ });
  await heading.waitFor();
  const text = (await heading.textContent()) ?? '';
  await list.close();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? 'NaN');
}

async function choose(name: string, mimeType: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

describe('hostile sheet files', () => {
  it('refuses a small workbook with one value at column XFD, naming the cell, and writes nothing', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`顾客${i}`, `138${String(i).padStart(8, '0')}`]);
    const body = customerSheetBody(rows).replace('</row>', `${inlineCell('XFD1', '备注')}</row>`);
    await choose('顾客.xlsx', XLSX, buildWorkbook({ sheets: [{ name: '顾客', body }] }));
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toContain('单元格 XFD1 在第 16384 列');
    expect(await page.getByTestId('mapping-table').count()).toBe(0);
    expect(await customerCount()).toBe(0);
  });

  it('refuses a text file renamed .xlsx and a CSV with an unclosed quote, naming the row', async () => {
    await choose('顾客.xlsx', XLSX, new TextEncoder().encode('姓名,手机\n张三,13812345678\n'));
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toContain('内容不是 Excel 工作簿');
    await choose('顾客.csv', 'text/csv', new TextEncoder().encode('姓名,手机,备注\n甲,13800000001,好\n乙,13800000002,"说要发顺丰\n丙,13800000003,\n'));
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toContain('第 3 行有一个没有闭合的引号');
    expect(await page.getByTestId('mapping-table').count()).toBe(0);
    expect(await customerCount()).toBe(0);
  });

  it('names the row of a formula stored without its result and imports the other rows', async () => {
    const body = customerSheetBody([['甲', '13800000001']]).replace(
      '</sheetData>',
      `<row r="3">${inlineCell('A3', '乙')}<c r="B3"><f>CONCAT("138","00000002")</f></c></row>` +
        `<row r="4">${inlineCell('A4', '丙')}<c r="B4" t="str"><f>CONCAT("138","00000003")</f><v>13800000003</v></c></row></sheetData>`,
    );
    await choose('顾客.xlsx', XLSX, buildWorkbook({ sheets: [{ name: '顾客', body }] }));
    await page.getByTestId('mapping-table').waitFor();
    await page.getByTestId('preview-import').click();
    await expect.poll(() => page.getByTestId('import-problems').textContent()).toContain('第 3 行「手机」：单元格 B3 是公式');
    expect(await page.getByTestId('import-problems').textContent()).not.toContain('[object Object]');
    await page.getByTestId('confirm-import').click();
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toContain('新建 2 位顾客');
    expect(await customerCount()).toBe(2);
  });
});
