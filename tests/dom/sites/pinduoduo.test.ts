import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, pinduoduoAdapter } from '../../../lib/sites/pinduoduo';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, fixtureHooks, frameworkOf, openFixture, type FixturePage } from './fixture-window';

const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
let page: FixturePage | undefined;
const open = (name: string): FixturePage => (page = openFixture('pinduoduo', name, URL));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

interface SwitchHooks {
  switchTo(uid: string): void;
  pushBuyerMessage(text: string): void;
  state(): { uid: string; draft: string; sent: string[] };
}

const NONE = { productCard: 0, productId: 0, productName: 0, productTitle: 0, productPrice: 0 };
const CARD = { productCard: 1, productId: 1, productTitle: 1, productPrice: 1 };

describe('pinduoduo SELECTORS on fixtures', () => {
  it.each([
    // The live page (2026): currentuid inside every row, selection on .chat-item-box.
    ['normal', { messageRoot: 1, messageRow: 3, buyerRow: 2, agentRow: 1, robotRow: 0, text: 3, time: 1, rowUid: 3, conversation: 3, selectedConversation: 1, headerName: 1, nickname: 1, conversationRow: 2, ...NONE, input: 1, sendButton: 1 }],
    ['noisy', { messageRoot: 1, messageRow: 8, buyerRow: 5, agentRow: 2, robotRow: 1, text: 5, time: 3, rowUid: 7, conversation: 7, selectedConversation: 1, headerName: 1, nickname: 1, conversationRow: 3, ...CARD, productName: 1, input: 1, sendButton: 1 }],
    // Earlier markup: currentuid around the list, .nickname in an active li.
    ['earlier/normal', { messageRoot: 1, messageRow: 3, buyerRow: 2, agentRow: 1, robotRow: 0, text: 3, time: 3, rowUid: 0, conversation: 1, selectedConversation: 0, headerName: 0, nickname: 1, conversationRow: 2, ...NONE, input: 1, sendButton: 1 }],
    ['earlier/noisy', { messageRoot: 1, messageRow: 7, buyerRow: 4, agentRow: 2, robotRow: 1, text: 6, time: 6, rowUid: 0, conversation: 1, selectedConversation: 0, headerName: 0, nickname: 1, conversationRow: 3, ...CARD, productName: 0, input: 1, sendButton: 1 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(
      Object.entries(SELECTORS).map(([key, selector]) => [key, countMatches(document, selector)]),
    );
    expect(counts).toEqual(expected);
  });
});

describe('pinduoduo readChat on the live page', () => {
  it('reads the uid from the rows, the header name and the messages', () => {
    const { document } = open('normal');
    expect(pinduoduoAdapter.readChat(document)).toEqual({
      site: 'pinduoduo',
      platform: 'pinduoduo',
      buyer: { uid: '8812345601', nickname: '小***花' },
      messages: [
        { from: 'buyer', text: '你好，我前天买的杯子怎么还没发货？', time: '2026年12月01日 10:02:11' },
        { from: 'agent', text: '亲，您好，我帮您查一下物流哦' },
        { from: 'buyer', text: '好的，麻烦快点，急用' },
      ],
      missing: [],
    });
  });

  it('noisy page: robot replies are agent, product card, image and system rows skipped, literal markup', () => {
    const { document } = open('noisy');
    const chat = pinduoduoAdapter.readChat(document);
    expect(chat.buyer).toEqual({ uid: '8812345612', nickname: 'E***E' });
    expect(chat.product).toEqual({ id: '412233445566', title: '北欧风陶瓷马克杯 带盖勺 大容量 400ml', price: '¥29.90' });
    expect(chat.messages).toEqual([
      { from: 'agent', text: '亲亲，欢迎光临小店~ 人工客服马上为您服务 [玫瑰]' },
      { from: 'buyer', text: '杯子收到了，把手断了😡 [发怒]', time: '2026年12月01日 09:16:40' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)> 你们这什么质量' },
      { from: 'agent', text: '非常抱歉给您带来不好的体验！\n麻烦拍一下破损的照片，我们马上给您处理', time: '2026年12月01日 09:17:30' },
      { from: 'buyer', text: '不处理我就给差评' },
    ]);
    expect(chat.missing).toEqual([]);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('the older names for agent rows (.seller-item, .robot-item) count as agent', () => {
    const { document } = open('normal');
    const agent = document.querySelector('.cs-item')!;
    agent.classList.replace('cs-item', 'seller-item');
    expect(pinduoduoAdapter.readChat(document).messages[1]?.from).toBe('agent');
    agent.classList.replace('seller-item', 'robot-item');
    expect(pinduoduoAdapter.readChat(document).messages[1]?.from).toBe('agent');
  });

  it('a .commonCard without the named parts is read by its shape', () => {
    const { document } = open('normal');
    const box = document.querySelectorAll('.msg-content')[0]!;
    box.innerHTML = '<div class="commonCard"><div class="t">儿童保温杯 316不锈钢</div><div class="p">￥39.00</div><div class="i">商品编号：600112233</div></div>';
    expect(pinduoduoAdapter.readChat(document).product).toEqual({ id: '600112233', title: '儿童保温杯 316不锈钢', price: '￥39.00' });
  });

  it('uid cross-check: rows and the selected row disagreeing (mid-switch) give no uid, never the wrong one', () => {
    const { document } = open('normal');
    document.querySelector('.chat-item-box.active')!.setAttribute('data-random', '8812345602-0-1');
    const chat = pinduoduoAdapter.readChat(document);
    expect(chat.buyer).toEqual({ nickname: '小***花' });
    // Rows from two buyers at once: no uid either.
    document.querySelector('.chat-item-box.active')!.setAttribute('data-random', '8812345601-0-1');
    document.querySelectorAll('[currentuid]')[2]!.setAttribute('currentuid', '8812345699');
    expect(pinduoduoAdapter.readChat(document).buyer?.uid).toBeUndefined();
  });

  it('late-rendered list: the uid comes from the selected row until the rows arrive', async () => {
    const p = open('late');
    const before = pinduoduoAdapter.readChat(p.document);
    expect(before.missing).toEqual(['messages']);
    expect(before.buyer).toEqual({ uid: '8812345621', nickname: '陈***' });
    await p.settle();
    const after = pinduoduoAdapter.readChat(p.document);
    expect(after.missing).toEqual([]);
    expect(after.buyer).toEqual({ uid: '8812345621', nickname: '陈***' });
    expect(after.messages.map((m) => m.text)).toEqual(['能便宜点吗？买两件', '亲，两件可以给您包邮哦', '再少五块吧']);
  });

  it('conversation switch: "active" moves between .chat-item-box, the list refills late', async () => {
    const p = open('switch');
    const hooks = fixtureHooks<SwitchHooks>(p);
    await p.settle();
    const first = pinduoduoAdapter.readChat(p.document);
    expect(first.buyer).toEqual({ uid: '8812345641', nickname: '张***' });
    expect(first.messages.map((m) => m.text)).toEqual(['我的快递到哪了？三天没动了', '亲，我这边帮您催一下快递']);
    const list = pinduoduoAdapter.findMessageRoot(p.document);

    (p.document.querySelectorAll('li.chat-item')[1] as HTMLElement).click();
    const during = pinduoduoAdapter.readChat(p.document);
    expect(during.buyer).toEqual({ uid: '8812345642', nickname: 'L***y' });
    expect(during.messages).toEqual([]);
    await p.settle();
    const second = pinduoduoAdapter.readChat(p.document);
    expect(pinduoduoAdapter.findMessageRoot(p.document)).toBe(list);
    expect(second.buyer).toEqual({ uid: '8812345642', nickname: 'L***y' });
    expect(second.messages.map((m) => m.text)).toEqual(['这个还有货吗', '想退货，尺寸买错了']);
    expect(second.product).toEqual({ id: '556677889900', title: '加厚珊瑚绒毛毯 1.5x2m', price: '¥59.00' });

    hooks.pushBuyerMessage('能便宜点吗');
    expect(pinduoduoAdapter.readChat(p.document).messages.at(-1)).toEqual({ from: 'buyer', text: '能便宜点吗' });
    hooks.switchTo('8812345641');
    expect(pinduoduoAdapter.readChat(p.document).buyer?.uid).toBe('8812345641');
  });
});

describe('pinduoduo readChat on earlier markup', () => {
  it('reads buyer uid, masked nickname and messages in order', () => {
    const { document } = open('earlier/normal');
    expect(pinduoduoAdapter.readChat(document)).toEqual({
      site: 'pinduoduo',
      platform: 'pinduoduo',
      buyer: { uid: '8812345601', nickname: '小***花' },
      messages: [
        { from: 'buyer', text: '你好，我前天买的杯子怎么还没发货？', time: '10:02' },
        { from: 'agent', text: '亲，您好，我帮您查一下物流哦', time: '10:03' },
        { from: 'buyer', text: '好的，麻烦快点，急用', time: '10:04' },
      ],
      missing: [],
    });
  });

  it('reads the noisy page: robot rows are agent, product card, emoji, literal markup, no notices', () => {
    const { document } = open('earlier/noisy');
    const chat = pinduoduoAdapter.readChat(document);
    expect(chat.buyer).toEqual({ uid: '8812345612', nickname: 'E***E' });
    expect(chat.product).toEqual({ id: '412233445566', title: '北欧风陶瓷马克杯 带盖勺 大容量 400ml', price: '¥29.90' });
    expect(chat.messages.map((m) => m.from)).toEqual(['agent', 'buyer', 'buyer', 'agent', 'buyer']);
    expect(chat.messages[0]?.text).toBe('【自动回复】亲亲，欢迎光临小店~ 人工客服马上为您服务 [玫瑰]');
    expect(chat.messages[1]?.text).toBe('杯子收到了，把手断了😡 [发怒]');
    expect(chat.messages[2]?.text).toBe('<img src=x onerror=alert(1)> 你们这什么质量');
    expect(chat.messages[3]).toEqual({
      from: 'agent',
      text: '非常抱歉给您带来不好的体验！\n麻烦拍一下破损的照片，我们马上给您处理',
      time: '09:17:30',
    });
    expect(chat.messages.some((m) => m.text.includes('转接'))).toBe(false);
    expect(chat.missing).toEqual([]);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('keeps only the last 20 messages, oldest first', () => {
    const { document } = open('earlier/normal');
    const list = document.querySelector('#msgListContainer .msg-list')!;
    for (let i = 1; i <= 25; i += 1) {
      const li = document.createElement('li');
      li.className = 'onemsg';
      li.innerHTML = '<div class="buyer-item"><div class="msg-content-box"></div></div>';
      li.querySelector('.msg-content-box')!.textContent = `追加消息 ${i}`;
      list.appendChild(li);
    }
    const { messages } = pinduoduoAdapter.readChat(document);
    expect(messages).toHaveLength(20);
    expect(messages[0]?.text).toBe('追加消息 6');
    expect(messages[19]?.text).toBe('追加消息 25');
  });

  it('late-rendered list: reports messages missing until the list arrives, then reads it', async () => {
    const p = open('earlier/late');
    const before = pinduoduoAdapter.readChat(p.document);
    expect(before.missing).toEqual(['messages']);
    expect(before.messages).toEqual([]);
    expect(pinduoduoAdapter.findMessageRoot(p.document)).not.toBeNull();
    await p.settle();
    const after = pinduoduoAdapter.readChat(p.document);
    expect(after.missing).toEqual([]);
    expect(after.messages.map((m) => m.text)).toEqual(['能便宜点吗？买两件', '亲，两件可以给您包邮哦', '再少五块吧']);
  });

  it('conversation switch: buyer, messages and product follow the open conversation', () => {
    const p = open('earlier/switch');
    const first = pinduoduoAdapter.readChat(p.document);
    expect(first.buyer).toEqual({ uid: '8812345631', nickname: '张***' });
    expect(first.product).toBeUndefined();
    (p.document.querySelector('li.chat-item[data-uid="8812345632"]') as HTMLElement).click();
    const second = pinduoduoAdapter.readChat(p.document);
    expect(second.buyer).toEqual({ uid: '8812345632', nickname: 'L***y' });
    expect(second.messages.map((m) => m.text)).toEqual(['这个还有货吗', '想退货，尺寸买错了']);
    expect(second.product).toEqual({ id: '556677889900', title: '加厚珊瑚绒毛毯 1.5x2m', price: '¥59.00' });
    fixtureHooks<{ switchTo(uid: string): void }>(p).switchTo('8812345631');
    expect(pinduoduoAdapter.readChat(p.document).buyer?.uid).toBe('8812345631');
  });
});

describe('pinduoduo insertion reaches the page framework', () => {
  it('a plain value assignment leaves the framework stale (the fixture is faithful)', () => {
    const p = open('normal');
    const box = pinduoduoAdapter.findInput(p.document) as HTMLTextAreaElement;
    box.value = '直接赋值';
    box.dispatchEvent(new p.window.Event('input', { bubbles: true }) as unknown as Event);
    expect(frameworkOf(p).state.draft).toBe('');
  });

  it.each(['normal', 'earlier/normal'])('%s: insertText updates the framework state, a re-render keeps the text, nothing is sent', (name) => {
    const p = open(name);
    const box = pinduoduoAdapter.findInput(p.document) as HTMLTextAreaElement;
    expect(insertText(box, '亲，已经帮您催促快递了\n今天内会有更新')).toEqual({ ok: true });
    expect(frameworkOf(p).state.draft).toBe('亲，已经帮您催促快递了\n今天内会有更新');
    frameworkOf(p).render();
    expect(box.value).toBe('亲，已经帮您催促快递了\n今天内会有更新');
    if (name === 'normal') expect(fixtureHooks<{ sent: string[] }>(p).sent).toEqual([]);
  });

  it('auto mode inserts at the caret instead of clobbering half-typed text', () => {
    const p = open('normal');
    const box = pinduoduoAdapter.findInput(p.document) as HTMLTextAreaElement;
    insertText(box, '亲您好，');
    box.setSelectionRange(2, 2);
    insertText(box, '（客服小美）');
    expect(frameworkOf(p).state.draft).toBe('亲您（客服小美）好，');
    expect(box.selectionStart).toBe(8);
  });

  it('auto mode replaces a whitespace-only box', () => {
    const p = open('normal');
    const box = pinduoduoAdapter.findInput(p.document) as HTMLTextAreaElement;
    insertText(box, '  \n ', 'replace');
    insertText(box, '好的');
    expect(frameworkOf(p).state.draft).toBe('好的');
  });
});

describe('pinduoduo degrades gracefully', () => {
  it('without the message list: messages missing, input still found', () => {
    const { document } = open('normal');
    document.getElementById('msgListContainer')!.remove();
    const chat = pinduoduoAdapter.readChat(document);
    expect(chat.missing).toEqual(['messages']);
    expect(chat.messages).toEqual([]);
    expect(pinduoduoAdapter.findInput(document)?.id).toBe('replyTextarea');
  });

  it('renamed rows inside a full list are reported as missing messages', () => {
    const { document } = open('normal');
    document.querySelectorAll('li.onemsg').forEach((li) => li.classList.replace('onemsg', 'msg-row-v3'));
    expect(pinduoduoAdapter.readChat(document).missing).toEqual(['messages']);
  });

  it.each(['normal', 'earlier/normal'])('%s without uid and nickname: buyer missing; without the textarea: input missing', (name) => {
    const { document } = open(name);
    document.querySelectorAll('[currentuid]').forEach((el) => el.removeAttribute('currentuid'));
    document.querySelectorAll('.active').forEach((el) => el.classList.remove('active'));
    document.querySelector(SELECTORS.headerName)?.remove();
    document.getElementById('replyTextarea')!.remove();
    const chat = pinduoduoAdapter.readChat(document);
    expect(chat.buyer).toBeUndefined();
    expect(chat.missing).toEqual(['buyer', 'input']);
    expect(chat.messages).toHaveLength(3);
  });
});
