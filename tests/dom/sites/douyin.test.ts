import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, douyinAdapter, selectedConversation } from '../../../lib/sites/douyin';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, fixtureHooks, frameworkOf, openFixture, type FixturePage } from './fixture-window';

const URL = 'https://im.jinritemai.com/pc_seller_v2/main/workspace?selfId=123';
let page: FixturePage | undefined;
const open = (name: string): FixturePage => (page = openFixture('douyin', name, URL));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

interface SwitchHooks {
  switchTo(name: string): void;
  pushBuyerMessage(text: string): void;
  state(): { buyer: string; draft: string; sent: string[] };
}

describe('douyin SELECTORS on fixtures', () => {
  it.each([
    // The 2026 redesign (hashed classes, data-qa-id rows).
    ['normal', { input: 1, sendButton: 1, messageList: 1, messageRow: 3, earlierMessageRow: 0, buyerMessage: 2, agentMessage: 1, text: 3, header: 1, conversationRow: 2, conversationName: 4, userName: 0, unreadBadge: 1, productCard: 0 }],
    ['noisy', { input: 1, sendButton: 1, messageList: 1, messageRow: 7, earlierMessageRow: 0, buyerMessage: 3, agentMessage: 2, text: 4, header: 1, conversationRow: 3, conversationName: 6, userName: 0, unreadBadge: 1, productCard: 1 }],
    // Earlier markup (.msgItemWrap rows, .leaveMessage bubbles).
    ['earlier/normal', { input: 1, sendButton: 1, messageList: 0, messageRow: 0, earlierMessageRow: 3, buyerMessage: 2, agentMessage: 1, text: 3, header: 1, conversationRow: 2, conversationName: 0, userName: 2, unreadBadge: 1, productCard: 0 }],
    ['earlier/noisy', { input: 1, sendButton: 1, messageList: 0, messageRow: 0, earlierMessageRow: 6, buyerMessage: 3, agentMessage: 2, text: 4, header: 0, conversationRow: 3, conversationName: 0, userName: 3, unreadBadge: 1, productCard: 1 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(Object.entries(SELECTORS).map(([k, s]) => [k, countMatches(document, s)]));
    expect(counts).toEqual(expected);
  });
});

describe('douyin readChat on the redesigned page', () => {
  it('reads the header name (not "添加备注") and the messages from pre', () => {
    const { document } = open('normal');
    expect(douyinAdapter.readChat(document)).toEqual({
      site: 'douyin',
      platform: 'douyin',
      buyer: { nickname: '甜甜圈不甜' },
      messages: [
        { from: 'buyer', text: '衣服洗了一次就起球了' },
        { from: 'agent', text: '亲，非常抱歉，能拍张照片给我看看吗？' },
        { from: 'buyer', text: '我要退货' },
      ],
      missing: [],
    });
  });

  it('noisy page: labels beside pre left out, product card, literal markup, emoji, system rows skipped', () => {
    const { document } = open('noisy');
    const chat = douyinAdapter.readChat(document);
    expect(chat.buyer).toEqual({ nickname: '小鹿乱撞' });
    expect(chat.product).toEqual({ id: '3688112233445', title: '冰丝阔腿裤女夏季薄款 垂感', price: '¥49.9' });
    expect(chat.messages).toEqual([
      { from: 'agent', text: '您好，欢迎光临，请问有什么可以帮您？' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)>这条裤子能便宜点吗🙏' },
      { from: 'buyer', text: '送个赠品呗 [捂脸]' },
      { from: 'agent', text: '亲，这款已经是活动价了\n满200减20可以叠加哦' },
    ]);
    expect(chat.missing).toEqual([]);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('the selected conversation is the row with the one class no sibling has', () => {
    const { document } = open('noisy');
    const rows = Array.from(document.querySelectorAll(SELECTORS.conversationRow));
    expect(rows.some((row) => /active|selected/i.test(row.className))).toBe(false);
    expect(selectedConversation(document)).toBe(rows[1]);
    // A second row with a class of its own (a hover state, say) makes it ambiguous: no guess.
    rows[0]!.classList.add('hover_Zz9');
    expect(selectedConversation(document)).toBeUndefined();
  });

  it('name fallbacks: header leaves that are only "添加备注" → placeholder → selected row', () => {
    const { document } = open('noisy');
    document.querySelector('#topbar-left-info .userName_R2k1d')!.remove();
    const box = douyinAdapter.findInput(document)!;
    box.setAttribute('placeholder', '发送给 鹿鹿，使用Enter发送消息');
    expect(douyinAdapter.readChat(document).buyer).toEqual({ nickname: '鹿鹿' });
    box.setAttribute('placeholder', '');
    expect(douyinAdapter.readChat(document).buyer).toEqual({ nickname: '小鹿乱撞' });
    document.querySelector('.itemSelect_c83Kd')!.classList.remove('itemSelect_c83Kd');
    const chat = douyinAdapter.readChat(document);
    expect(chat.buyer).toBeUndefined();
    expect(chat.missing).toEqual(['buyer']);
  });

  it('late-rendered list: messages missing while loading, read once rows arrive', async () => {
    const p = open('late');
    expect(douyinAdapter.readChat(p.document).missing).toEqual(['messages']);
    expect(douyinAdapter.findMessageRoot(p.document)?.getAttribute('data-qa-id')).toBe('qa-message-warpper');
    await p.settle();
    const chat = douyinAdapter.readChat(p.document);
    expect(chat.missing).toEqual([]);
    expect(chat.buyer).toEqual({ nickname: '橙子汽水' });
    expect(chat.messages.map((m) => `${m.from}:${m.text}`)).toEqual(['buyer:什么时候发货呀', 'agent:亲，48小时内发出哦', 'buyer:能今天发吗']);
  });

  it('conversation switch: the state class moves, the list is remounted and filled late', async () => {
    const p = open('switch');
    const hooks = fixtureHooks<SwitchHooks>(p);
    const first = douyinAdapter.readChat(p.document);
    expect(first.buyer).toEqual({ nickname: '云朵朵' });
    await p.settle();
    expect(douyinAdapter.readChat(p.document).messages.map((m) => m.text)).toEqual(['快递显示签收了但我没收到']);
    const oldRoot = douyinAdapter.findMessageRoot(p.document);

    (p.document.querySelector('[title="大壮"]') as HTMLElement).click();
    const during = douyinAdapter.readChat(p.document);
    expect(during.buyer).toEqual({ nickname: '大壮' });
    expect(during.messages).toEqual([]);
    expect(douyinAdapter.findMessageRoot(p.document)).not.toBe(oldRoot);
    expect(selectedConversation(p.document)?.querySelector('[title]')?.getAttribute('title')).toBe('大壮');
    await p.settle();
    const after = douyinAdapter.readChat(p.document);
    expect(after.messages.map((m) => `${m.from}:${m.text}`)).toEqual(['buyer:鞋子小了一码能换吗', 'agent:可以的亲，换大一码']);
    expect(after.product).toEqual({ id: '3699887766554', title: '男士透气跑步鞋 轻便减震', price: '¥159.00' });

    hooks.pushBuyerMessage('能换成黑色的吗');
    expect(douyinAdapter.readChat(p.document).messages.at(-1)).toEqual({ from: 'buyer', text: '能换成黑色的吗' });
    hooks.switchTo('云朵朵');
    expect(douyinAdapter.readChat(p.document).buyer).toEqual({ nickname: '云朵朵' });
  });
});

describe('douyin readChat on earlier markup', () => {
  it('reads the header nickname and the .msgItemWrap messages', () => {
    const { document } = open('earlier/normal');
    expect(douyinAdapter.readChat(document)).toEqual({
      site: 'douyin',
      platform: 'douyin',
      buyer: { nickname: '甜甜圈不甜' },
      messages: [
        { from: 'buyer', text: '衣服洗了一次就起球了' },
        { from: 'agent', text: '亲，非常抱歉，能拍张照片给我看看吗？' },
        { from: 'buyer', text: '我要退货' },
      ],
      missing: [],
    });
  });

  it('noisy page: nickname from the placeholder, product card, literal markup, notices skipped', () => {
    const { document } = open('earlier/noisy');
    const chat = douyinAdapter.readChat(document);
    expect(chat.buyer).toEqual({ nickname: '小鹿乱撞' });
    expect(chat.product).toEqual({ id: '3688112233445', title: '冰丝阔腿裤女夏季薄款 垂感', price: '¥49.9' });
    expect(chat.messages).toEqual([
      { from: 'agent', text: '您好，欢迎光临，请问有什么可以帮您？' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)>这条裤子能便宜点吗🙏' },
      { from: 'buyer', text: '送个赠品呗 [捂脸]' },
      { from: 'agent', text: '亲，这款已经是活动价了' },
    ]);
    expect(chat.missing).toEqual([]);
  });

  it('the earlier list name of the selected row is the last fallback', () => {
    const { document } = open('earlier/noisy');
    douyinAdapter.findInput(document)!.setAttribute('placeholder', '');
    expect(douyinAdapter.readChat(document).buyer).toEqual({ nickname: '小鹿乱撞' });
  });

  it('late-rendered list is read once it arrives', async () => {
    const p = open('earlier/late');
    expect(douyinAdapter.readChat(p.document).missing).toEqual(['messages']);
    await p.settle();
    const chat = douyinAdapter.readChat(p.document);
    expect(chat.missing).toEqual([]);
    expect(chat.messages.map((m) => `${m.from}:${m.text}`)).toEqual(['buyer:什么时候发货呀', 'agent:亲，48小时内发出哦', 'buyer:能今天发吗']);
    expect(douyinAdapter.findMessageRoot(p.document)?.id).toBe('late-list');
  });

  it('conversation switch changes buyer and messages in place', () => {
    const p = open('earlier/switch');
    expect(douyinAdapter.readChat(p.document).buyer?.nickname).toBe('云朵朵');
    (p.document.querySelector('[data-id="c2"]') as HTMLElement).click();
    const chat = douyinAdapter.readChat(p.document);
    expect(chat.buyer?.nickname).toBe('大壮');
    expect(chat.messages.map((m) => m.text)).toEqual(['鞋子小了一码能换吗', '可以的亲，换大一码']);
    fixtureHooks<{ switchTo(id: string): void }>(p).switchTo('c1');
    expect(douyinAdapter.readChat(p.document).messages).toHaveLength(1);
  });
});

describe('douyin insertion and degradation', () => {
  it.each(['normal', 'earlier/normal'])('%s: insertText reaches the controlled textarea and survives a re-render', (name) => {
    const p = open(name);
    const box = douyinAdapter.findInput(p.document) as HTMLTextAreaElement;
    insertText(box, '亲，支持七天无理由退货的');
    frameworkOf(p).render();
    expect(frameworkOf(p).state.draft).toBe('亲，支持七天无理由退货的');
    expect(box.value).toBe('亲，支持七天无理由退货的');
    if (name === 'normal') expect(fixtureHooks<{ sent: string[] }>(p).sent).toEqual([]);
  });

  it.each(['normal', 'earlier/normal'])('%s without message rows: messages missing, input found', (name) => {
    const { document } = open(name);
    document.querySelectorAll(`${SELECTORS.messageRow}, ${SELECTORS.earlierMessageRow}`).forEach((el) => el.remove());
    // An emptied list reads as empty; a list whose rows were renamed reads as broken.
    expect(douyinAdapter.readChat(document).missing).toEqual(name === 'normal' ? [] : ['messages']);
    expect(douyinAdapter.findInput(document)).not.toBeNull();
  });

  it('rows renamed inside a full redesigned list are reported as missing messages', () => {
    const { document } = open('normal');
    document.querySelectorAll(SELECTORS.messageRow).forEach((row) => row.removeAttribute('data-id'));
    const chat = douyinAdapter.readChat(document);
    expect(chat.missing).toEqual(['messages']);
    expect(chat.buyer).toEqual({ nickname: '甜甜圈不甜' });
  });
});
