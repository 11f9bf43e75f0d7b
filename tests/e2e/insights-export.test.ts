/**
 * The insights event log leaves the extension in the seller's spreadsheets: with an empty log
 * the insights CSV button is disabled and says why; after the sidebar handled a buyer message
 * (corrected, a reply inserted) and the background logged a closed haggle whose product name
 * is a formula, the seller clicks 导出洞察记录 CSV and 导出 Excel, and both downloaded files
 * hold one row per event with translated names, the prices, and the formula made inert.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/io/csv-format';
import { INSIGHT_COLUMNS, insightHeaders, type InsightColumn } from '../../lib/io/insight-sheet';
import { DEMO_URL, fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

const MESSAGE = '宝贝什么时候能到我这边';
const FORMULA_NAME = '=HYPERLINK("http://evil.example","点我")';

let session: ExtensionSession;
let dataPage: Page;
beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  dataPage = await session.openExtensionPage('options.html#/data');
});
afterAll(async () => session?.close());

interface StoredEvent { messageKey: string; buyerKey: string; corrected?: true; productKey: string; productName?: string; situations: string[]; outcomes: { kind: string; scriptId?: string }[] }

function readEvents(): Promise<StoredEvent[]> {
  return dataPage.evaluate(
    () =>
      new Promise<StoredEvent[]>((resolve) => {
        const open = indexedDB.open('seller-assistant');
        open.onsuccess = () => {
          const request = open.result.transaction(['insightEvents'], 'readonly').objectStore('insightEvents').getAll();
          request.onsuccess = () => resolve(request.result as StoredEvent[]);
          request.onerror = () => resolve([]);
        };
        open.onerror = () => resolve([]);
      }),
  );
}

/** An archive operation through the background, as the sidebar sends it. */
function archive(kind: 'query' | 'command', name: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return dataPage.evaluate(
    ([k, n, a]) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome.runtime;
      return runtime.sendMessage({ type: 'bg:archive', payload: { kind: k, name: n, args: a } });
    },
    [kind, name, args] as const,
  );
}

const col = (row: readonly string[], column: InsightColumn) => row[INSIGHT_COLUMNS.indexOf(column)] ?? '';

