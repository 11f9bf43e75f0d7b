import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, jdAdapter, stripNameDecorations } from '../../../lib/sites/jd';
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
    // The live page's structure (2026): header spans, contact rows in two tabs, wrapped rows.
    ['normal', { input: 1, sendButton: 1, nickname: 4, contactRow: 4, contactName: 4, contactPreview: 4, selectedContact: 2, inactivePane: 1, consultingTab: 1, messageRoot: 1, messageRow: 4, buyerRow: 2, agentRow: 1, systemRow: 1, text: 3, time: 3 }],
    ['noisy', { input: 1, sendButton: 1, nickname: 4, contactRow: 5, contactName: 5, contactPreview: 5, selectedContact: 2, inactivePane: 1, consultingTab: 1, messageRoot: 1, messageRow: 7, buyerRow: 3, agentRow: 2, systemRow: 1, text: 4, time: 5 }],
    // Earlier markup, still supported.
    ['earlier/normal', { input: 1, sendButton: 1, nickname: 1, contactRow: 2, contactName: 2, contactPreview: 2, selectedContact: 0, inactivePane: 0, consultingTab: 1, messageRoot: 1, messageRow: 3, buyerRow: 2, agentRow: 1, systemRow: 0, text: 3, time: 3 }],
    ['earlier/noisy', { input: 1, sendButton: 1, nickname: 1, contactRow: 3, contactName: 3, contactPreview: 3, selectedContact: 0, inactivePane: 0, consultingTab: 1, messageRoot: 1, messageRow: 4, buyerRow: 2, agentRow: 2, systemRow: 0, text: 4, time: 4 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(Object.entries(SELECTORS).map(([k, s]) => [k, countMatches(document, s)]));
    expect(counts).toEqual(expected);
  });
});

