/**
 * The Insights page (洞察) in the built extension: empty states with no counters; then
 * counters written straight into the extension's database (the page reads nothing else: the
 * daily rows and their weekly rollup), and
 * the tables show the expected counts, follow the platform, product and date filters, and
 * export the same rows as CSV and the chart as a PNG.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterKey, metric, type InsightCounter, type InsightProduct } from '../../lib/insights/contract';
import { weekRowsOf } from '../../lib/insights/counter-nets';
import { launchExtension, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

// "Today" on the page is 2026-12-04 in Shanghai: the default range is 2026-09-06 … 2026-12-04.
const NOW = '2026-12-04T10:00:00+08:00';

function c(day: string, platform: InsightCounter['platform'], productKey: string, name: string, count: number, extra: Partial<InsightCounter> = {}): InsightCounter {
  return { key: counterKey(day, platform, productKey, name), day, platform, productKey, metric: name, count, ...extra };
}

const PRODUCTS: InsightProduct[] = [
  { key: 'pinduoduo|cup', platform: 'pinduoduo', productKey: 'cup', name: '玻璃杯', lastSeen: 0 },
  { key: 'douyin|shirt', platform: 'douyin', productKey: 'shirt', name: '纯棉T恤', lastSeen: 0 },
  { key: 'pinduoduo|bag', platform: 'pinduoduo', productKey: 'bag', name: '帆布包', lastSeen: 0 },
];

const COUNTERS: InsightCounter[] = [
  // 玻璃杯: 20 conversations, 3 damaged + 1 wrong item = 4 problems → 20 per 100.
  c('2026-11-02', 'pinduoduo', 'cup', metric.conversations, 12),
  c('2026-11-10', 'pinduoduo', 'cup', metric.conversations, 8),
  c('2026-11-03', 'pinduoduo', 'cup', metric.situation('damaged'), 2),
  c('2026-11-11', 'pinduoduo', 'cup', metric.situation('damaged'), 1),
  c('2026-11-12', 'pinduoduo', 'cup', metric.situation('wrong_item'), 1),
  // Before the default 90 days: only the 365-day range counts it.
  c('2026-08-01', 'pinduoduo', 'cup', metric.situation('damaged'), 50),
  // 纯棉T恤: 10 conversations, 3 size problems → 30 per 100.
  c('2026-11-09', 'douyin', 'shirt', metric.conversations, 10),
  c('2026-11-12', 'douyin', 'shirt', metric.situation('size_fit'), 3),
  // 帆布包: 5 conversations (demo), 1 quality problem → 20 per 100.
  c('2026-11-20', 'pinduoduo', 'bag', metric.conversations, 5, { demoCount: 5 }),
  c('2026-11-20', 'pinduoduo', 'bag', metric.situation('quality_issue'), 1),
  // Haggling on 玻璃杯: 6 messages, 3 closed (list 150 in all, sold for 135), 1 lost.
  c('2026-11-04', 'pinduoduo', 'cup', metric.situation('haggle'), 6),
  c('2026-11-04', 'pinduoduo', 'cup', metric.decision('price_accepted'), 3),
  c('2026-11-05', 'pinduoduo', 'cup', metric.decision('deal_lost'), 1),
  c('2026-11-04', 'pinduoduo', 'cup', metric.listPrice, 3, { sum: 150 }),
  c('2026-11-04', 'pinduoduo', 'cup', metric.finalPrice, 3, { sum: 135 }),
  // Returns: 2 damaged (seller pays), 1 size (buyer pays).
  c('2026-11-11', 'pinduoduo', 'cup', metric.cause('damaged'), 2),
  c('2026-11-11', 'pinduoduo', 'cup', metric.postage('seller'), 2),
  c('2026-11-11', 'pinduoduo', 'cup', metric.decision('return'), 2),
  c('2026-11-13', 'douyin', 'shirt', metric.cause('size_fit'), 1),
  c('2026-11-13', 'douyin', 'shirt', metric.postage('buyer'), 1),
  c('2026-11-13', 'douyin', 'shirt', metric.decision('exchange'), 1),
  // Follow-ups.
  c('2026-11-14', 'pinduoduo', '', metric.followUp('arrival_check', 'on_time'), 4),
  c('2026-11-14', 'pinduoduo', '', metric.followUp('arrival_check', 'late'), 1),
  c('2026-11-15', 'douyin', '', metric.followUp('review_reminder', 'skipped'), 2),
];

async function writeCounters(page: Page, counters = COUNTERS, products = PRODUCTS): Promise<void> {
  // Straight into the extension's database (opened and upgraded by the page itself), with
  // the weekly rollup the extension's writers would have kept (the page reads whole weeks there).
  await expect
    .poll(() =>
      page.evaluate(
        ({ counters, weeks, products }) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('seller-assistant');
            open.onsuccess = () => {
              const database = open.result;
              if (!database.objectStoreNames.contains('insightWeeks')) return resolve(false);
              const tx = database.transaction(['insightCounters', 'insightWeeks', 'insightProducts'], 'readwrite');
              for (const row of counters) tx.objectStore('insightCounters').put(row);
              for (const row of weeks) tx.objectStore('insightWeeks').put(row);
              for (const row of products) tx.objectStore('insightProducts').put(row);
              tx.oncomplete = () => {
                database.close();
                resolve(true);
              };
              tx.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
        { counters, weeks: weekRowsOf(counters), products },
      ),
    )
    .toBe(true);
}

async function openInsights(): Promise<Page> {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(`chrome-extension://${session.extensionId}/options.html#/insights`);
  await page.getByTestId('insights-page').waitFor();
  return page;
}

/** The body rows of a table, each as its cells' text. */
function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .evaluate((table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

const productCells = (rows: string[][]) => rows.map((row) => row.slice(0, 10)); // without the sparkline

describe('Insights page', () => {
  it('explains what will appear when nothing was logged', async () => {
    const page = await openInsights();
    await expect.poll(() => page.getByTestId('insights-empty').textContent()).toContain('侧栏');
    for (const id of ['products', 'situations', 'haggle', 'returns', 'followups']) {
      expect(await page.getByTestId(`insights-empty-${id}`).textContent()).toMatch(/后/);
    }
    expect(await page.getByTestId('insights-table-products').count()).toBe(0);
    expect(await page.getByTestId('insights-demo-banner').count()).toBe(0);
    // The nav names the page.
    expect(await page.locator('.options-nav a[aria-current="page"]').textContent()).toBe('洞察');
    await writeCounters(page);
    await page.close();
  });

  it('shows the counts per product, worst first, with a drawn chart and the demo banner', async () => {
    const page = await openInsights();
    const table = page.getByTestId('insights-table-products');
    await expect.poll(() => tableRows(page, 'insights-table-products').then(productCells)).toEqual([
      // product, platform, conversations, quality, size, damaged, missing, wrong, problems, per 100
      ['玻璃杯', '拼多多', '20', '0', '0', '3', '0', '1', '4', '20'],
      ['纯棉T恤', '抖音', '10', '0', '3', '0', '0', '0', '3', '30'],
      ['帆布包', '拼多多', '5', '1', '0', '0', '0', '0', '1', '20'],
    ]);
    expect(await table.locator('caption').textContent()).toBeTruthy();
    expect(await table.locator('thead th').count()).toBe(11);
    await page.locator('[data-testid="insights-chart-products"][data-chart-ready="true"]').waitFor();
    expect(await page.getByTestId('insights-chart-products').getAttribute('aria-label')).toContain('3');
    expect(await page.getByTestId('insights-demo-banner').textContent()).toContain('演示数据');

    // Sorting by the rate puts the shirt first.
    await page.getByTestId('insights-sort-ratePer100').click();
    await expect.poll(() => tableRows(page, 'insights-table-products').then((rows) => rows[0]![0])).toBe('纯棉T恤');

    expect(await tableRows(page, 'insights-table-haggle')).toContainEqual([expect.any(String), '6', '3', '1']);
    // The range starts on a Sunday and ends on a Friday: its first and last weeks say how many
    // of their days it holds, the others are whole.
    const weeks = (await tableRows(page, 'insights-table-situations')).map((row) => row[0]);
    expect(weeks.at(0)).toBe('2026-08-31（仅 1 天）');
    expect(weeks.at(-1)).toBe('2026-11-30（仅 5 天）');
    expect(weeks.slice(1, -1).every((week) => /^\d{4}-\d{2}-\d{2}$/.test(week!))).toBe(true);
    // The products' sparklines dash those two weeks and say why.
    const sparkline = table.locator('tbody tr').first().locator('svg');
    expect(await sparkline.getAttribute('aria-label')).toMatch(/第一周仅 1 天；最后一周仅 5 天$/);
    expect(await sparkline.locator('[data-partial]').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-partial')))).toEqual(['first', 'last']);
    const prices = await tableRows(page, 'insights-table-haggle-prices');
    expect(prices).toContainEqual(['平均标价', '50.00']);
    expect(prices).toContainEqual(['平均成交价', '45.00']);
    expect(prices).toContainEqual(['成交率', '75%']);
    const returns = await tableRows(page, 'insights-table-returns');
    expect(returns).toContainEqual(['原因', '破损', '2']);
    expect(returns).toContainEqual(['原因', '不合适/不喜欢', '1']);
    expect(returns).toContainEqual(['处理方式', '退货', '2']);
    expect(returns).toContainEqual(['处理方式', '换货', '1']);
    expect(returns).toContainEqual(['退货运费承担', '卖家', '2']);
    expect(returns).toContainEqual(['退货运费承担', '买家', '1']);
    expect(await tableRows(page, 'insights-table-followups')).toEqual([
      ['到货询问', '4', '1', '0', '5', '80%'],
      ['提醒评价', '0', '0', '2', '2', '0%'],
    ]);
    await page.close();
  });

  it('follows the platform, product and date filters', async () => {
    const page = await openInsights();
    await expect.poll(() => tableRows(page, 'insights-table-products').then((rows) => rows.length)).toBe(3);

    await page.getByTestId('insights-platform').selectOption('douyin');
    await expect.poll(() => tableRows(page, 'insights-table-products').then(productCells)).toEqual([['纯棉T恤', '抖音', '10', '0', '3', '0', '0', '0', '3', '30']]);
    await expect.poll(() => page.getByTestId('insights-table-situations').locator('thead th').allTextContents()).toEqual(['周（起始日）', '抖音', '合计']);
    await expect.poll(() => tableRows(page, 'insights-table-followups')).toEqual([['提醒评价', '0', '0', '2', '2', '0%']]);
    // The demo counts were on 拼多多 only.
    await expect.poll(() => page.getByTestId('insights-demo-banner').count()).toBe(0);

    await page.getByTestId('insights-platform').selectOption('');
    await page.getByTestId('insights-product').selectOption({ label: '玻璃杯' });
    await expect.poll(() => tableRows(page, 'insights-table-products').then((rows) => rows.map((row) => row[0]))).toEqual(['玻璃杯']);
    await expect.poll(() => tableRows(page, 'insights-table-returns').then((rows) => rows.filter((row) => row[0] === '原因'))).toEqual([['原因', '破损', '2']]);

    // The last 365 days include August's 50 damaged cups.
    await page.getByTestId('insights-range-365').click();
    await expect.poll(() => tableRows(page, 'insights-table-products').then((rows) => rows[0]!.slice(0, 9))).toEqual(['玻璃杯', '拼多多', '20', '0', '0', '53', '0', '1', '54']);
    // A custom range of one day.
    await page.getByTestId('insights-range-custom').click();
    await page.getByTestId('insights-from').fill('2026-11-12');
    await page.getByTestId('insights-to').fill('2026-11-12');
    await expect.poll(() => tableRows(page, 'insights-table-products').then((rows) => rows[0]!.slice(0, 9))).toEqual(['玻璃杯', '拼多多', '0', '0', '0', '0', '0', '1', '1']);
    await expect.poll(() => tableRows(page, 'insights-table-situations')).toEqual([['2026-11-09（仅 1 天）', '1', '1']]);
    await page.close();
  });

  it('exports the table rows as CSV and the chart as a PNG', async () => {
    const page = await openInsights();
    await page.locator('[data-testid="insights-chart-followups"][data-chart-ready="true"]').waitFor();

    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('insights-csv-products').click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe('insights-products-2026-09-06_2026-12-04.csv');
    const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
    expect(parsed[0]!.slice(0, 3)).toEqual(['商品', '平台', '对话数']);
    expect(parsed.slice(1).map((row) => row.slice(0, 10))).toEqual([
      ['玻璃杯', '拼多多', '20', '0', '0', '3', '0', '1', '4', '20'],
      ['纯棉T恤', '抖音', '10', '0', '3', '0', '0', '0', '3', '30'],
      ['帆布包', '拼多多', '5', '1', '0', '0', '0', '0', '1', '20'],
    ]);

    const followCsv = page.waitForEvent('download');
    await page.getByTestId('insights-csv-followups').click();
    const followRows = Papa.parse<string[]>(readFileSync((await (await followCsv).path())!, 'utf8').replace(/^\uFEFF/, '').trim()).data;
    expect(followRows.at(-1)).toEqual(['合计', '4', '1', '2', '7', '57%']);

    const pngDownload = page.waitForEvent('download');
    await page.getByTestId('insights-png-followups').click();
    const pngFile = await pngDownload;
    expect(pngFile.suggestedFilename()).toBe('insights-followups-2026-09-06_2026-12-04.png');
    const png = readFileSync((await pngFile.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(1000);
    await page.close();
  });

  it('shows a product name carrying markup as text in the chart tooltip', async () => {
    // Product names come from the marketplace page: the chart's tooltip builds HTML from them.
    const page = await openInsights();
    const name = '<img src=x onerror="window.__xss=1">保温杯';
    await writeCounters(
      page,
      [c('2026-11-16', 'pinduoduo', 'mug', metric.conversations, 4), c('2026-11-16', 'pinduoduo', 'mug', metric.situation('damaged'), 2)],
      [{ key: 'pinduoduo|mug', platform: 'pinduoduo', productKey: 'mug', name, lastSeen: 0 }],
    );
    await page.reload();
    await page.getByTestId('insights-product').selectOption({ label: name });
    await expect.poll(() => tableRows(page, 'insights-table-products').then((rows) => rows.map((row) => row[0]))).toEqual([name]);
    const chart = page.locator('[data-testid="insights-chart-products"][data-chart-ready="true"]');
    await chart.waitFor();
    // One product: its bar's row fills the plot, so the chart's middle shows its tooltip.
    await chart.hover();
    const tooltip = page.getByTestId('insights-chart-products').locator('div').filter({ hasText: '保温杯' }).last();
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain(name);
    expect(await page.getByTestId('insights-chart-products').locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.close();
  });

  it('ends the default range on today in the shop’s time zone', async () => {
    const page = await openInsights();
    const setZone = (zone: string) =>
      page.evaluate(
        `chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, policy: { ...(settings?.policy ?? {}), timeZone: ${JSON.stringify(zone)} } } }))`,
      );
    // 10:00 on 4 December in Shanghai is still the evening of the 3rd in Los Angeles.
    await setZone('America/Los_Angeles');
    await page.reload();
    await expect.poll(() => tableRows(page, 'insights-table-situations').then((rows) => rows.at(-1)?.[0])).toBe('2026-11-30（仅 4 天）');
    await setZone('Asia/Shanghai');
    await page.close();
  });
});
