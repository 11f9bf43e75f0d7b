/**
 * Text expansion in a chat box inside an iframe (Qianniu's web workbench, 1688's web IM): the
 * seller's real keys expand a shortcut in the frame's textarea, contenteditable or design-mode
 * editor; the template is filled from the top frame's chat (the buyer the sidebar card shows),
 * never from the frame, and only for a buyer shown through every key of the shortcut; a
 * keydown the frame's own page script dispatches is left alone.
 *
 * Expansion is a round trip through the background: after Space the box holds exactly the bare
 * token until the filled text arrives, so the helpers wait in that state and never retype over it.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launchExtension, sidebarFrame, type ExtensionSession } from './support/extension';
import { createTemplate } from './support/pages';

let session: ExtensionSession;

const THANKS = '您好，感谢光临小店，有问题随时找我～';
const BUYER_A = { uid: '8812345601', name: '林晓花', nickname: '晓花', order: 'PDD-FRAME-4411', tracking: 'YT9900112233' };
const BUYER_B = { uid: '8812345602', name: '周买家', nickname: '阿周' };

async function serveHtml(pattern: string, html: string): Promise<void> {
  await session.context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

/** Two Pinduoduo buyers in the archive (A with a shipped order) and three shortcuts. */
async function seedArchive(): Promise<void> {
  const options = await session.openExtensionPage('options.html#/templates');
  const seeded = await options.evaluate(`(async () => {
    const run = (name, args) => chrome.runtime.sendMessage({ type: 'bg:archive', payload: { kind: 'command', name, args } });
    const a = await run('createCustomer', { platform: 'pinduoduo', platformUid: ${JSON.stringify(BUYER_A.uid)}, name: ${JSON.stringify(BUYER_A.name)}, nickname: ${JSON.stringify(BUYER_A.nickname)} });
    if (!a.ok) return a.error;
    const b = await run('createCustomer', { platform: 'pinduoduo', platformUid: ${JSON.stringify(BUYER_B.uid)}, name: ${JSON.stringify(BUYER_B.name)}, nickname: ${JSON.stringify(BUYER_B.nickname)} });
    if (!b.ok) return b.error;
    const order = await run('recordOrderEvent', {
      customerId: a.value.id,
      orderNo: ${JSON.stringify(BUYER_A.order)},
      event: { type: 'shipped', at: Date.now(), courier: '圆通', trackingNo: ${JSON.stringify(BUYER_A.tracking)} },
    });
    return order.ok ? 'ok' : order.error;
  })()`);
  expect(seeded).toBe('ok');
  await createTemplate(options, '欢迎', '/ty', `{buyer_name}${THANKS}`);
  await createTemplate(options, '问候', '/hi', '{buyer_name}您好');
  await createTemplate(options, '物流', '/wl', '{buyer_name}，订单 {order_no} 的运单号是 {tracking_no}');
  await options.close();
}

/**
 * A Pinduoduo chat page (its adapter reads the buyer id in the top frame) with a reply editor
 * in a 1688 frame: a constructed page, the one way to have a top frame that names a buyer and
 * a content script in a child frame, so the buyer's archive facts must cross from the top.
 */
function pinduoduoWithFrameEditor(): string {
  const page = fixture('sites/pinduoduo/normal.html');
  const frame = '<iframe id="side-editor" title="回复" src="https://air.1688.com/frames/rich-editor.html" style="width:600px;height:160px"></iframe>';
  expect(page).toContain('</body>');
  return page.replace('</body>', `${frame}</body>`);
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
  await serveHtml('https://mms.pinduoduo.com/**', pinduoduoWithFrameEditor());
  await seedArchive();
});
afterAll(async () => session?.close());

async function childFrame(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => url.test(f.url())), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => url.test(f.url()))!;
  await frame.waitForSelector('body');
  return frame;
}

interface Box {
  frame: Frame;
  /** What to click to put the caret into the box. */
  selector: string;
  read(): Promise<string>;
}