describe('jd readChat on the live structure', () => {
  it('reads the pin from the selected contact, the header name, messages and times; the divider is skipped', () => {
    const { document } = open('normal');
    expect(jdAdapter.readChat(document)).toEqual({
      site: 'jd',
      platform: 'jd',
      buyer: { uid: 'jd_7f3a2b1c', nickname: 'jd_7f3a2b1c' },
      messages: [
        { from: 'buyer', text: '你好，发票怎么开？', time: '11-18 15:20:11' },
        { from: 'agent', text: '您好，下单后在订单详情里可以申请电子发票哦', time: '11-18 15:21:03' },
        { from: 'buyer', text: '已经下单了，抬头写错了能改吗', time: '11-18 15:22:40' },
      ],
      missing: [],
    });
  });

  it('noisy page: header suffixes stripped, a stale selection in a hidden tab ignored, notices and cards skipped', () => {
    const { document } = open('noisy');
    const chat = jdAdapter.readChat(document);
    expect(chat.buyer).toEqual({ uid: 'jd_4c9e0a', nickname: 'jd_4c9e0a' });
    expect(chat.messages).toEqual([
      { from: 'agent', text: '【智能客服】您好，请问有什么可以帮您？', time: '09:00:02' },
      // The buyer's own line break survives (the text sits in a <pre>); "已读" receipts are not text.
      { from: 'buyer', text: '耳机左边没声音 [难过]\n才用了两天', time: '09:01:10' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)>再不处理我就投诉了💢 https://item.jd.com/100098765432.html', time: '09:01:30' },
      { from: 'agent', text: '非常抱歉，这边马上给您安排换新', time: '09:02:05' },
    ]);
    expect(chat.missing).toEqual([]);
  });

  it('the pin needs its two sources to agree, and the row to name the buyer in the header', () => {
    const p = open('normal');
    const doc = p.document;
    const selected = doc.querySelector('.ulist-wrap .c_tabs-tabpane:not(.c_tabs-tab_inactive) .alluser-item_check')!;
    const hidden = doc.querySelector('.c_tabs-tab_inactive .alluser-item_check')!;

    // Title and element id name different pins: no id, only the header's name.
    for (const row of [selected, hidden]) row.id = 'u_someone_elseimcustomer10086';
    expect(jdAdapter.readChat(doc).buyer).toEqual({ nickname: 'jd_7f3a2b1c' });

    // No title: the element id alone still gives the pin.
    for (const row of [selected, hidden]) {
      row.id = 'u_jd_7f3a2b1cimcustomer10086';
      row.querySelector('.alluser-item-name')!.removeAttribute('title');
    }
    expect(jdAdapter.readChat(doc).buyer).toEqual({ uid: 'jd_7f3a2b1c', nickname: 'jd_7f3a2b1c' });

    // The header already shows another buyer (the list has not caught up): no pin is attached.
    doc.querySelector('.chat-head-name > span')!.textContent = 'happy_lin88 [在线咨询]';
    expect(jdAdapter.readChat(doc).buyer).toEqual({ nickname: 'happy_lin88' });

    // No header name: one visible selection is enough.
    doc.querySelector('.chat-head-name > span')!.textContent = '';
    expect(jdAdapter.readChat(doc).buyer).toEqual({ uid: 'jd_7f3a2b1c', nickname: 'jd_7f3a2b1c' });

    // Nothing selected and no header: the buyer is reported missing.
    for (const row of [selected, hidden]) row.classList.remove('alluser-item_check', 't-item-ck');
    const chat = jdAdapter.readChat(doc);
    expect(chat.buyer).toBeUndefined();
    expect(chat.missing).toEqual(['buyer']);
  });

  it('a chat with a colleague (imwaiter) has no buyer', () => {
    const { document } = open('normal');
    for (const row of Array.from(document.querySelectorAll('.alluser-item_check'))) row.id = 'u_jd_7f3a2b1cimwaiter10086';
    const chat = jdAdapter.readChat(document);
    expect(chat.buyer).toBeUndefined();
    expect(chat.missing).toEqual(['buyer']);
  });

  it('strips what the page appends to names', () => {
    expect(stripNameDecorations('jd_4c9e0a [在线咨询]')).toBe('jd_4c9e0a');
    expect(stripNameDecorations('jd_4c9e0a 转接客户 09:12')).toBe('jd_4c9e0a');
    expect(stripNameDecorations('陈小姐_1990  10:05:33')).toBe('陈小姐_1990');
    expect(stripNameDecorations('jd_4c9e0a转接客户')).toBe('jd_4c9e0a');
    expect(stripNameDecorations('tom 2024')).toBe('tom 2024');
  });

  it('reads the list through .chat-scroll-wrap when the id is gone', () => {
    const { document } = open('normal');
    document.getElementById('t-chat-scroll')!.removeAttribute('id');
    const chat = jdAdapter.readChat(document);
    expect(chat.messages).toHaveLength(3);
    expect(chat.missing).toEqual([]);
  });

  it('history arriving after the header: the buyer first, messages missing until they render', async () => {
    const late = open('late');
    const before = jdAdapter.readChat(late.document);
    expect(before.buyer).toEqual({ uid: 'jd_late_user', nickname: 'jd_late_user' });
    expect(before.messages).toEqual([]);
    await late.settle();
    expect(jdAdapter.readChat(late.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent']);
  });

  it('a conversation switch moves the selection and the header at once, then the history follows', async () => {
    const p = open('switch');
    await p.settle();
    expect(jdAdapter.readChat(p.document).buyer).toEqual({ uid: 'jd_aaa', nickname: 'jd_aaa' });
    (p.document.querySelector('.alluser-item[id^="u_jd_bbb"]') as HTMLElement).click();
    // The selection classes moved in both tabs; the old buyer's messages are gone, not reattributed.
    expect(countMatches(p.document, '.alluser-item_check[id^="u_jd_bbb"]')).toBe(2);
    expect(countMatches(p.document, '.alluser-item_check[id^="u_jd_aaa"]')).toBe(0);
    const during = jdAdapter.readChat(p.document);
    expect(during.buyer).toEqual({ uid: 'jd_bbb', nickname: 'jd_bbb' });
    expect(during.messages).toEqual([]);
    await p.settle();
    const chat = jdAdapter.readChat(p.document);
    expect(chat.messages.map((m) => m.text)).toEqual(['退款什么时候到账', '亲，原路退回1-3个工作日', '好吧']);
    // A display name that is not the pin: the pin stays the id, the name is the nickname.
    (p.document.querySelector('.alluser-item[id^="u_jd_5f1e0b9c2d"]') as HTMLElement).click();
    await p.settle();
    expect(jdAdapter.readChat(p.document)).toMatchObject({ buyer: { uid: 'jd_5f1e0b9c2d', nickname: '陈小姐' }, messages: [{ from: 'buyer', text: '发什么快递' }] });
  });

  it('without the chat scroll: messages missing, the editor still found', () => {
    const { document } = open('normal');
    document.getElementById('t-chat-scroll')!.remove();
    expect(jdAdapter.readChat(document).missing).toEqual(['messages']);
    expect(jdAdapter.findInput(document)?.classList.contains('EditorContent')).toBe(true);
  });
});

describe('jd readChat on earlier markup', () => {
  it('reads nickname, messages and times', () => {
    const { document } = open('earlier/normal');
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
    const { document } = open('earlier/noisy');
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
    const late = open('earlier/late');
    expect(jdAdapter.readChat(late.document).missing).toEqual(['messages']);
    await late.settle();
    expect(jdAdapter.readChat(late.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent']);
    await late.close();

    const p = open('earlier/switch');
    expect(jdAdapter.readChat(p.document).buyer?.nickname).toBe('jd_aaa');
    (p.document.querySelector('[data-pin="jd_bbb"]') as HTMLElement).click();
    const chat = jdAdapter.readChat(p.document);
    expect(chat.buyer?.nickname).toBe('jd_bbb');
    expect(chat.messages.map((m) => m.text)).toEqual(['退款什么时候到账', '亲，原路退回1-3个工作日', '好吧']);
    fixtureHooks<{ switchTo(pin: string): void }>(p).switchTo('jd_aaa');
    expect(jdAdapter.readChat(p.document).messages).toHaveLength(1);
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
