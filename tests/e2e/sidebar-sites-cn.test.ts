/**
 * The sidebar on Pinduoduo and Douyin 飞鸽 pages rebuilt from public evidence of the live
 * pages (tests/fixtures/sites/<site>/switch.html) and on the earlier markup (earlier/switch.html),
 * served at the real URLs: a buyer message arrives, the sidebar names its situation, "插入"
 * fills the chat box through the page's own framework state and nothing is sent; after a
 * conversation switch the card is the new buyer's. Then the buyer-identity rule on Douyin,
 * where the page shows no buyer id: a nickname match is unverified and fills no order facts
 * until the seller says "是这位顾客".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { createCardInSidebar, openPopupWindow, searchPopupTemplates } from './support/pages';

let session: ExtensionSession;

/** One host, two fixtures: `?fixture=earlier` answers with the earlier markup. */
async function serveNewAndEarlier(pattern: string, site: string): Promise<void> {
  const current = fixture(`sites/${site}/switch.html`);
  const earlier = fixture(`sites/${site}/earlier/switch.html`);
  await session.context.route(pattern, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: new URL(route.request().url()).searchParams.get('fixture') === 'earlier' ? earlier : current,
    }),
  );
}

beforeAll(async () => {
  session = await launchExtension();
  await serveNewAndEarlier('https://mms.pinduoduo.com/**', 'pinduoduo');
  await serveNewAndEarlier('https://im.jinritemai.com/**', 'douyin');
});
afterAll(async () => session?.close());

interface SiteCase {
  name: string;
  url: string;
  /** Make a buyer message arrive the way the page renders one. */
  pushBuyerMessage(page: Page, text: string): Promise<void>;
  switchConversation(page: Page): Promise<void>;
  switchBack(page: Page): Promise<void>;
  inputSelector: string;
  sendSelector: string;
  firstBuyer: string;
  secondBuyer: string;
  /** What the card rests on: a buyer id from the page, or a nickname. */
  basis: 'page-id' | 'nickname';
}

/** The fixtures that carry hooks (the rebuilt ones) push rows their own way. */
const viaHook = (page: Page, text: string) =>
  page.evaluate((t) => (window as never as { __fixture: { pushBuyerMessage(t: string): void } }).__fixture.pushBuyerMessage(t), text);

const PDD_INPUT = '#replyTextarea';
const DOUYIN_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';

const CASES: SiteCase[] = [
  {
    name: 'Pinduoduo (live-page markup)',
    url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/',
    pushBuyerMessage: viaHook,
    switchConversation: (page) => page.locator('li.chat-item').nth(1).click(),
    switchBack: (page) => page.locator('li.chat-item').nth(0).click(),
    inputSelector: PDD_INPUT,
    sendSelector: '.reply-box .send-btn',
    firstBuyer: '张***',
    secondBuyer: 'L***y',
    basis: 'page-id',
  },
  {
    name: 'Pinduoduo (earlier markup)',
    url: 'https://mms.pinduoduo.com/chat-merchant/index.html?fixture=earlier#/',
    pushBuyerMessage: (page, text) =>
      page.evaluate((t) => {
        const li = document.createElement('li');
        li.className = 'onemsg';
        const item = document.createElement('div');
        item.className = 'buyer-item';
        const box = document.createElement('div');
        box.className = 'msg-content-box';
        box.textContent = t;
        item.append(box);
        li.append(item);
        document.querySelector('#msgListContainer .msg-list')!.append(li);
      }, text),
    switchConversation: (page) => page.click('li.chat-item[data-uid="8812345632"]'),
    switchBack: (page) => page.click('li.chat-item[data-uid="8812345631"]'),
    inputSelector: PDD_INPUT,
    sendSelector: '.reply-box .send-btn',
    firstBuyer: '张***',
    secondBuyer: 'L***y',
    basis: 'page-id',
  },
  {
    name: 'Douyin 飞鸽 (2026 redesign)',
    url: 'https://im.jinritemai.com/pc_seller_v2/main/workspace',
    pushBuyerMessage: viaHook,
    switchConversation: (page) => page.click('[title="大壮"]'),
    switchBack: (page) => page.click('[title="云朵朵"]'),
    inputSelector: DOUYIN_INPUT,
    sendSelector: 'div[data-qa-id="qa-send-message-button"]',
    firstBuyer: '云朵朵',
    secondBuyer: '大壮',
    basis: 'nickname',
  },
];

async function openChat(url: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const frame = await sidebarFrame(page, session.extensionId);
  return { page, frame };
}

