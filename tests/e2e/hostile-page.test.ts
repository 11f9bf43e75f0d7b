/**
 * A hostile page at a real seller URL tries to read the sidebar, forge messages to the frame
 * and the content script, smuggle markup in a buyer message, and use text expansion to read
 * another buyer's archive data back out of the chat box. None of it works, and no customer
 * data reaches the page's DOM.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { createCardInSidebar, createTemplate } from './support/pages';

let session: ExtensionSession;
const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html';
const SECRET_PHONE = '13987654321';
const SECRET_NOTE = '只在档案里的备注-8c1f';

/** The buyer whose conversation the page opens with. */
const FIRST_UID = '8812345601';
/** Another buyer of the same shop, in the archive with a shipped order; not the open chat. */
const OTHER_UID = '8812345602';
const OTHER_NAME = '王秘密';
const OTHER_ORDER = 'SECRET-ORDER-7731';
const OTHER_TRACKING = 'SF7700112233';
const SECRETS = [SECRET_PHONE, SECRET_NOTE, OTHER_NAME, OTHER_ORDER, OTHER_TRACKING];

const NEUTRAL_REPLY = '好的，收到～马上为您处理';

interface ProbeResult {
  key: string;
  cancelled: boolean;
  reachedPage: boolean;
}

/** The other buyer and two shortcuts: one that fills customer facts, one that fills nothing. */
async function seedArchive(): Promise<void> {
  const options = await session.openExtensionPage('options.html#/templates');
  const seeded = await options.evaluate(`(async () => {
    const run = (name, args) => chrome.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'command', name, args } });
    const customer = await run('createCustomer', { platform: 'pinduoduo', platformUid: ${JSON.stringify(OTHER_UID)}, name: ${JSON.stringify(OTHER_NAME)} });
    if (!customer.ok) return customer.error;
    const order = await run('recordOrderEvent', {
      customerId: customer.value.id,
      orderNo: ${JSON.stringify(OTHER_ORDER)},
      event: { type: 'shipped', at: Date.now(), courier: '顺丰', trackingNo: ${JSON.stringify(OTHER_TRACKING)} },
    });
    return order.ok ? 'ok' : order.error;
  })()`);
  expect(seeded).toBe('ok');
  await createTemplate(options, '物流查询', '/wl', '{buyer_name}您好，订单 {order_no} 的运单号是 {tracking_no}');
  await createTemplate(options, '收到', '/sd', NEUTRAL_REPLY);
  await options.close();
}

/**
 * The seller types `token` and a space with real key presses, then waits for the box to show
 * `expected`. Expansion is a round trip to the background, so the box holds the bare token
 * (the Space was taken for the shortcut) until the filled text lands: that state is waited
 * out, never retyped over. The content script loads the shortcuts when the box gets focus, so
 * an early attempt may find none yet and leave "/sd " behind: only then is it typed again,
 * from an empty box.
 */
async function sellerExpands(page: Page, token: string, expected: string): Promise<void> {
  const box = '#replyTextarea';
  const attempt = async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(token);
    await page.keyboard.press('Space');
  };
  await page.click(box);
  await attempt();
  await expect
    .poll(
      async () => {
        const value = await page.inputValue(box);
        const pending = value === token;
        if (pending || value.includes(expected)) return value;
        await attempt();
        return page.inputValue(box);
      },
      { timeout: 15_000 },
    )
    .toContain(expected);
}

/** The page switches to the other buyer's conversation; returns once the sidebar shows their card. */
async function showOtherBuyer(page: Page, frame: Frame): Promise<void> {
  await page.evaluate(`window.forgeBuyer(${JSON.stringify(OTHER_UID)})`);
  await expect.poll(() => frame.getByTestId('customer-name').textContent(), { timeout: 15_000 }).toBe(OTHER_NAME);
}

beforeAll(async () => {
  session = await launchExtension();
  await session.serve('https://mms.pinduoduo.com/**', fixture('hostile/pinduoduo-hostile.html'));
  await seedArchive();
});
afterAll(async () => session?.close());

