/**
 * The Insights page's own controls in the built extension: the demo events `npm start` fills
 * show marked as demo data and go with one click (after a confirmation), the charts reading
 * again at once; the retention and privacy settings are kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, liveWorker, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

async function openInsights(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html#/insights`);
  await page.getByTestId('insights-page').waitFor();
  return page;
}

describe('Insights demo data and settings', () => {
  it('shows the demo events marked, and erases exactly them with one click', async () => {
    const seeded = (await (await liveWorker(session)).evaluate('sellerAssistantTestHooks.seedDemoInsights()')) as number;
    expect(seeded).toBeGreaterThan(100);
    const page = await openInsights();
    await page.getByTestId('insights-demo-banner').waitFor();
    await expect.poll(() => page.getByTestId('insights-table-products').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('insights-demo').textContent()).toContain(String(seeded));

    // Cancelling the confirmation keeps everything.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByTestId('insights-erase-demo').click();
    await expect.poll(() => page.getByTestId('insights-demo').count()).toBe(1);
    expect(await page.getByTestId('insights-demo-banner').count()).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('insights-erase-demo').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: String(seeded) }).count()).toBe(1);
    // The charts read again: nothing is left, and the page says what will appear.
    await page.getByTestId('insights-empty').waitFor();
    expect(await page.getByTestId('insights-demo-banner').count()).toBe(0);
    expect(await page.getByTestId('insights-table-products').count()).toBe(0);
    expect(await page.getByTestId('insights-demo').count()).toBe(0);
    await page.close();
  });

  it('keeps the retention, message-text and digest settings', async () => {
    const page = await openInsights();
    await page.getByTestId('insights-retention').fill('30');
    // The switches show the stored settings, which change a moment after the click.
    await page.getByTestId('insights-keep-text').click();
    await expect.poll(() => page.getByTestId('insights-keep-text').isChecked()).toBe(true);
    await page.getByTestId('insights-weekly-digest').click();
    await expect.poll(() => page.getByTestId('insights-weekly-digest').isChecked()).toBe(false);
    // An impossible value is marked and not saved.
    await page.getByTestId('insights-retention').fill('3');
    expect(await page.getByTestId('insights-retention').getAttribute('aria-invalid')).toBe('true');

    const again = await openInsights();
    await expect.poll(() => again.getByTestId('insights-retention').inputValue()).toBe('30');
    expect(await again.getByTestId('insights-keep-text').isChecked()).toBe(true);
    expect(await again.getByTestId('insights-weekly-digest').isChecked()).toBe(false);
    await page.close();
    await again.close();
  });
});
