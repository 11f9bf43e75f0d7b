/**
 * Page diagnostics: the sidebar says which parts of the chat it found, and where one is
 * missing, "复制页面结构" copies a redacted outline of the page (every frame the extension may
 * read) for a bug report, and shows exactly what it copied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://qn.taobao.com/**', fixture('frames/qianniu-workbench.html'));
  await session.serve('https://qn.taobao.com/frames/im-chat.html', fixture('frames/im-chat-frame.html'));
  await session.serve('https://myseller.taobao.com/frames/rich-editor.html', fixture('frames/rich-editor-frame.html'));
});
afterAll(async () => session?.close());

describe('page diagnostics', () => {
  it('lists the parts found and copies a page outline without the conversation', async () => {
    const page = await session.context.newPage();
    await page.goto('https://qn.taobao.com/home.htm#/customer-service');
    const sidebar = await sidebarFrame(page, session.extensionId);

    // Qianniu has no readable message list, buyer or product card: all three are missing.
    for (const part of ['messages', 'buyer', 'product']) {
      await expect.poll(() => sidebar.getByTestId(`part-${part}`).getAttribute('data-found')).toBe('false');
    }
    // Both frames are loaded before the outline is asked for, so both are in it.
    await expect.poll(() => page.frames().filter((f) => /\/frames\//.test(f.url())).length, { timeout: 15_000 }).toBe(2);
    for (const frame of page.frames().filter((f) => /\/frames\//.test(f.url()))) await frame.waitForSelector('textarea, pre.edit');

    await sidebar.getByRole('button', { name: '复制页面结构' }).click();
    const shown = sidebar.getByTestId('page-outline');
    await shown.waitFor({ timeout: 15_000 });
    const copied = (await shown.textContent()) ?? '';
    // What was copied is what is shown: paste the clipboard into a plain page and compare.
    await expect.poll(() => sidebar.getByRole('status').textContent()).toBe('已复制页面结构。下面就是复制的全部内容：');
    const pad = await session.context.newPage();
    await pad.setContent('<textarea id="pad"></textarea>');
    await pad.click('#pad');
    await pad.keyboard.press('Control+V');
    await expect.poll(() => pad.inputValue('#pad')).toBe(copied);
    await pad.close();

    expect(copied).toContain('售后助手页面结构');
    expect(copied).toContain('消息列表: 没找到');
    expect(copied).toContain('qn.taobao.com');
    // The top page and both frames (the other origin's too: the extension may read it).
    expect(copied).toContain('iframe#* ×2');
    expect(copied.match(/=== frame \d+ ===/g)).toHaveLength(2);
    expect(copied).toContain('ul.im-msg-list');
    expect(copied).toMatch(/li\.im-msg\.\S+ \[data-msg-id\]/);
    expect(copied).toMatch(/pre\.edit#\S+ \[contenteditable\]/);
    // Nothing of the conversation: no message text, no buyer nickname, no message ids.
    for (const secret of ['台灯', '老板', '亲，您好', 'tb_buyer_lin88', 'lin88', '8812001', '8812002']) expect(copied).not.toContain(secret);
    await page.close();
  });
});
