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

describe('pinduoduo SELECTORS on fixtures', () => {
  it.each([
    ['normal', { messageRoot: 1, messageRow: 3, buyerRow: 2, agentRow: 1, robotRow: 0, text: 3, time: 3, conversation: 1, nickname: 1, conversationRow: 2, productCard: 0, productId: 0, productTitle: 0, productPrice: 0, input: 1, sendButton: 1 }],
    ['noisy', { messageRoot: 1, messageRow: 7, buyerRow: 4, agentRow: 2, robotRow: 1, text: 6, time: 6, conversation: 1, nickname: 1, conversationRow: 3, productCard: 1, productId: 1, productTitle: 1, productPrice: 1, input: 1, sendButton: 1 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(
      Object.entries(SELECTORS).map(([key, selector]) => [key, countMatches(document, selector)]),
    );
    expect(counts).toEqual(expected);
  });
});

describe('pinduoduo readChat', () => {
  it('reads buyer uid, masked nickname and messages in order', () => {
    const { document } = open('normal');
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
    const { document } = open('noisy');
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
    // Reading never turned the buyer's text into markup.
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('keeps only the last 20 messages, oldest first', () => {
    const { document } = open('normal');
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
    const p = open('late');
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
    const p = open('switch');
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

  it('insertText updates the framework state, and a re-render keeps the text', () => {
    const p = open('normal');
    const box = pinduoduoAdapter.findInput(p.document) as HTMLTextAreaElement;
    expect(insertText(box, '亲，已经帮您催促快递了\n今天内会有更新')).toEqual({ ok: true });
    expect(frameworkOf(p).state.draft).toBe('亲，已经帮您催促快递了\n今天内会有更新');
    frameworkOf(p).render();
    expect(box.value).toBe('亲，已经帮您催促快递了\n今天内会有更新');
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

  it('without uid and nickname: buyer missing; without the textarea: input missing', () => {
    const { document } = open('normal');
    document.querySelector('[currentuid]')!.removeAttribute('currentuid');
    document.querySelector('li.chat-item.active')!.classList.remove('active');
    document.getElementById('replyTextarea')!.remove();
    const chat = pinduoduoAdapter.readChat(document);
    expect(chat.buyer).toBeUndefined();
    expect(chat.missing).toEqual(['buyer', 'input']);
    expect(chat.messages).toHaveLength(3);
  });
});
