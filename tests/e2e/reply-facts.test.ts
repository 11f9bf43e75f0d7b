/**
 * The facts replies may state, set by a seller in the options page: a bad value is named and
 * nothing is saved; good values persist and reach the replies (the size chart link fills the
 * size-chart script in the popup, which asked for it before).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';
import { openPopupWindow, searchPopupTemplates } from './support/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

const LINK = 'https://example.com/size-chart';

async function sizeChartCard() {
  const popup = await openPopupWindow(session);
  await searchPopupTemplates(popup, '尺码表', '尺码表');
  await popup.getByTestId('template-search').press('Enter');
  return popup;
}

describe('options: facts replies may state', () => {
  it('the size chart script asks for the link while none is set', async () => {
    const popup = await sizeChartCard();
    await expect.poll(() => popup.getByTestId('missing-size_chart_link').count()).toBe(1);
    await popup.close();
  });

  it('names a bad cut-off hour and saves nothing', async () => {
    const options = await session.openExtensionPage('options.html');
    const form = options.getByTestId('reply-facts');
    await form.getByTestId('ship-cutoff').fill('25');
    await form.getByTestId('size-chart-link').fill(LINK);
    await form.getByTestId('save-reply-facts').click();
    await expect.poll(() => form.getByTestId('reply-facts-status').textContent()).toMatch(/当日发货截止|Same-day cut-off/);
    await options.reload();
    await expect.poll(() => options.getByTestId('size-chart-link').inputValue()).toBe('');
    expect(await options.getByTestId('ship-cutoff').inputValue()).toBe('');
    await options.close();
  });

  it('saves the cut-off, the link and a product short name, and keeps them', async () => {
    const options = await session.openExtensionPage('options.html');
    const form = options.getByTestId('reply-facts');
    await form.getByTestId('ship-cutoff').fill('16');
    await form.getByTestId('size-chart-link').fill(LINK);
    await form.getByTestId('product-facts-key').fill('2026新款加厚珊瑚绒睡衣女冬季套装');
    await form.getByTestId('product-facts-short-name').fill('珊瑚绒睡衣');
    await form.getByTestId('product-facts-category').fill('女装');
    await form.getByTestId('product-facts-add').click();
    await form.getByTestId('save-reply-facts').click();
    await expect.poll(() => form.getByTestId('reply-facts-status').textContent()).toMatch(/已保存|Saved/);
    await options.reload();
    await expect.poll(() => options.getByTestId('size-chart-link').inputValue()).toBe(LINK);
    expect(await options.getByTestId('ship-cutoff').inputValue()).toBe('16');
    expect(await options.getByTestId('product-facts-list').textContent()).toContain('珊瑚绒睡衣');
    await options.close();
  });

  it('the size chart script is then filled with the link', async () => {
    const popup = await sizeChartCard();
    await expect.poll(() => popup.getByTestId('suggestion-text').first().textContent()).toContain(LINK);
    await popup.close();
  });
});