/** Records any way the page could send: its send button or Enter in the chat box. */
async function watchSends(page: Page, c: Pick<SiteCase, 'sendSelector' | 'inputSelector'>): Promise<() => Promise<string[]>> {
  await page.evaluate(
    ({ send, input }) => {
      const sent: string[] = [];
      (window as never as { __sendProbe: string[] }).__sendProbe = sent;
      document.querySelector(send)!.addEventListener('click', () => sent.push('click'), true);
      document.querySelector(input)!.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && sent.push('enter'), true);
    },
    { send: c.sendSelector, input: c.inputSelector },
  );
  return () => page.evaluate(() => (window as never as { __sendProbe: string[] }).__sendProbe.slice());
}

const draftOf = (page: Page) => page.evaluate(() => (window as never as { __framework: { state: { draft: string } } }).__framework.state.draft);
const identityOf = (frame: Frame) => frame.locator('[data-testid="customer-identity"]').getAttribute('data-trust');

describe.each(CASES)('sidebar on $name', (c) => {
  it('names the situation of a new buyer message and inserts a filled reply without sending', async () => {
    const { page, frame } = await openChat(c.url);
    const sends = await watchSends(page, c);
    // The list may still be filling (rows arrive after the shell): wait for the first buyer's rows.
    await expect.poll(() => frame.locator('[data-testid="buyer-message"]').count(), { timeout: 10_000 }).toBe(1);
    await c.pushBuyerMessage(page, '收到的杯子碎了，盒子都压扁了');
    const main = frame.locator('[data-testid="situation"]').first();
    await expect.poll(() => main.getAttribute('data-situation-id'), { timeout: 10_000 }).toBe('damaged');
    expect(await main.textContent()).toBe('破损');
    await expect.poll(() => frame.locator('[data-testid="buyer-message"]').textContent()).toBe('收到的杯子碎了，盒子都压扁了');

    const card = frame.locator('[data-testid="suggestion"]').filter({ has: frame.locator('[data-testid="suggestion-text"]') }).first();
    const text = (await card.locator('[data-testid="suggestion-text"]').textContent())!;
    expect(text.length).toBeGreaterThan(5);
    expect(text).not.toMatch(/\{[a-z_]+\}/);
    await card.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => draftOf(page)).toBe(text);
    expect(await page.inputValue(c.inputSelector)).toBe(text);
    expect(await sends()).toEqual([]);
    await page.close();
  });

  it('shows the right buyer on the card after a conversation switch, and what the card rests on', async () => {
    const { page, frame } = await openChat(c.url);
    const fresh = frame.locator('[data-testid="customer-new"]');
    await expect.poll(() => fresh.textContent(), { timeout: 10_000 }).toContain(c.firstBuyer);
    await createCardInSidebar(frame);
    await frame.locator('[data-testid="customer-card"]').waitFor();
    expect(await frame.locator('[data-testid="customer-name"]').textContent()).toContain(c.firstBuyer);
    // A nickname card made from this chat is confirmed by making it; a page id needs nothing.
    await expect.poll(() => identityOf(frame)).toBe(c.basis === 'page-id' ? 'page-id' : 'confirmed');
    const note = `要蓝色的 ${Date.now()}`;
    await frame.getByLabel('添加备注').fill(note);
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.locator('[data-testid="notes"]').textContent()).toContain(note);

    await c.switchConversation(page);
    await expect.poll(() => fresh.textContent(), { timeout: 10_000 }).toContain(c.secondBuyer);
    expect(await frame.locator('[data-testid="notes"]').count()).toBe(0);
    expect(await identityOf(frame)).toBe(c.basis === 'page-id' ? 'page-id' : 'unverified');

    await c.switchBack(page);
    await expect.poll(() => frame.locator('[data-testid="notes"]').textContent(), { timeout: 10_000 }).toContain(note);
    expect(await frame.locator('[data-testid="customer-name"]').textContent()).toContain(c.firstBuyer);
    await page.close();
  });
});

describe('buyer identity on Pinduoduo when the uid is gone', () => {
  it('a masked nickname alone makes no card and keys no one', async () => {
    const { page, frame } = await openChat('https://mms.pinduoduo.com/chat-merchant/index.html#/');
    await expect.poll(() => identityOf(frame), { timeout: 10_000 }).toBe('page-id');
    // A page that stopped showing the uid: only the masked name "张***" is left.
    await page.evaluate(() => {
      document.querySelectorAll('[currentuid]').forEach((el) => el.removeAttribute('currentuid'));
      document.querySelectorAll('[data-random]').forEach((el) => el.removeAttribute('data-random'));
    });
    await expect.poll(() => identityOf(frame), { timeout: 10_000 }).toBe('masked');
    expect(await frame.getByRole('button', { name: '建档' }).count()).toBe(0);
    expect(await frame.locator('[data-testid="customer-card"]').count()).toBe(0);
    await page.close();
  });
});

