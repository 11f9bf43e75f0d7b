/**
 * The sidebar on JD 咚咚 and Shopee pages built from the live pages' structure (see
 * SELLER-PAGES.md), served at their real URLs, including Vietnam's banhang.shopee.vn, and on
 * Shopee's earlier markup: a buyer message arrives, the sidebar names its situation, "插入"
 * fills the chat box through input events the page's own state sees, nothing is sent, and a
 * conversation switch puts the right buyer on the card. (JD's earlier markup runs in
 * sidebar.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { fixture, launchExtension, liveWorker, sidebarFrame, type ExtensionSession } from './support/extension';
import { sidebarLayout, createCardInSidebar } from './support/pages';
import { SITE_MATCHES } from '../../lib/sites/match-patterns';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://dongdong.jd.com/**', fixture('sites/jd/switch.html'));
  await session.serve('https://seller.shopee.com.my/**', fixture('sites/shopee/switch.html'));
  await session.serve('https://banhang.shopee.vn/**', fixture('sites/shopee/switch-vn.html'));
  await session.serve('https://seller.shopee.sg/**', fixture('sites/shopee/earlier/switch.html'));
});
afterAll(async () => session?.close());

type PageWindow = {
  __framework: { state: { draft: string } };
  __fixture?: { pushBuyerMessage?(text: string): void; sent?(): string[] };
};

interface SiteCase {
  name: string;
  url: string;
  pushBuyerMessage(page: Page, text: string): Promise<void>;
  /** Where the page shows the seller's own messages: a send would add one. */
  agentRows: string;
  switchConversation(page: Page): Promise<void>;
  inputSelector: string;
  /** Empty when the markup shows no buyer at all (Shopee's earlier markup). */
  firstBuyer: string;
  secondBuyer: string;
  /** The last buyer message of the conversation switched to. */
  secondLastMessage: string;
}

const pushWithFixture = (page: Page, text: string) =>
  page.evaluate((t) => (window as never as PageWindow).__fixture!.pushBuyerMessage!(t), text);

const CASES: SiteCase[] = [
  {
    name: 'JD 咚咚 (live structure)',
    url: 'https://dongdong.jd.com/',
    pushBuyerMessage: pushWithFixture,
    agentRows: '#t-chat-scroll .message_right',
    switchConversation: (page) => page.click('.c_tabs-tabpane:not(.c_tabs-tab_inactive) .alluser-item[id^="u_jd_bbb"]'),
    inputSelector: '.EditorContent',
    firstBuyer: 'jd_aaa',
    secondBuyer: 'jd_bbb',
    secondLastMessage: '好吧',
  },
  {
    name: 'Shopee Seller Centre (live structure, seller.shopee.com.my)',
    url: 'https://seller.shopee.com.my/webchat/conversations',
    pushBuyerMessage: pushWithFixture,
    agentRows: '#messageSection .ChatbotUI-messagereadstatus-root',
    switchConversation: (page) => page.click('#infinite-list [title="ken.tan"]'),
    inputSelector: '#fake-module-chat textarea',
    firstBuyer: 'aisyah_92',
    secondBuyer: 'ken.tan',
    secondLastMessage: 'done',
  },
  {
    name: 'Shopee Vietnam (banhang.shopee.vn, a later build)',
    url: 'https://banhang.shopee.vn/webchat/conversations',
    pushBuyerMessage: pushWithFixture,
    agentRows: '#messageSection .ChatbotUI-messagereadstatus-root',
    switchConversation: (page) => page.click('#infinite-list [title="mai.nguyen"]'),
    inputSelector: '#fake-module-chat textarea',
    firstBuyer: 'homhinhheo',
    secondBuyer: 'mai.nguyen',
    secondLastMessage: 'ok shop',
  },
  {
    name: 'Shopee earlier markup (seller.shopee.sg)',
    url: 'https://seller.shopee.sg/webchat/conversations',
    pushBuyerMessage: (page, text) =>
      page.evaluate((t) => {
        const row = document.createElement('div');
        row.className = 'L';
        const bubble = document.createElement('div');
        bubble.textContent = t;
        row.append(bubble);
        document.getElementById('list')!.append(row);
      }, text),
    agentRows: '#list .R',
    switchConversation: (page) => page.click('.cv[data-id="b"]'),
    inputSelector: '#fake-module-chat textarea',
    firstBuyer: '',
    secondBuyer: '',
    secondLastMessage: 'done',
  },
];

async function openChat(c: SiteCase): Promise<{ page: Page; frame: Frame }> {
  const page = await session.context.newPage();
  await page.goto(c.url);
  const frame = await sidebarFrame(page, session.extensionId);
  return { page, frame };
}

const draft = (page: Page) => page.evaluate(() => (window as never as PageWindow).__framework.state.draft);
const recordedSends = (page: Page) => page.evaluate(() => (window as never as PageWindow).__fixture?.sent?.() ?? []);

