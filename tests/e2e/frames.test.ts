/**
 * Chat boxes inside iframes (Qianniu's web workbench, 1688's web IM): the content script runs
 * in every frame there, the sidebar still mounts once, in the top frame, the buyer's words
 * selected in a child frame reach it, and "插入" puts the reply into the editor of the frame the
 * seller focused last — a same-site frame's framework-managed textarea and another origin's
 * contenteditable — with input events, never sending.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';

let session: ExtensionSession;

async function serveHtml(pattern: string, html: string): Promise<void> {
  await session.context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

beforeAll(async () => {
  session = await launchExtension();
  // Later routes win: the pages first, then their frames.
  await serveHtml('https://qn.taobao.com/**', fixture('frames/qianniu-workbench.html'));
  await serveHtml('https://qn.taobao.com/frames/im-chat.html', fixture('frames/im-chat-frame.html'));
  await serveHtml('https://myseller.taobao.com/frames/rich-editor.html', fixture('frames/rich-editor-frame.html'));
  await serveHtml('https://air.1688.com/**', fixture('frames/1688-im.html'));
  await serveHtml('https://air.1688.com/frames/rich-editor.html', fixture('frames/rich-editor-frame.html'));
  await serveHtml('https://work.1688.com/**', fixture('frames/design-mode-editor.html'));
});
afterAll(async () => session?.close());

async function childFrame(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => url.test(f.url())), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => url.test(f.url()))!;
  await frame.waitForSelector('body');
  return frame;
}

/** Selects the buyer's line in `frame` (again on each call: a selection made before the frame's script listened is not seen). */
const selectBuyerLine = `(() => {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('buyer-line'));
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
})()`;

async function sidebarsIn(frame: Frame): Promise<number> {
  return frame.evaluate(`document.querySelectorAll('#seller-assistant-sidebar-frame').length + document.querySelectorAll('style[data-seller-assistant]').length`) as Promise<number>;
}

async function inputFrame(sidebar: Frame): Promise<string | null> {
  return sidebar.getByTestId('part-input').getAttribute('data-frame');
}

describe('chat box in an iframe', () => {
  it('Qianniu: one sidebar; the selection in a frame is the buyer message; insertion lands in the focused frame editor', async () => {
    const page = await session.context.newPage();
    await page.goto('https://qn.taobao.com/home.htm#/customer-service');
    const sidebar = await sidebarFrame(page, session.extensionId);
    const chat = await childFrame(page, /\/frames\/im-chat\.html$/);
    const editor = await childFrame(page, /myseller\.taobao\.com\/frames\/rich-editor\.html$/);

    // The buyer's words, selected inside the same-site frame, reach the top-frame sidebar.
    await expect
      .poll(
        async () => {
          await chat.evaluate(selectBuyerLine);
          return sidebar.getByTestId('buyer-message').textContent({ timeout: 1000 }).catch(() => '');
        },
        { timeout: 15_000 },
      )
      .toBe('老板，我买的台灯不亮了，怎么办？');
    await expect.poll(() => sidebar.locator('[data-testid="situation"]').first().getAttribute('data-situation-id')).toBe('quality_issue');

    // The seller clicks into the frame's reply box: the sidebar learns the chat box is in a frame.
    await chat.click('#reply');
    await expect.poll(() => inputFrame(sidebar), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    const chatFrameId = await inputFrame(sidebar);

    const card = sidebar.getByTestId('suggestion').first();
    const text = (await card.getByTestId('suggestion-text').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => chat.evaluate('window.__framework.state.draft')).toBe(text);
    expect(await chat.evaluate('window.__framework.state.inputEvents')).toBeGreaterThan(0);

    // Then into the rich editor of the other origin's frame: the next insertion goes there.
    await editor.click('#editor');
    await expect.poll(() => inputFrame(sidebar), { timeout: 10_000 }).not.toBe(chatFrameId);
    expect(await inputFrame(sidebar)).toMatch(/^[1-9]\d*$/);
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => editor.evaluate(`document.getElementById('editor').textContent`)).toBe(text);
    expect(((await editor.evaluate('window.__editor.inputs')) as string[]).length).toBeGreaterThan(0);
    // Nothing sent, and the first frame's box kept its one copy.
    expect(await editor.evaluate('window.__editor.sent')).toBe(0);
    expect(await chat.evaluate('window.__framework.state.draft')).toBe(text);

    // Exactly one sidebar, in the top frame; the child frames got none and no layout change.
    expect(await page.locator('iframe#seller-assistant-sidebar-frame').count()).toBe(1);
    expect(await sidebarsIn(chat)).toBe(0);
    expect(await sidebarsIn(editor)).toBe(0);
    expect(await page.evaluate('getComputedStyle(document.documentElement).marginRight')).toBe('360px');
    await page.close();
  });

  it('1688: the contenteditable editor in a frame receives the reply', async () => {
    const page = await session.context.newPage();
    await page.goto('https://air.1688.com/app/im/index.html');
    const sidebar = await sidebarFrame(page, session.extensionId);
    const editor = await childFrame(page, /air\.1688\.com\/frames\/rich-editor\.html$/);

    // The buyer's line is in the top document here; the editor in the frame.
    await expect
      .poll(
        async () => {
          await page.evaluate(selectBuyerLine);
          return sidebar.getByTestId('buyer-message').textContent({ timeout: 1000 }).catch(() => '');
        },
        { timeout: 15_000 },
      )
      .toBe('这个批发价能再便宜点吗？');
    await editor.click('#editor');
    await expect.poll(() => inputFrame(sidebar), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);

    const card = sidebar.getByTestId('suggestion').first();
    const text = (await card.getByTestId('suggestion-text').textContent()) ?? '';
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => editor.evaluate(`document.getElementById('editor').textContent`)).toBe(text);
    expect(((await editor.evaluate('window.__editor.inputs')) as string[]).length).toBeGreaterThan(0);
    expect(await editor.evaluate('window.__editor.sent')).toBe(0);
    expect(await page.locator('iframe#seller-assistant-sidebar-frame').count()).toBe(1);
    expect(await sidebarsIn(editor)).toBe(0);
    await page.close();
  });

  it('an older rich editor: a srcdoc frame in design mode receives the reply', async () => {
    const page = await session.context.newPage();
    await page.goto('https://work.1688.com/message/reply.htm');
    const sidebar = await sidebarFrame(page, session.extensionId);
    await expect.poll(() => page.evaluate('window.__editor.ready'), { timeout: 15_000 }).toBe(true);
    const editor = page.frameLocator('#ke-edit');

    await expect
      .poll(
        async () => {
          await page.evaluate(selectBuyerLine);
          return sidebar.getByTestId('buyer-message').textContent({ timeout: 1000 }).catch(() => '');
        },
        { timeout: 15_000 },
      )
      .toBe('发货了吗？什么时候能到？');
    await editor.locator('body').click();
    await expect.poll(() => inputFrame(sidebar), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);

    const card = sidebar.getByTestId('suggestion').first();
    const text = (await card.getByTestId('suggestion-text').textContent()) ?? '';
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => page.evaluate(`document.getElementById('ke-edit').contentDocument.body.innerText.trim()`)).toBe(text.trim());
    expect(await page.evaluate('window.__editor.inputs')).toBeGreaterThan(0);
    expect(await page.locator('iframe#seller-assistant-sidebar-frame').count()).toBe(1);
    await page.close();
  });
});