const textarea = (frame: Frame, id: string): Box => ({ frame, selector: `#${id}`, read: () => frame.inputValue(`#${id}`) });
const editable = (frame: Frame, id: string): Box => ({
  frame,
  selector: `#${id}`,
  read: () => frame.evaluate(`document.getElementById(${JSON.stringify(id)}).textContent`) as Promise<string>,
});

/**
 * The seller types `token` and Space with real keys until the box shows `expected`. A frame's
 * script loads the shortcuts when its box gets focus, so an early try may find none yet and
 * leave "token " behind: then the box is emptied and the seller tries again. While the box
 * holds exactly the token, the expansion is on its way: wait.
 */
async function sellerTypes(page: Page, box: Box, token: string, expected: string): Promise<void> {
  await box.frame.click(box.selector);
  let typed = false;
  await expect
    .poll(
      async () => {
        const now = await box.read();
        if (typed && (now === token || now.includes(expected))) return now;
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.type(token);
        await page.keyboard.press('Space');
        typed = true;
        return box.read();
      },
      { timeout: 20_000 },
    )
    .toContain(expected);
}

/**
 * The frame's page script puts `token` before the caret of its textarea and dispatches its own
 * Space and Tab keydowns; reports whether anything cancelled them (an expansion cancels the key
 * it acts on, synchronously, before filling).
 */
async function syntheticProbe(frame: Frame, id: string, token: string): Promise<boolean[]> {
  return frame.evaluate(
    ([boxId, value]) => {
      const box = document.getElementById(boxId!) as HTMLTextAreaElement;
      box.focus();
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, value);
      box.setSelectionRange(value!.length, value!.length);
      return [' ', 'Tab'].map((key) => !box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
    },
    [id, token],
  );
}

