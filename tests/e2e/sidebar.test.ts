/**
 * The sidebar on real seller URLs (answered with fixtures): a buyer message arrives, the
 * sidebar names its situation, "插入" puts a filled reply into the chat box through real
 * input events (the page's framework state sees it) and nothing is sent; a note survives a
 * reload; switching conversation switches the customer card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { DEMO_URL, fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { sidebarLayout, createCardInSidebar } from './support/pages';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://mms.pinduoduo.com/**', fixture('demo/pinduoduo-demo.html'));
  await session.serve('https://im.jinritemai.com/**', fixture('sites/douyin/earlier/switch.html'));
  await session.serve('https://dongdong.jd.com/**', fixture('sites/jd/earlier/switch.html'));
});
afterAll(async () => session?.close());

interface SiteCase {
  name: string;
  url: string;
  /** Make a buyer message arrive the way the site would render it. */
  pushBuyerMessage(page: Page, text: string): Promise<void>;
  /** The chat box's state as the page's own framework holds it. */
  draft(page: Page): Promise<string>;
  switchConversation(page: Page): Promise<void>;
  inputSelector: string;
  firstBuyer: string;
  secondBuyer: string;
}

const CASES: SiteCase[] = [
  {
    name: 'Pinduoduo (demo seller page)',
    url: DEMO_URL,
    pushBuyerMessage: (page, text) => page.evaluate((t) => (window as never as { demoChat: { pushBuyerMessage(t: string): void } }).demoChat.pushBuyerMessage(t), text),
    draft: (page) => page.evaluate(() => (window as never as { demoChat: { state(): { inputState: string } } }).demoChat.state().inputState),
    switchConversation: (page) => page.click('li.chat-item:nth-child(2)'),
    inputSelector: '#replyTextarea',
    firstBuyer: '',
    secondBuyer: '',
  },
  {
    name: 'Douyin 飞鸽',
    url: 'https://im.jinritemai.com/pc_seller_v2/main/workspace',
    pushBuyerMessage: (page, text) =>
      page.evaluate((t) => {
        const wrap = document.createElement('div');
        wrap.className = 'msgItemWrap';
        const bubble = document.createElement('div');
        bubble.className = 'leaveMessage messageNotMe';
        bubble.textContent = t;
        wrap.append(bubble);
        document.getElementById('list')!.append(wrap);
      }, text),
    draft: (page) => page.evaluate(() => (window as never as { __framework: { state: { draft: string } } }).__framework.state.draft),
    switchConversation: (page) => page.click('[data-id="c2"]'),
    inputSelector: 'textarea[data-qa-id="qa-send-message-textarea"]',
    firstBuyer: '云朵朵',
    secondBuyer: '大壮',
  },
  {
    name: 'JD 咚咚 (earlier markup)',
    url: 'https://dongdong.jd.com/chat',
    pushBuyerMessage: (page, text) =>
      page.evaluate((t) => {
        const row = document.createElement('div');
        row.className = 'message message_left';
        const content = document.createElement('div');
        content.className = 'message__content';
        content.textContent = t;
        row.append(content);
        document.getElementById('t-chat-scroll')!.append(row);
      }, text),
    draft: (page) => page.evaluate(() => (window as never as { __framework: { state: { draft: string } } }).__framework.state.draft),
    switchConversation: (page) => page.click('[data-pin="jd_bbb"]'),
    inputSelector: '.EditorContent',
    firstBuyer: 'jd_aaa',
    secondBuyer: 'jd_bbb',
  },
];

async function openChat(c: SiteCase): Promise<{ page: Page; frame: Frame }> {
  const page = await session.context.newPage();
  await page.goto(c.url);
  if (c.url === DEMO_URL) await page.evaluate(() => (window as never as { demoChat: { pauseAutoMessages(): void } }).demoChat.pauseAutoMessages());
  const frame = await sidebarFrame(page, session.extensionId);
  return { page, frame };
}

describe.each(CASES)('sidebar on $name', (c) => {
  it('sits at the right edge without covering the chat box', async () => {
    const { page } = await openChat(c);
    const { frameBox, inputBox } = await sidebarLayout(page, c.inputSelector, 'first');
    const viewport = page.viewportSize()!;
    expect(Math.round(frameBox.x + frameBox.width)).toBe(viewport.width);
    expect(frameBox.width).toBeGreaterThan(300);
    expect(inputBox.x + inputBox.width).toBeLessThanOrEqual(frameBox.x + 1);
    await page.close();
  });

  it('names the situation of a new buyer message and inserts a filled reply without sending', async () => {
    const { page, frame } = await openChat(c);
    await c.pushBuyerMessage(page, '收到的杯子碎了，盒子都压扁了');
    const main = frame.locator('[data-testid="situation"]').first();
    await expect.poll(() => main.getAttribute('data-situation-id'), { timeout: 10_000 }).toBe('damaged');
    expect(await main.textContent()).toBe('破损');
    await expect.poll(() => frame.locator('[data-testid="buyer-message"]').textContent()).toBe('收到的杯子碎了，盒子都压扁了');

    const card = frame.locator('[data-testid="suggestion"]').first();
    const text = (await card.locator('[data-testid="suggestion-text"]').textContent())!;
    expect(text.length).toBeGreaterThan(5);
    expect(text).not.toMatch(/\{[a-z_]+\}/);
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => c.draft(page)).toBe(text);
    const sentCount = await page.evaluate(() => (window as never as { demoChat?: { state(): { sent: string[] } } }).demoChat?.state().sent.length ?? 0);
    expect(sentCount).toBe(0);
    await page.close();
  });

  it('keeps a note for the buyer across a reload and switches the card with the conversation', async () => {
    const { page, frame } = await openChat(c);
    const firstName = c.firstBuyer || (await page.locator('#headerName').textContent())!;
    await createCardInSidebar(frame);
    await frame.locator('[data-testid="customer-card"]').waitFor();
    const note = `喜欢蓝色，周末收货 ${Date.now()}`;
    await frame.getByLabel('添加备注').fill(note);
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.locator('[data-testid="notes"]').textContent()).toContain(note);
    expect(await frame.locator('[data-testid="customer-name"]').textContent()).toContain(firstName);

    await page.reload();
    if (c.url === DEMO_URL) await page.evaluate(() => (window as never as { demoChat: { pauseAutoMessages(): void } }).demoChat.pauseAutoMessages());
    const reloaded = await sidebarFrame(page, session.extensionId);
    await expect.poll(() => reloaded.locator('[data-testid="notes"]').textContent(), { timeout: 10_000 }).toContain(note);

    await c.switchConversation(page);
    await reloaded.locator('[data-testid="customer-new"]').waitFor({ timeout: 10_000 });
    if (c.secondBuyer) expect(await reloaded.locator('[data-testid="customer-new"]').textContent()).toContain(c.secondBuyer);
    expect(await reloaded.locator('[data-testid="notes"]').count()).toBe(0);
    await page.close();
  });
});