describe('exporting the insights event log', () => {
  it('disables the insights CSV button while the log is empty and says why', async () => {
    const button = dataPage.getByTestId('export-insights-csv');
    await expect.poll(() => dataPage.getByTestId('insights-export-empty').textContent()).toContain('还没有洞察记录');
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe('导出洞察记录 CSV');
  });

  it('downloads a CSV and a workbook holding the events the sidebar and the background logged', async () => {
    // A buyer message handled in the sidebar: the seller corrects the situation and inserts a reply.
    const chat = await session.context.newPage();
    await chat.goto(DEMO_URL);
    await chat.evaluate('window.demoChat.pauseAutoMessages()');
    const frame: Frame = await sidebarFrame(chat, session.extensionId);
    await chat.evaluate((t) => (window as never as { demoChat: { pushBuyerMessage(t: string): void } }).demoChat.pushBuyerMessage(t), MESSAGE);
    await expect.poll(() => frame.getByTestId('buyer-message').textContent(), { timeout: 20_000 }).toBe(MESSAGE);
    // On a loaded machine the sidebar may also have handled the chat's earlier last message
    // before the pushed one arrived; the corrected event is the one for MESSAGE.
    const corrected = async () => (await readEvents()).find((e) => e.corrected === true);
    await expect.poll(async () => (await readEvents()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await frame.getByTestId('situation-picker').selectOption('ship_time');
    await expect.poll(async () => (await corrected())?.situations[0], { timeout: 20_000 }).toBe('ship_time');
    const card = frame.getByTestId('suggestion').first();
    const scriptId = (await card.getAttribute('data-script-id'))!;
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(async () => (await corrected())?.outcomes.map((o) => o.scriptId), { timeout: 20_000 }).toEqual([scriptId]);
    await chat.close();
    const sidebarEvent = await corrected();
    const sidebarEvents = (await readEvents()).length;

    // A closed haggle on another marketplace, logged through the background's own operations.
    const at = Date.parse('2026-11-20T15:04:05+08:00');
    const messageKey = 'jd:pin_77#0000abcd';
    const logged = await archive('command', 'logInsightEvent', {
      at,
      platform: 'jd',
      buyerKey: 'jd:pin_77',
      messageKey,
      productKey: '100012345678',
      productName: FORMULA_NAME,
      situations: ['haggle'],
      text: '便宜点 52 行不行',
    });
    expect(logged.ok).toBe(true);
    const decided = await archive('command', 'addInsightOutcome', { messageKey, outcome: { kind: 'decision', decision: 'price_accepted', listPrice: 59, finalPrice: 52, at: at + 60_000 } });
    expect(decided).toEqual({ ok: true, value: true });

    const templates = (await archive('query', 'templates', {})).value as { id: string; title: string }[];
    const scriptTitle = templates.find((t) => t.id === scriptId)?.title ?? scriptId;

    // The button comes alive once the page sees the log is no longer empty.
    const csvButton = dataPage.getByTestId('export-insights-csv');
    await expect.poll(() => csvButton.isEnabled()).toBe(true);
    expect(await dataPage.getByTestId('insights-export-empty').count()).toBe(0);
    const csvDownload = dataPage.waitForEvent('download');
    await csvButton.click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^seller-assistant-insights-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await csvFile.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // The product name from the page is written so that Excel/WPS show it and never run it.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    const csv = parseCsv(text);
    expect(csv.headers).toEqual(insightHeaders('zh-CN'));
    expect(csv.rows).toHaveLength(sidebarEvents + 1);
    await expect.poll(() => dataPage.getByTestId('data-messages').textContent()).toContain(`已导出 ${sidebarEvents + 1} 条洞察记录`);

    const checkRows = (rows: string[][]) => {
      const sidebarRow = rows.find((row) => col(row, 'buyer') === sidebarEvent!.buyerKey && col(row, 'corrected') === '是')!;
      expect(col(sidebarRow, 'platform')).toBe('拼多多');
      expect(col(sidebarRow, 'situations').split('、')[0]).toBe('发货时间/催发货');
      expect(col(sidebarRow, 'corrected')).toBe('是');
      expect(col(sidebarRow, 'scripts')).toBe(scriptTitle);
      expect(col(sidebarRow, 'productName')).toBe(sidebarEvent!.productName ?? '');
      expect(col(sidebarRow, 'text')).toBe(''); // the seller keeps no message text (the default)
      const haggleRow = rows.find((row) => col(row, 'buyer') === 'jd:pin_77')!;
      expect(col(haggleRow, 'time')).toBe('2026-11-20 15:04:05');
      expect(col(haggleRow, 'day')).toBe('2026-11-20');
      expect(col(haggleRow, 'platform')).toBe('京东');
      expect(col(haggleRow, 'productId').trim()).toBe('100012345678');
      expect(col(haggleRow, 'productName')).toBe(FORMULA_NAME);
      expect(col(haggleRow, 'situations')).toBe('议价');
      expect(col(haggleRow, 'decision')).toBe('议价成交');
      expect(col(haggleRow, 'decidedAt')).toBe('2026-11-20 15:05:05');
      expect([col(haggleRow, 'listPrice'), col(haggleRow, 'finalPrice')]).toEqual(['59', '52']);
      expect(col(haggleRow, 'text')).toBe('');
    };
    checkRows(csv.rows);

    const xlsxDownload = dataPage.waitForEvent('download');
    await dataPage.getByTestId('export-xlsx').click();
    const xlsxBytes = readFileSync((await (await xlsxDownload).path())!);
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') }).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['顾客', '订单', '备注', '待办', '洞察记录']);
    const sheet = book.getWorksheet('洞察记录')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(INSIGHT_COLUMNS.map((_, i) => String(row.getCell(i + 1).value ?? ''))));
    expect(rows[0]).toEqual(insightHeaders('zh-CN'));
    expect(rows).toHaveLength(sidebarEvents + 2);
    const haggleCell = rows.find((row) => col(row, 'buyer') === 'jd:pin_77')!;
    // In the workbook the cell is text with the same apostrophe guard (see guardFormula).
    expect(col(haggleCell, 'productName')).toBe(`'${FORMULA_NAME}`);
    checkRows(rows.slice(1).map((row) => row.map((cell) => (cell.startsWith("'=") ? cell.slice(1) : cell))));
  });
});
