/**
 * The generic adapter on a plain seller page with no known chat markup (Qianniu's web
 * workbench gets it, as does any site the user adds): the seller selects the buyer's words,
 * the sidebar recognises them, and "插入" fills the reply box the seller last focused.
 *
 * Sites added by the user get the same adapter after the browser's permission prompt, which
 * automation cannot accept; so this test uses a seller site the extension already covers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://myseller.taobao.com/**', fixture('sites/generic/normal.html'));
});
afterAll(async () => session?.close());

describe('generic adapter', () => {
  it('works from selected text and the last focused reply box, and says what it could not find', async () => {
    const page = await session.context.newPage();
    await page.goto('https://myseller.taobao.com/home.htm');
    const frame = await sidebarFrame(page, session.extensionId);
    await expect.poll(() => frame.getByTestId('missing-parts').textContent()).toContain('消息列表');

    await page.click('#reply');
    await page.evaluate(`(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('buyer-line'));
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    })()`);
    await expect.poll(() => frame.getByTestId('buyer-message').textContent(), { timeout: 10_000 }).toBe('老板，我买的台灯不亮了，怎么办？');
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().getAttribute('data-situation-id')).toBe('quality_issue');

    const card = frame.getByTestId('suggestion').first();
    const text = await card.getByTestId('suggestion-text').textContent();
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => page.evaluate('window.__framework.state.draft')).toBe(text);
    await page.close();
  });
});
