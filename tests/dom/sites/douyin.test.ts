import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, douyinAdapter } from '../../../lib/sites/douyin';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, fixtureHooks, frameworkOf, openFixture, type FixturePage } from './fixture-window';

const URL = 'https://im.jinritemai.com/pc_seller_v2/main/workspace?selfId=123';
let page: FixturePage | undefined;
const open = (name: string): FixturePage => (page = openFixture('douyin', name, URL));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('douyin SELECTORS on fixtures', () => {
  it.each([
    ['normal', { input: 1, sendButton: 1, messageRow: 3, buyerMessage: 2, agentMessage: 1, headerNickname: 1, userName: 2, conversationRow: 2, unreadBadge: 1, productCard: 0 }],
    ['noisy', { input: 1, sendButton: 1, messageRow: 6, buyerMessage: 3, agentMessage: 2, headerNickname: 0, userName: 3, conversationRow: 3, unreadBadge: 1, productCard: 1 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(Object.entries(SELECTORS).map(([k, s]) => [k, countMatches(document, s)]));
    expect(counts).toEqual(expected);
  });
});

describe('douyin readChat', () => {
  it('reads the header nickname and the messages', () => {
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

  it('noisy page: nickname from the selected row, product card, literal markup, notices skipped', () => {
    const { document } = open('noisy');
    const chat = douyinAdapter.readChat(document);
    expect(chat.buyer).toEqual({ nickname: '小鹿乱撞' });
    expect(chat.product).toEqual({ id: '3688112233445', title: '冰丝阔腿裤女夏季薄款 垂感', price: '¥49.9' });
    expect(chat.messages).toEqual([
      { from: 'agent', text: '机器人 您好，欢迎光临，请问有什么可以帮您？' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)>这条裤子能便宜点吗🙏' },
      { from: 'buyer', text: '送个赠品呗 [捂脸]' },
      { from: 'agent', text: '亲，这款已经是活动价了' },
    ]);
    expect(chat.missing).toEqual([]);
  });

  it('falls back to the input placeholder for the nickname', () => {
    const { document } = open('noisy');
    document.querySelectorAll(SELECTORS.userName).forEach((el) => el.remove());
    expect(douyinAdapter.readChat(document).buyer).toEqual({ nickname: '小鹿乱撞' });
  });

  it('late-rendered list is read once it arrives', async () => {
    const p = open('late');
    expect(douyinAdapter.readChat(p.document).missing).toEqual(['messages']);
    await p.settle();
    const chat = douyinAdapter.readChat(p.document);
    expect(chat.missing).toEqual([]);
    expect(chat.messages.map((m) => `${m.from}:${m.text}`)).toEqual([
      'buyer:什么时候发货呀',
      'agent:亲，48小时内发出哦',
      'buyer:能今天发吗',
    ]);
    expect(douyinAdapter.findMessageRoot(p.document)?.id).toBe('late-list');
  });

  it('conversation switch changes buyer and messages in place', () => {
    const p = open('switch');
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
  it('insertText reaches the controlled textarea and survives a re-render', () => {
    const p = open('normal');
    const box = douyinAdapter.findInput(p.document) as HTMLTextAreaElement;
    insertText(box, '亲，支持七天无理由退货的');
    frameworkOf(p).render();
    expect(frameworkOf(p).state.draft).toBe('亲，支持七天无理由退货的');
    expect(box.value).toBe('亲，支持七天无理由退货的');
  });

  it('without messages: messages missing, input found', () => {
    const { document } = open('normal');
    document.querySelectorAll(SELECTORS.messageRow).forEach((el) => el.remove());
    const chat = douyinAdapter.readChat(document);
    expect(chat.missing).toEqual(['messages']);
    expect(douyinAdapter.findInput(document)).not.toBeNull();
  });
});