describe('a hostile seller page', () => {
  it('cannot read the sidebar, forge messages, run buyer markup or see customer data', async () => {
    const page = await session.context.newPage();
    await page.goto(URL);
    const frame = await sidebarFrame(page, session.extensionId);

    // The page's probe retries while the frame is still its initial about:blank document and
    // reports once the frame has navigated to the sidebar: then it must be unreadable.
    // A TypeError is not a refusal: only the browser's SecurityError (or no document) counts.
    await expect.poll(() => page.evaluate('window.hostileReport.frameRead'), { timeout: 15_000 }).toMatch(/^blocked: SecurityError$|^null$/);
    // When the page saw the frame inserted (the content script runs after the page's own
    // scripts), its first look came at once, before the frame could have navigated: the early
    // state the probe must wait out was really there, and it was not reported as a read.
    const early = (await page.evaluate('({ saw: window.hostileReport.sawInsertion, blank: window.hostileReport.blankReads })')) as { saw: boolean; blank: number };
    if (early.saw) expect(early.blank).toBeGreaterThan(0);

    // The buyer gets a card with a phone and a private note, shown in the sidebar.
    await createCardInSidebar(frame);
    await frame.getByLabel('添加备注').fill(`${SECRET_NOTE} 电话 ${SECRET_PHONE}`);
    await frame.getByLabel('添加备注').press('Enter');
    await expect.poll(() => frame.getByTestId('notes').textContent()).toContain(SECRET_NOTE);

    // With the secrets on screen, a fresh attempt is still refused.
    expect(await page.evaluate('window.tryReadFrame()')).toBe(true);
    const report = (await page.evaluate('window.hostileReport')) as Record<string, unknown>;
    expect(report.frameRead).toMatch(/^blocked: SecurityError$|^null$/);
    expect(report.frameLocation).toBe('blocked');
    expect(report.frameLeaks).toEqual([]);
    expect(report.forgedPosts).toBeGreaterThan(0);
    // Page scripts have no extension messaging to talk to.
    expect(report.runtimeApi).not.toBe('function');

    await page.evaluate('window.spoofBuyerMessage()');
    await expect.poll(() => frame.getByTestId('buyer-message').textContent()).toContain('<img src=x onerror=');
    // The markup is text in the sidebar: no element was created from it and nothing ran.
    expect(await frame.locator('[data-testid="buyer-message"] img, [data-testid="buyer-message"] script').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await frame.evaluate('window.__xss')).toBeUndefined();

    // The forged messages changed nothing: no insertion, no fake buyer message in the sidebar.
    // (The seller's own shortcut below is the barrier: anything forged earlier has landed by then.)
    await sellerExpands(page, '/sd', NEUTRAL_REPLY);
    expect(await page.inputValue('#replyTextarea')).not.toContain('FORGED');
    expect(await frame.getByTestId('buyer-message').textContent()).not.toContain('FORGED');

    // The archive's data never entered the page's DOM.
    const pageHtml = (await page.evaluate('window.pageText()')) as string;
    expect(pageHtml).not.toContain(SECRET_PHONE);
    expect(pageHtml).not.toContain(SECRET_NOTE);
    await page.close();
  });

  it('cannot make text expansion fill another buyer’s facts with synthetic keys, nor learn which shortcuts exist', async () => {
    const page = await session.context.newPage();
    await page.goto(URL);
    const frame = await sidebarFrame(page, session.extensionId);
    // The seller's real keys expand a shortcut: the shortcuts are loaded in the content script.
    await sellerExpands(page, '/sd', NEUTRAL_REPLY);

    // The page claims another buyer is open; wait until the extension has read that claim.
    await showOtherBuyer(page, frame);

    const existing = (await page.evaluate('window.probeShortcut("/wl")')) as ProbeResult[];
    const missing = (await page.evaluate('window.probeShortcut("/zzq")')) as ProbeResult[];
    // Synthetic keys are ignored: nothing cancelled, nothing hidden from the page's listeners,
    // so a shortcut that exists looks exactly like one that does not.
    expect(existing).toEqual([
      { key: 'Space', cancelled: false, reachedPage: true },
      { key: 'Tab', cancelled: false, reachedPage: true },
    ]);
    expect(missing).toEqual(existing);

    // The seller's next real expansion is the barrier: a synthetic one would have landed first.
    await sellerExpands(page, '/sd', NEUTRAL_REPLY);
    const boxValues = ((await page.evaluate('window.hostileReport.boxValues')) as string[]).join('\n');
    const pageHtml = (await page.evaluate('window.pageText()')) as string;
    for (const secret of SECRETS) {
      expect(boxValues).not.toContain(secret);
      expect(pageHtml).not.toContain(secret);
    }
    await page.close();
  });

  it('does not fill the previous buyer’s facts into a shortcut typed right after a conversation switch', async () => {
    const page = await session.context.newPage();
    await page.goto(URL);
    const frame = await sidebarFrame(page, session.extensionId);
    await sellerExpands(page, '/sd', NEUTRAL_REPLY);
    // The other buyer's conversation is open, and the sidebar shows their card.
    await showOtherBuyer(page, frame);

    // The seller switches back to the first buyer, which changes only the header (the watcher
    // sees that on its next poll, up to a second later), and at once types the tracking shortcut.
    await page.evaluate(`window.forgeBuyer(${JSON.stringify(FIRST_UID)})`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('/wl');
    await page.keyboard.press('Space');

    // The seller's next expansion is the barrier: the /wl one has been answered by then.
    await sellerExpands(page, '/sd', NEUTRAL_REPLY);
    const boxValues = ((await page.evaluate('window.hostileReport.boxValues')) as string[]).join('\n');
    for (const secret of [OTHER_NAME, OTHER_ORDER, OTHER_TRACKING]) expect(boxValues).not.toContain(secret);
    await page.close();
  });
});
