import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, pinduoduoAdapter } from '../../../lib/sites/pinduoduo';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, openDemo, type FixturePage } from './fixture-window';

interface DemoChat {
  pushBuyerMessage(text: string): void;
  switchTo(uid: string): void;
  pauseAutoMessages(): void;
  resumeAutoMessages(): void;
  stop(): void;
  state(): { uid: string; inputState: string; sent: string[] };
}

const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
let page: FixturePage | undefined;
const demoOf = (p: FixturePage): DemoChat => (p.window as unknown as { demoChat: DemoChat }).demoChat;
function open(fastIntervals?: number): { p: FixturePage; demo: DemoChat } {
  page = openDemo(URL, fastIntervals);
  const demo = demoOf(page);
  if (!fastIntervals) demo.pauseAutoMessages();
  return { p: page, demo };
}
afterEach(async () => {
  if (page) demoOf(page).stop();
  await page?.close();
  page = undefined;
});

describe('pinduoduo demo seller page', () => {
  it('has the real page facts: 4 buyers, one active, rows, input and send button', () => {
    const { p } = open();
    expect(countMatches(p.document, SELECTORS.conversationRow)).toBe(4);
    expect(countMatches(p.document, SELECTORS.nickname)).toBe(1);
    expect(countMatches(p.document, SELECTORS.messageRow)).toBe(3);
    expect(countMatches(p.document, SELECTORS.robotRow)).toBe(1);
    expect(countMatches(p.document, SELECTORS.input)).toBe(1);
    expect(countMatches(p.document, SELECTORS.sendButton)).toBe(1);
    expect(countMatches(p.document, '.unread-badge:not([hidden])')).toBe(2);
  });

  it('the adapter reads the first conversation', () => {
    const { p } = open();
    expect(pinduoduoAdapter.readChat(p.document)).toEqual({
      site: 'pinduoduo',
      platform: 'pinduoduo',
      buyer: { uid: '6204571183', nickname: '小***花' },
      messages: [
        { from: 'buyer', text: '在吗？我前天拍的杯子发了吗', time: '09:12' },
        { from: 'agent', text: '亲亲，欢迎光临暖居家居~ 人工客服马上为您服务哦', time: '09:12' },
        { from: 'agent', text: '您好亲，已经发出了，中通快递，单号7531 0094 2218', time: '09:14' },
      ],
      missing: [],
    });
  });

  it('switching buyers updates currentuid, messages and the product card in place', () => {
    const { p, demo } = open();
    const list = p.document.getElementById('msgListContainer');
    (p.document.querySelector('li.chat-item[data-uid="6204571190"]') as HTMLElement).click();
    const chat = pinduoduoAdapter.readChat(p.document);
    expect(p.document.getElementById('msgListContainer')).toBe(list);
    expect(chat.buyer).toEqual({ uid: '6204571190', nickname: 'E***E' });
    expect(chat.product).toEqual({ id: '412233445566', title: '加厚珊瑚绒毛毯 1.5×2m 冬季保暖', price: '¥89.00' });
    expect(chat.messages.map((m) => m.text)).toEqual(['毯子收到了，边上开线了', '这质量也太差了吧']);
    demo.switchTo('6204571207');
    expect(demo.state().uid).toBe('6204571207');
    expect(pinduoduoAdapter.readChat(p.document).buyer?.uid).toBe('6204571207');
    expect(() => demo.switchTo('nope')).toThrow(/unknown buyer uid/);
  });

  it('pushed buyer messages appear as buyer rows, markup stays text', () => {
    const { p, demo } = open();
    demo.pushBuyerMessage('<img src=x onerror=alert(1)>能便宜点吗');
    const last = pinduoduoAdapter.readChat(p.document).messages.at(-1);
    expect(last).toMatchObject({ from: 'buyer', text: '<img src=x onerror=alert(1)>能便宜点吗' });
    expect(p.document.querySelector('img[src="x"]')).toBeNull();
  });

  it('inserted text reaches the framework state; the send button sends it as an agent row', () => {
    const { p, demo } = open();
    const box = pinduoduoAdapter.findInput(p.document)!;
    insertText(box, '亲，已经帮您联系快递加急了');
    expect(demo.state().inputState).toBe('亲，已经帮您联系快递加急了');
    (p.document.querySelector(SELECTORS.sendButton) as HTMLElement).click();
    expect(demo.state()).toEqual({ uid: '6204571183', inputState: '', sent: ['亲，已经帮您联系快递加急了'] });
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(pinduoduoAdapter.readChat(p.document).messages.at(-1)).toMatchObject({ from: 'agent', text: '亲，已经帮您联系快递加急了' });
  });

  it('a draft kept per conversation survives switching away and back', () => {
    const { p, demo } = open();
    insertText(pinduoduoAdapter.findInput(p.document)!, '半句话');
    demo.switchTo('6204571236');
    expect(demo.state().inputState).toBe('');
    demo.switchTo('6204571183');
    expect(demo.state().inputState).toBe('半句话');
  });

  it('scripted buyer messages arrive from the queue and stop when paused', async () => {
    const { p, demo } = open(5);
    await new Promise((resolve) => p.window.setTimeout(resolve, 40));
    demo.pauseAutoMessages();
    const texts = pinduoduoAdapter.readChat(p.document).messages.map((m) => m.text);
    expect(texts).toContain('物流怎么三天没动了？');
    const count = texts.length;
    await new Promise((resolve) => p.window.setTimeout(resolve, 40));
    expect(pinduoduoAdapter.readChat(p.document).messages).toHaveLength(count);
  });
});