describe.each(CASES)('sidebar on $name', (c) => {
  it('sits at the right edge without covering the chat box', async () => {
    const { page } = await openChat(c);
    const { frameBox, inputBox } = await sidebarLayout(page, c.inputSelector, 'last');
    const viewport = page.viewportSize()!;
    expect(Math.round(frameBox.x + frameBox.width)).toBe(viewport.width);
    expect(frameBox.width).toBeGreaterThan(300);
    expect(inputBox.x + inputBox.width).toBeLessThanOrEqual(frameBox.x + 1);
    await page.close();
  });

  it('names the situation of a new buyer message and inserts a filled reply without sending', async () => {
    const { page, frame } = await openChat(c);
    // The open conversation's history is on the page before the new message arrives.
    await page.locator(c.inputSelector).last().waitFor();
    const agentRowsBefore = await page.locator(c.agentRows).count();
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
    // The page's own state (updated only by input events) holds the reply...
    await expect.poll(() => draft(page)).toBe(text);
    // ...and nothing was sent: no send recorded, no new seller message on the page.
    expect(await recordedSends(page)).toEqual([]);
    expect(await page.locator(c.agentRows).count()).toBe(agentRowsBefore);
    await page.close();
  });

});

describe.each(CASES.filter((c) => c.firstBuyer !== ''))('the customer card on $name', (c) => {
  it('keeps a note for the buyer across a reload and switches the card with the conversation', async () => {
    const { page, frame } = await openChat(c);
    await expect.poll(() => frame.locator('[data-testid="customer-new"]').textContent(), { timeout: 10_000 }).toContain(c.firstBuyer);
    await createCardInSidebar(frame);
    await frame.locator('[data-testid="customer-card"]').waitFor();
    const note = `喜欢蓝色，周末收货 ${Date.now()}`;
    await frame.getByLabel('添加备注').fill(note);
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.locator('[data-testid="notes"]').textContent()).toContain(note);
    expect(await frame.locator('[data-testid="customer-name"]').textContent()).toContain(c.firstBuyer);

    await page.reload();
    const reloaded = await sidebarFrame(page, session.extensionId);
    await expect.poll(() => reloaded.locator('[data-testid="notes"]').textContent(), { timeout: 10_000 }).toContain(note);

    await c.switchConversation(page);
    await expect.poll(() => reloaded.locator('[data-testid="customer-new"]').textContent(), { timeout: 10_000 }).toContain(c.secondBuyer);
    expect(await reloaded.locator('[data-testid="notes"]').count()).toBe(0);
    await expect.poll(() => reloaded.locator('[data-testid="buyer-message"]').textContent()).toBe(c.secondLastMessage);
    await page.close();
  });

});

describe.each(CASES.filter((c) => c.firstBuyer === ''))('no buyer on $name', (c) => {
  it('says the buyer was not found and still follows the conversation switch', async () => {
    const { page, frame } = await openChat(c);
    await expect.poll(() => frame.locator('[data-testid="missing-parts"]').textContent(), { timeout: 10_000 }).toContain('当前买家');
    expect(await frame.locator('[data-testid="customer-new"]').count()).toBe(0);
    await c.switchConversation(page);
    await expect.poll(() => frame.locator('[data-testid="buyer-message"]').textContent(), { timeout: 10_000 }).toBe(c.secondLastMessage);
    await page.close();
  });
});

describe('JD buyer identity on the card', () => {
  it('a buyer whose display name is not the pin is archived under the pin', async () => {
    const { page, frame } = await openChat(CASES[0]!);
    await page.click('.c_tabs-tabpane:not(.c_tabs-tab_inactive) .alluser-item[id^="u_jd_5f1e0b9c2d"]');
    await expect.poll(() => frame.locator('[data-testid="customer-new"]').textContent(), { timeout: 10_000 }).toContain('陈小姐');
    await createCardInSidebar(frame);
    const card = frame.locator('[data-testid="customer-card"]');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('jd_5f1e0b9c2d');
    expect(await frame.locator('[data-testid="customer-name"]').textContent()).toContain('陈小姐');
    await page.close();
  });
});

describe('Shopee hosts in the built manifest', () => {
  it('the content script and host permissions cover every Seller Centre host and banhang.shopee.vn', async () => {
    const manifest = (await (await liveWorker(session)).evaluate('chrome.runtime.getManifest()')) as {
      content_scripts: { matches: string[] }[];
      host_permissions: string[];
    };
    const scriptMatches = manifest.content_scripts.flatMap((s) => s.matches);
    for (const pattern of SITE_MATCHES.shopee) {
      expect(scriptMatches).toContain(pattern);
      expect(manifest.host_permissions).toContain(pattern);
    }
    expect(scriptMatches).toContain('https://banhang.shopee.vn/*');
  });
});
