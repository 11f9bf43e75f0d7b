import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, jdAdapter } from '../../../lib/sites/jd';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, fixtureHooks, frameworkOf, openFixture, type FixturePage } from './fixture-window';

const URL = 'https://dongdong.jd.com/im/index.html?ver=2';
let page: FixturePage | undefined;
const open = (name: string): FixturePage => (page = openFixture('jd', name, URL));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('jd SELECTORS on fixtures', () => {
  it.each([
    ['normal', { input: 1, sendButton: 1, nickname: 1, contactRow: 2, contactName: 2, contactPreview: 2, consultingTab: 1, messageRoot: 1, messageRow: 3, buyerRow: 2, agentRow: 1, text: 3, time: 3 }],
    ['noisy', { input: 1, sendButton: 1, nickname: 1, contactRow: 3, contactName: 3, contactPreview: 3, consultingTab: 1, messageRoot: 1, messageRow: 4, buyerRow: 2, agentRow: 2, text: 4, time: 4 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(Object.entries(SELECTORS).map(([k, s]) => [k, countMatches(document, s)]));
    expect(counts).toEqual(expected);
  });
});

describe('jd readChat', () => {
  it('reads nickname, messages and times', () => {
    const { document } = open('normal');
    expect(jdAdapter.readChat(document)).toEqual({
      site: 'jd',
      platform: 'jd',
      buyer: { nickname: 'jd_7f3a2b1c' },
      messages: [
        { from: 'buyer', text: '你好，发票怎么开？', time: '2024-06-18 15:20:11' },
        { from: 'agent', text: '您好，下单后在订单详情里可以申请电子发票哦', time: '2024-06-18 15:21:03' },
        { from: 'buyer', text: '已经下单了，抬头写错了能改吗', time: '2024-06-18 15:22:40' },
      ],
      missing: [],
    });
  });

  it('noisy page: robot replies are agent, paragraphs become lines, markup stays literal', () => {
    const { document } = open('noisy');
    const chat = jdAdapter.readChat(document);
    expect(chat.buyer).toEqual({ nickname: 'jd_4c9e0a' });
    expect(chat.messages.map((m) => [m.from, m.text])).toEqual([
      ['agent', '【智能客服】您好，请问有什么可以帮您？'],
      ['buyer', '耳机左边没声音 [难过]\n才用了两天'],
      ['buyer', '<img src=x onerror=alert(1)>再不处理我就投诉了💢'],
      ['agent', '非常抱歉，这边马上给您安排换新'],
    ]);
    expect(chat.missing).toEqual([]);
  });

  it('late-rendered history and conversation switch', async () => {
    const late = open('late');
    expect(jdAdapter.readChat(late.document).missing).toEqual(['messages']);
    await late.settle();
    expect(jdAdapter.readChat(late.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent']);
    await late.close();

    const p = open('switch');
    expect(jdAdapter.readChat(p.document).buyer?.nickname).toBe('jd_aaa');
    (p.document.querySelector('[data-pin="jd_bbb"]') as HTMLElement).click();
    const chat = jdAdapter.readChat(p.document);
    expect(chat.buyer?.nickname).toBe('jd_bbb');
    expect(chat.messages.map((m) => m.text)).toEqual(['退款什么时候到账', '亲，原路退回1-3个工作日', '好吧']);
    fixtureHooks<{ switchTo(pin: string): void }>(p).switchTo('jd_aaa');
    expect(jdAdapter.readChat(p.document).messages).toHaveLength(1);
  });

  it('without the chat scroll: messages missing, the editor still found', () => {
    const { document } = open('normal');
    document.getElementById('t-chat-scroll')!.remove();
    expect(jdAdapter.readChat(document).missing).toEqual(['messages']);
    expect(jdAdapter.findInput(document)?.className).toBe('EditorContent');
  });
});

describe('jd contenteditable insertion', () => {
  it('fills an empty editor (only a <br>) and the editor model sees it, line breaks included', () => {
    const p = open('noisy');
    const editor = jdAdapter.findInput(p.document)!;
    expect(insertText(editor, '亲，给您换新\n运费我们承担')).toEqual({ ok: true });
    expect(frameworkOf(p).state.draft).toBe('亲，给您换新\n运费我们承担');
    expect(editor.querySelectorAll('br')).toHaveLength(1);
    frameworkOf(p).render();
    expect(editor.textContent).toBe('亲，给您换新运费我们承担');
  });

  it('inserts at the caret without clobbering half-typed text', () => {
    const p = open('normal');
    const editor = jdAdapter.findInput(p.document)!;
    insertText(editor, '您好，请稍等');
    const text = editor.firstChild!;
    const range = p.document.createRange();
    range.setStart(text, 3);
    range.collapse(true);
    p.document.getSelection()!.removeAllRanges();
    p.document.getSelection()!.addRange(range);
    insertText(editor, '我看一下，');
    expect(frameworkOf(p).state.draft).toBe('您好，我看一下，请稍等');
  });

  it('appends when the caret is outside the editor, and never parses markup', () => {
    const p = open('normal');
    const editor = jdAdapter.findInput(p.document)!;
    insertText(editor, '第一句。');
    p.document.getSelection()!.selectAllChildren(p.document.querySelector('.chat-head')!);
    insertText(editor, '<b>第二句</b>');
    expect(frameworkOf(p).state.draft).toBe('第一句。<b>第二句</b>');
    expect(editor.querySelector('b')).toBeNull();
  });

  it('uses editing commands when the browser has them, line by line', () => {
    const p = open('normal');
    const doc = p.document;
    const editor = jdAdapter.findInput(doc)!;
    const calls: string[] = [];
    // A stand-in for the browser's execCommand: inserts at the selection like Chrome does.
    (doc as unknown as { execCommand: (cmd: string, ui?: boolean, value?: string) => boolean }).execCommand = (cmd, _ui, value) => {
      calls.push(value === undefined ? cmd : `${cmd}:${value}`);
      const range = doc.getSelection()!.getRangeAt(0);
      range.deleteContents();
      const node = cmd === 'insertLineBreak' ? doc.createElement('br') : doc.createTextNode(value ?? '');
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      editor.dispatchEvent(new p.window.Event('input', { bubbles: true }) as unknown as Event);
      return true;
    };
    insertText(editor, '第一行\n第二行');
    expect(calls).toEqual(['insertText:第一行', 'insertLineBreak', 'insertText:第二行']);
    expect(frameworkOf(p).state.draft).toBe('第一行\n第二行');
  });

  it('falls back to a range insert when a command reports success but changes nothing', () => {
    const p = open('normal');
    const editor = jdAdapter.findInput(p.document)!;
    (p.document as unknown as { execCommand: () => boolean }).execCommand = () => true;
    insertText(editor, '好的');
    expect(frameworkOf(p).state.draft).toBe('好的');
  });

  it('refuses detached and non-editable targets', () => {
    const p = open('normal');
    const detached = p.document.createElement('textarea');
    expect(insertText(detached as HTMLElement, 'x')).toEqual({ ok: false, reason: 'detached' });
    expect(insertText(p.document.querySelector('.chat-head') as HTMLElement, 'x')).toEqual({ ok: false, reason: 'not_editable' });
  });
});