describe('text expansion in a frame’s chat box', () => {
  it('Qianniu: real keys expand in the same-site frame’s textarea and the other origin’s contenteditable; a synthetic keydown does not', async () => {
    const page = await session.context.newPage();
    await page.goto('https://qn.taobao.com/home.htm#/customer-service');
    await sidebarFrame(page, session.extensionId);
    const chat = await childFrame(page, /\/frames\/im-chat\.html$/);
    const rich = await childFrame(page, /myseller\.taobao\.com\/frames\/rich-editor\.html$/);

    // The frame's markup names a buyer (tb_buyer_lin88); the top frame shows none, so the
    // reply addresses the buyer as 亲: nothing was read from the frame.
    const reply = textarea(chat, 'reply');
    await sellerTypes(page, reply, '/ty', `亲${THANKS}`);
    expect(await reply.read()).toBe(`亲${THANKS}`);
    // The framework-managed box's state saw it (native setter + input event).
    expect(await chat.evaluate('window.__framework.state.draft')).toBe(`亲${THANKS}`);

    // The shortcuts are loaded in that frame now; the frame's page script fakes the keys.
    expect(await syntheticProbe(chat, 'reply', '/ty')).toEqual([false, false]);
    // The seller's next real expansion is the barrier: a synthetic one would have landed first.
    await sellerTypes(page, reply, '/hi', '亲您好');
    expect(await reply.read()).toBe('亲您好');

    // A real Space the input method handles (keyCode 229, as Chinese IMEs send it) is the IME's:
    // it goes in as typed. An expansion would have cancelled it at once, leaving the bare token.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('/ty');
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ' ', code: 'Space', text: ' ', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ' ', code: 'Space', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.detach();
    await expect.poll(() => reply.read()).toBe('/ty ');

    const editor = editable(rich, 'editor');
    await sellerTypes(page, editor, '/ty', `亲${THANKS}`);
    expect(await editor.read()).toBe(`亲${THANKS}`);
    expect(((await rich.evaluate('window.__editor.inputs')) as string[]).length).toBeGreaterThan(0);
    expect(await rich.evaluate('window.__editor.sent')).toBe(0);
    // The sidebar frame, an extension page, is still the only one and still there.
    expect(await page.locator('iframe#seller-assistant-sidebar-frame').count()).toBe(1);
    await page.close();
  });

  it('1688: the contenteditable editor in a frame expands; an unknown shortcut stays as typed', async () => {
    const page = await session.context.newPage();
    await page.goto('https://air.1688.com/app/im/index.html');
    await sidebarFrame(page, session.extensionId);
    const frame = await childFrame(page, /air\.1688\.com\/frames\/rich-editor\.html$/);
    const editor = editable(frame, 'editor');
    await sellerTypes(page, editor, '/ty', `亲${THANKS}`);
    expect(await editor.read()).toBe(`亲${THANKS}`);

    // Not a shortcut: the Space goes in as typed, at once (nothing is pending).
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('/zzq');
    await page.keyboard.press('Space');
    await expect.poll(() => editor.read()).toMatch(/^\/zzq\s$/);
    expect(await frame.evaluate('window.__editor.sent')).toBe(0);
    await page.close();
  });

  it('1688 workbench: an older design-mode editor in a srcdoc frame expands', async () => {
    const page = await session.context.newPage();
    await page.goto('https://work.1688.com/message/reply.htm');
    await sidebarFrame(page, session.extensionId);
    await expect.poll(() => page.evaluate('window.__editor.ready'), { timeout: 15_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(frame).toBeDefined();
    const body: Box = { frame: frame!, selector: 'body', read: async () => ((await frame!.evaluate('document.body.innerText')) as string).replace(/\n$/, '') };
    await sellerTypes(page, body, '/ty', `亲${THANKS}`);
    expect((await body.read()).trim()).toBe(`亲${THANKS}`);
    await page.close();
  });

  it('fills the top frame’s buyer, and only one shown through every key of the shortcut', async () => {
    const page = await session.context.newPage();
    await page.goto('https://mms.pinduoduo.com/chat-merchant/index.html');
    const sidebar = await sidebarFrame(page, session.extensionId);
    // The top frame shows buyer A (by the id in the page), whose card the sidebar draws.
    await expect.poll(() => sidebar.getByTestId('customer-name').textContent(), { timeout: 15_000 }).toBe(BUYER_A.name);
    const frame = await childFrame(page, /air\.1688\.com\/frames\/rich-editor\.html$/);
    const editor = editable(frame, 'editor');

    // The archive's facts of the top frame's buyer fill the reply typed in the frame.
    await sellerTypes(page, editor, '/wl', `${BUYER_A.nickname}，订单 ${BUYER_A.order} 的运单号是 ${BUYER_A.tracking}`);
    await sellerTypes(page, editor, '/hi', `${BUYER_A.nickname}您好`);

    // The seller starts "/hi", the page switches to buyer B, the seller finishes it: the buyer
    // did not hold through the shortcut, so neither A nor B is named.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('/h');
    await page.evaluate(`(() => {
      document.querySelectorAll('[currentuid]').forEach((el) => el.setAttribute('currentuid', ${JSON.stringify(BUYER_B.uid)}));
      document.querySelectorAll('.chat-item-box').forEach((el) => el.classList.toggle('active', el.getAttribute('data-random').startsWith(${JSON.stringify(BUYER_B.uid)})));
    })()`);
    await expect.poll(() => sidebar.getByTestId('customer-name').textContent(), { timeout: 15_000 }).toBe(BUYER_B.name);
    await frame.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type('i');
    await page.keyboard.press('Space');
    // Pending while the box holds exactly the token; then the buyer-less reply.
    await expect.poll(() => editor.read(), { timeout: 15_000 }).not.toBe('/hi');
    expect(await editor.read()).toBe('亲您好');

    // Typed from start to end with B shown, it names B.
    await sellerTypes(page, editor, '/hi', `${BUYER_B.nickname}您好`);
    expect(await editor.read()).toBe(`${BUYER_B.nickname}您好`);
    await page.close();
  });
});
