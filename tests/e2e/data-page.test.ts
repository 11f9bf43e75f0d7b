/**
 * The data page as a seller uses it: import a customer sheet with Chinese headers (one bad
 * row), see the preview with the bad row's number and reason, confirm, export CSV for Excel
 * (UTF-8 with BOM), take a full backup, erase everything, and restore it exactly. Imported and
 * restored customers become searchable once the background has built their search keys.
 * Closing the page during an import asks first.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
let page: Page;
beforeAll(async () => {
  session = await launchExtension();
  page = await session.openExtensionPage('options.html#/data');
});
afterAll(async () => session?.close());

const SHEET = [
  '姓名,手机,买家ID,平台,收货地址,备注',
  '王小丽,13800001111,pdd_1001,拼多多,浙江省杭州市西湖区文三路1号,"喜欢蓝色, 周末收货"',
  '赵强,1380000,pdd_1002,拼多多,江苏省南京市鼓楼区中山路2号,',
  '钱多多,13900002222,pdd_1003,拼多多,上海市浦东新区世纪大道3号,老顾客',
].join('\r\n');

async function customerCount(): Promise<number> {
  const list = await session.openExtensionPage('options.html#/customers');
  // The count shows "(…)" until the archive has answered.
  const heading = list.getByTestId('customers-page').locator('h2', { hasText: /\(\d+\)/ });
  await heading.waitFor();
  const text = (await heading.textContent()) ?? '';
  await list.close();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? 'NaN');
}

/**
 * Search the customers page the way a seller does. Imported and restored customers get their
 * search keys from the background shortly after the write; the list updates live when they land.
 */
async function expectFoundBySearch(query: string, name: string): Promise<void> {
  const list = await session.openExtensionPage('options.html#/customers');
  await list.getByTestId('customers-page').getByRole('searchbox').fill(query);
  await expect.poll(() => list.getByTestId('customers-page').locator('li').allTextContents(), { timeout: 20_000 }).toEqual([expect.stringContaining(name)]);
  await expect.poll(() => list.getByTestId('search-backlog').count()).toBe(0);
  await list.close();
}

describe('data page', () => {
  it('previews an import with the bad row named, then imports the good rows', async () => {
    await page.getByTestId('import-file').setInputFiles({ name: '顾客.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${SHEET}`, 'utf8') });
    await page.getByTestId('mapping-table').waitFor();
    await page.getByTestId('preview-import').click();
    const problems = page.getByTestId('import-problems');
    await expect.poll(() => problems.textContent()).toContain('第 3 行');
    expect(await problems.textContent()).toContain('1380000');
    expect(await customerCount()).toBe(0); // nothing written before confirming
    await page.getByTestId('confirm-import').click();
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toContain('新建 2 位顾客');
    expect(await customerCount()).toBe(2);
    // Without a query the list shows the newest first (the sheet's later row), each with its
    // marketplace's name rather than its id.
    const list = await session.openExtensionPage('options.html#/customers');
    await expect
      .poll(() => list.getByTestId('customers-page').locator('li').allTextContents())
      .toEqual([expect.stringMatching(/^钱多多 · 拼多多 · pdd_1003/), expect.stringMatching(/^王小丽 · 拼多多 · pdd_1001/)]);
    await list.close();
    await expectFoundBySearch('qianduoduo', '钱多多');
    await expectFoundBySearch('1111', '王小丽');
  });

  it('exports a CSV that Excel reads as UTF-8, and a backup that restores exactly after erasing', async () => {
    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const csv = readFileSync((await (await csvDownload).path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('王小丽');
    expect(csv.toString('utf8')).toContain('"喜欢蓝色, 周末收货"');

    const backupDownload = page.waitForEvent('download');
    await page.getByTestId('export-backup').click();
    const backupPath = (await (await backupDownload).path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; checksum: string; data: { customers: unknown[] } };
    expect(backup.format).toBe('seller-assistant/backup');
    expect(backup.data.customers).toHaveLength(2);

    await page.getByTestId('erase-input').fill('清空');
    await page.getByTestId('erase-button').click();
    await expect.poll(customerCount).toBe(0);
    // Erasing leaves a working extension: the built-in scripts are back, as after install.
    await expect
      .poll(() =>
        page.evaluate(
          `chrome.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'query', name: 'templates', args: {} } }).then((r) => r.value.filter((t) => t.builtIn).length)`,
        ),
      )
      .toBeGreaterThan(0);

    await page.getByTestId('import-file').setInputFiles(backupPath);
    await page.getByTestId('confirm-restore').click();
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toContain('已从备份恢复');
    expect(await customerCount()).toBe(2);
    await expectFoundBySearch('wxl', '王小丽');
  });

  it('refuses a tampered backup and writes nothing', async () => {
    const backupDownload = page.waitForEvent('download');
    await page.getByTestId('export-backup').click();
    const text = readFileSync((await (await backupDownload).path())!, 'utf8').replace('王小丽', '王大丽');
    await page.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await expect.poll(() => page.getByTestId('data-messages').textContent()).toMatch(/校验|checksum/i);
    expect(await page.getByTestId('confirm-restore').count()).toBe(0);
    expect(await customerCount()).toBe(2);
  });

  it('asks before the page is closed during an import, and finishes the import when the seller stays', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `顾客${i},137${String(i).padStart(8, '0')},pdd_big_${i},拼多多`);
    const sheet = ['姓名,手机,买家ID,平台', ...rows].join('\r\n');
    await page.getByTestId('import-file').setInputFiles({ name: '老顾客.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet, 'utf8') });
    await page.getByTestId('mapping-table').waitFor();
    await page.getByTestId('preview-import').click();
    await page.getByTestId('confirm-import').click();
    // The warning is armed once the page shows it is working.
    await page.getByRole('status').filter({ hasText: '处理中' }).waitFor();
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect.poll(() => page.getByTestId('data-messages').textContent(), { timeout: 30_000 }).toMatch(/新建 20,?000 位顾客/);
    expect(page.isClosed()).toBe(false);
    expect(await customerCount()).toBe(20_002);
  });
});
