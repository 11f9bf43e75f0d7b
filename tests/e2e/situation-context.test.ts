/**
 * Issue 12 in the sidebar: a follow-up ("那怎么弄") is read with the turns before it and keeps
 * the open situation; a message the classifier is unsure about says so and offers its top
 * three as equal choices, and a pick makes that situation the main one with its scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

/** No history on the generic page, and the model spreads this one over several situations. */
export const AMBIGUOUS = '衣服的事';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  await session.serve('https://myseller.taobao.com/**', fixture('sites/generic/normal.html').replace('老板，我买的台灯不亮了，怎么办？', AMBIGUOUS));
});
afterAll(async () => session?.close());

describe('situation in context', () => {
  it('keeps the open situation for a follow-up with none of its own', async () => {
    const page = await session.context.newPage();
    await page.goto(DEMO_URL);
    await page.evaluate(() => (window as never as { demoChat: { pauseAutoMessages(): void } }).demoChat.pauseAutoMessages());
    const frame = await sidebarFrame(page, session.extensionId);
    const push = (text: string) => page.evaluate((t) => (window as never as { demoChat: { pushBuyerMessage(t: string): void } }).demoChat.pushBuyerMessage(t), text);
    const main = frame.locator('[data-testid="situation"]').first();

    await push('收到的杯子碎了两个');
    await expect.poll(() => main.getAttribute('data-situation-id'), { timeout: 10_000 }).toBe('damaged');
    await push('那怎么弄');
    await expect.poll(() => frame.getByTestId('buyer-message').textContent(), { timeout: 10_000 }).toBe('那怎么弄');
    await expect.poll(() => main.getAttribute('data-situation-id')).toBe('damaged');
    await page.close();
  });

  it('offers three equal choices when unsure, and a pick becomes the main situation with its scripts', async () => {
    const page = await session.context.newPage();
    await page.goto('https://myseller.taobao.com/home.htm');
    const frame = await sidebarFrame(page, session.extensionId);
    await page.evaluate(`(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('buyer-line'));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    await expect.poll(() => frame.getByTestId('buyer-message').textContent(), { timeout: 10_000 }).toBe(AMBIGUOUS);
    await expect.poll(() => frame.getByTestId('situation-unsure').textContent()).toBe('不太确定，可能是：');
    const choices = frame.locator('button[data-testid="situation"][data-choice="true"]');
    await expect.poll(() => choices.count()).toBe(3);
    // Equal weight: none of them is styled as the main one.
    expect(await frame.locator('[data-testid="situation"].main').count()).toBe(0);

    const firstScript = await frame.getByTestId('suggestion').first().getAttribute('data-script-id');
    const picked = (await choices.nth(1).getAttribute('data-situation-id'))!;
    await choices.nth(1).click();
    const main = frame.locator('[data-testid="situation"]').first();
    await expect.poll(() => main.getAttribute('data-situation-id')).toBe(picked);
    await expect.poll(() => frame.getByTestId('situation-unsure').count()).toBe(0);
    expect(await main.getAttribute('class')).toContain('main');
    await expect.poll(() => frame.getByTestId('suggestion').first().getAttribute('data-script-id')).not.toBe(firstScript);
    await page.close();
  });
});