describe('buyer identity on Douyin (no buyer id on the page)', () => {
  const TRACKING = '75310094221800';

  /** A customer with a shipped order, saved earlier (another day, another tab). */
  async function seedCustomer(nickname: string): Promise<void> {
    const page = await session.openExtensionPage('popup.html');
    const answer = (await page.evaluate(
      async ({ nickname, tracking }) => {
        const run = (name: string, args: unknown) =>
          (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
            type: 'bg:archive',
            payload: { kind: 'command', name, args },
          }) as Promise<{ ok: boolean; value?: { id: string }; error?: string }>;
        const created = await run('createCustomer', { platform: 'douyin', platformUid: nickname, nickname, name: '米小粒' });
        if (!created.ok) return created;
        return run('recordOrderEvent', {
          customerId: created.value!.id,
          orderNo: '6920001112223334',
          event: { type: 'shipped', at: Date.now(), courier: '中通快递', trackingNo: tracking },
        });
      },
      { nickname, tracking: TRACKING },
    )) as { ok: boolean; error?: string };
    expect(answer).toMatchObject({ ok: true });
    await page.close();
  }

  /**
   * The popup's 发货通知 quick reply, chosen for the active chat: its text when every value is
   * filled, or the preview it shows while it asks the seller for what is missing.
   */
  async function shippingNoticeInPopup(): Promise<{ text: string; asksForTracking: boolean }> {
    const popup = await openPopupWindow(session);
    await (await searchPopupTemplates(popup, '发货通知')).locator('button').first().click();
    const card = popup.getByTestId('suggestion').first();
    await card.getByTestId('suggestion-text').or(card.getByTestId('missing-tracking_no')).first().waitFor();
    const asksForTracking = (await card.getByTestId('missing-tracking_no').count()) > 0;
    const text = (await card.textContent())!;
    await popup.close();
    return { text, asksForTracking };
  }

  it('a nickname match is unverified, fills no order facts until "是这位顾客", then fills them', async () => {
    await seedCustomer('米粒');
    const { page, frame } = await openChat('https://im.jinritemai.com/pc_seller_v2/main/workspace');
    const sends = await watchSends(page, { sendSelector: 'div[data-qa-id="qa-send-message-button"]', inputSelector: DOUYIN_INPUT });
    await page.click('[title="米粒"]');
    await expect.poll(() => frame.locator('[data-testid="customer-name"]').textContent(), { timeout: 10_000 }).toContain('米小粒');
    await viaHook(page, '我的快递到哪了？三天了物流都没更新');
    await expect.poll(() => frame.locator('[data-testid="situation"]').first().getAttribute('data-situation-id'), { timeout: 10_000 }).toBe('logistics');

    // Unverified: the card says so, and the advice is given as if no order were on file (the
    // archived order may be another buyer's): replies are offered, none carries its tracking number.
    expect(await identityOf(frame)).toBe('unverified');
    expect(await frame.locator('[data-testid="customer-identity"]').textContent()).toContain('未核实');
    await frame.locator('[data-testid="facts-held-back"]').waitFor();
    await frame.locator('[data-testid="suggestion"]').first().waitFor();
    expect(await frame.locator('[data-testid="suggestion-text"]', { hasText: TRACKING }).count()).toBe(0);
    // The popup's quick replies hold the facts back alike: it asks for the tracking number.
    const before = await shippingNoticeInPopup();
    expect(before.asksForTracking).toBe(true);
    expect(before.text).not.toContain(TRACKING);

    await frame.getByRole('button', { name: '是这位顾客' }).click();
    await expect.poll(() => identityOf(frame)).toBe('confirmed');
    // Confirmed in this tab: the popup fills the order's tracking number too.
    const after = await shippingNoticeInPopup();
    expect(after.asksForTracking).toBe(false);
    expect(after.text).toContain(TRACKING);
    expect(await frame.locator('[data-testid="customer-identity"]').textContent()).toContain('已由你确认');
    const filled = frame.locator('[data-testid="suggestion"]').filter({ has: frame.locator('[data-testid="suggestion-text"]', { hasText: TRACKING }) }).first();
    await filled.waitFor({ timeout: 10_000 });
    expect(await frame.locator('[data-testid="facts-held-back"]').count()).toBe(0);
    const text = (await filled.locator('[data-testid="suggestion-text"]').textContent())!;
    expect(text).toContain('中通快递');
    await filled.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => draftOf(page)).toBe(text);
    expect(await sends()).toEqual([]);

    // Another conversation is not covered by that confirmation.
    await page.click('[title="大壮"]');
    await expect.poll(() => frame.locator('[data-testid="customer-new"]').textContent(), { timeout: 10_000 }).toContain('大壮');
    await page.close();
  });
});
