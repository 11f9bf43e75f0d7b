import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, inReadingOrder, rowPosition, shopeeAdapter } from '../../../lib/sites/shopee';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, fixtureHooks, frameworkOf, openFixture, type FixturePage } from './fixture-window';

const URL = 'https://banhang.shopee.vn/webchat/conversations';
let page: FixturePage | undefined;
const open = (name: string): FixturePage => (page = openFixture('shopee', name, URL));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('shopee SELECTORS on fixtures', () => {
  it.each([
    // Today's page (2026): virtualised lists (messages and conversations), generated classes.
    ['normal', { chatRoot: 1, messageRoot: 1, messagesContainer: 1, virtualRows: 2, bubble: 3, readStatus: 2, conversationList: 1, conversationName: 6, headerMenu: 1, input: 1, editableInput: 0 }],
    ['noisy', { chatRoot: 1, messageRoot: 1, messagesContainer: 1, virtualRows: 2, bubble: 4, readStatus: 1, conversationList: 1, conversationName: 9, headerMenu: 1, input: 1, editableInput: 0 }],
    // Earlier markup, still supported.
    ['earlier/normal', { chatRoot: 1, messageRoot: 1, messagesContainer: 1, virtualRows: 0, bubble: 0, readStatus: 0, conversationList: 0, conversationName: 0, headerMenu: 0, input: 1, editableInput: 0 }],
    ['earlier/noisy', { chatRoot: 1, messageRoot: 1, messagesContainer: 1, virtualRows: 0, bubble: 0, readStatus: 0, conversationList: 0, conversationName: 0, headerMenu: 0, input: 2, editableInput: 0 }],
    ['earlier/hints', { chatRoot: 1, messageRoot: 1, messagesContainer: 1, virtualRows: 0, bubble: 0, readStatus: 0, conversationList: 0, conversationName: 0, headerMenu: 0, input: 1, editableInput: 0 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(Object.entries(SELECTORS).map(([k, s]) => [k, countMatches(document, s)]));
    expect(counts).toEqual(expected);
  });
});

const rowTexts = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll('#messageSection [role="rowgroup"] > * pre')).map((pre) => pre.textContent!.replace(/\d{1,2}:\d{2}$/, ''));

describe('shopee readChat on the virtualised page', () => {
  it('reads rows in order of position, not DOM order; cards and notices skipped; the buyer from the header', () => {
    const { document } = open('normal');
    // The fixture's DOM order really differs from the reading order.
    expect(rowTexts(document)).toEqual(['Can you give me a discount?', 'Hi, is this dress available in size M?', 'Hello! Yes, size M is in stock 😊']);
    expect(shopeeAdapter.readChat(document)).toEqual({
      site: 'shopee',
      platform: 'shopee',
      buyer: { nickname: 'linda.shop.buyer' },
      messages: [
        { from: 'buyer', text: 'Hi, is this dress available in size M?', time: '10:15' },
        { from: 'agent', text: 'Hello! Yes, size M is in stock 😊', time: '10:16' },
        { from: 'buyer', text: 'Can you give me a discount?', time: '10:19' },
      ],
      missing: [],
    });
  });

  it('noisy page (banhang.shopee.vn, a later build): translateY rows, other hashes, Chat-AI, product and order cards', () => {
    const { document } = open('noisy');
    const chat = shopeeAdapter.readChat(document);
    expect(chat.buyer).toEqual({ nickname: 'homhinhheo' });
    expect(chat.messages).toEqual([
      { from: 'buyer', text: 'Hàng bị móp hết rồi 😢\nHộp thì rách', time: '09:52' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)> xem ở đây https://shopee.vn/product/1/2', time: '09:54' },
      { from: 'agent', text: 'Dạ shop xin lỗi bạn, shop gửi lại hàng mới cho bạn nhé', time: '10:06' },
      { from: 'buyer', text: 'Cám ơn ah', time: '10:07' },
    ]);
    expect(chat.missing).toEqual([]);
  });

  it('the read receipt is what marks the seller: moving it moves the side', () => {
    const { document } = open('normal');
    const receipt = document.querySelector('pre .ChatbotUI-messagereadstatus-root')!;
    const buyerRow = Array.from(document.querySelectorAll('#messageSection pre')).find((pre) => pre.textContent!.startsWith('Can you'))!;
    buyerRow.querySelector('div > div')!.append(receipt);
    expect(shopeeAdapter.readChat(document).messages.map((m) => m.from)).toEqual(['buyer', 'buyer', 'agent']);
  });

  it('a bubble drawn on the right is the seller\'s even before its receipt shows; without layout nothing is inferred', () => {
    const { document } = open('normal');
    const group = document.querySelector('#messageSection [role="rowgroup"]')!;
    const last = Array.from(document.querySelectorAll('#messageSection pre')).find((pre) => pre.textContent!.startsWith('Can you'))!;
    const box = (left: number, width: number) => ({ left, right: left + width, width, top: 0, bottom: 20, height: 20, x: left, y: 0, toJSON: () => ({}) }) as DOMRect;
    group.getBoundingClientRect = () => box(0, 400);
    // No layout for the bubble yet: it stays the buyer's.
    expect(shopeeAdapter.readChat(document).messages.at(-1)?.from).toBe('buyer');
    last.getBoundingClientRect = () => box(180, 200); // 180 px free on the left, 20 on the right
    expect(shopeeAdapter.readChat(document).messages.at(-1)?.from).toBe('agent');
    last.getBoundingClientRect = () => box(16, 200);
    expect(shopeeAdapter.readChat(document).messages.at(-1)?.from).toBe('buyer');
  });

  it('the buyer: header first, else the selected conversation (its unique state class or aria-selected)', () => {
    const { document } = open('normal');
    const header = document.querySelector('.shopee-react-dropdown')!;
    header.remove();
    expect(shopeeAdapter.readChat(document).buyer).toEqual({ nickname: 'linda.shop.buyer' });

    // The selection moves: the row with the state class nobody else has is the open one.
    const [first, second] = Array.from(document.querySelectorAll('#infinite-list [role="rowgroup"] > [class]')).filter((r) => r.querySelector('[title]'));
    const selectedClass = Array.from(first!.classList).find((c) => !second!.classList.contains(c))!;
    first!.classList.remove(selectedClass);
    second!.classList.add(selectedClass);
    expect(shopeeAdapter.readChat(document).buyer).toEqual({ nickname: 'ken.tan' });

    // Both rows look alike: nothing is guessed, the buyer is reported missing.
    first!.classList.add(selectedClass);
    const chat = shopeeAdapter.readChat(document);
    expect(chat.buyer).toBeUndefined();
    expect(chat.missing).toEqual(['buyer']);

    second!.setAttribute('aria-selected', 'true');
    expect(shopeeAdapter.readChat(document).buyer).toEqual({ nickname: 'ken.tan' });
  });

  it('the header wins over a selection that has not caught up; menus inside messages are not the header', () => {
    const { document } = open('normal');
    const bubbleMenu = document.createElement('div');
    bubbleMenu.className = 'shopee-react-dropdown';
    bubbleMenu.textContent = 'Reply';
    document.querySelector('#messageSection pre')!.after(bubbleMenu);
    document.querySelector('.shopee-react-dropdown div div')!.textContent = 'ken.tan';
    expect(shopeeAdapter.readChat(document).buyer).toEqual({ nickname: 'ken.tan' });
  });

  it('rows with text that no bubble holds: messages reported missing, not guessed', () => {
    const { document } = open('normal');
    document.querySelectorAll('#messageSection pre').forEach((pre) => {
      const div = document.createElement('div');
      div.append(...Array.from(pre.childNodes));
      pre.replaceWith(div);
    });
    const chat = shopeeAdapter.readChat(document);
    expect(chat.messages).toEqual([]);
    expect(chat.missing).toEqual(['messages']);
  });

  it('history arriving after the header: buyer first, then the rows', async () => {
    const late = open('late');
    const before = shopeeAdapter.readChat(late.document);
    expect(before.buyer).toEqual({ nickname: 'aisyah_92' });
    expect(before.messages).toEqual([]);
    await late.settle();
    expect(shopeeAdapter.readChat(late.document).messages.map((m) => `${m.from}:${m.text}`)).toEqual([
      'buyer:hello? is the blender still on sale',
      'agent:Yes, until Sunday!',
      'buyer:ok buying 2',
    ]);
  });

  it('a conversation switch moves the selection and header at once; a new row lands first in the DOM, last by position', async () => {
    const p = open('switch');
    await p.settle();
    expect(shopeeAdapter.readChat(p.document)).toMatchObject({ buyer: { nickname: 'aisyah_92' }, messages: [{ from: 'buyer', text: 'Wrong colour received' }] });
    (p.document.querySelector('#infinite-list [title="ken.tan"]') as HTMLElement).click();
    const during = shopeeAdapter.readChat(p.document);
    expect(during.buyer).toEqual({ nickname: 'ken.tan' });
    expect(during.messages).toEqual([]);
    await p.settle();
    expect(shopeeAdapter.readChat(p.document).messages.map((m) => `${m.from}:${m.text}`)).toEqual([
      'buyer:Can I return this?',
      'agent:Sure, please submit a return request',
      'buyer:done',
    ]);
    fixtureHooks<{ pushBuyerMessage(text: string): void }>(p).pushBuyerMessage('also the box was wet');
    expect(rowTexts(p.document)[0]).toBe('also the box was wet');
    expect(shopeeAdapter.readChat(p.document).messages.at(-1)).toEqual({ from: 'buyer', text: 'also the box was wet', time: '12:03' });
    // Without the header, the moved selection still names the buyer.
    p.document.querySelector('.shopee-react-dropdown')!.remove();
    expect(shopeeAdapter.readChat(p.document).buyer).toEqual({ nickname: 'ken.tan' });
  });

  it('the Vietnamese page of a later build (other generated names) switches the same way', async () => {
    const p = open('switch-vn');
    await p.settle();
    expect(shopeeAdapter.readChat(p.document)).toMatchObject({
      buyer: { nickname: 'homhinhheo' },
      messages: [
        { from: 'buyer', text: 'Mình muốn huỷ đơn này' },
        { from: 'agent', text: 'Dạ shop huỷ giúp bạn nhé' },
        { from: 'buyer', text: 'Cám ơn ah' },
      ],
      missing: [],
    });
    (p.document.querySelector('#infinite-list [title="mai.nguyen"]') as HTMLElement).click();
    await p.settle();
    expect(shopeeAdapter.readChat(p.document)).toMatchObject({ buyer: { nickname: 'mai.nguyen' }, messages: [{ text: 'Shop ơi còn size L không' }, { from: 'agent' }, { text: 'ok shop' }] });
  });

  it('the compose box is the chat root textarea, not the search input; insertion reaches the page state', () => {
    const p = open('normal');
    const box = shopeeAdapter.findInput(p.document) as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.placeholder).toBe('Type a message here');
    let changes = 0;
    box.addEventListener('change', () => (changes += 1));
    insertText(box, 'Sure, I can offer free shipping for 2 items!');
    frameworkOf(p).render();
    expect(frameworkOf(p).state.draft).toBe('Sure, I can offer free shipping for 2 items!');
    expect(changes).toBe(1);
    expect(fixtureHooks<{ sent(): string[] }>(p).sent()).toEqual([]);
  });
});

describe('shopee row positions', () => {
  const row = (style: string): Element => {
    const el = document.createElement('div');
    el.setAttribute('style', style);
    return el;
  };
  it('reads top, translateY, translate3d, translate(x, y) and their sum', () => {
    expect(rowPosition(row('position: absolute; top: 438px'))).toBe(438);
    expect(rowPosition(row('top: 0px; transform: translateY(520px)'))).toBe(520);
    expect(rowPosition(row('transform: translate3d(0px, 64.5px, 0px)'))).toBe(64.5);
    expect(rowPosition(row('transform: translate(0px, 128px)'))).toBe(128);
    expect(rowPosition(row('top: 10px; transform: translateY(5px)'))).toBe(15);
    expect(rowPosition(row('display: flex'))).toBeUndefined();
  });

  it('orders by position, keeps DOM order without positions, puts unplaceable rows last', () => {
    const a = row('top: 64px');
    const b = row('top: 0px');
    const c = row('');
    const d = row('top: 64px');
    expect(inReadingOrder([a, b, c, d])).toEqual([b, a, d, c]);
    expect(inReadingOrder([c, row(''), c])).toEqual([c, expect.anything(), c]);
  });
});

describe('shopee readChat on earlier markup (structure and alignment, no class names)', () => {
  it('sides from justify-content, times split off', () => {
    const { document } = open('earlier/normal');
    expect(shopeeAdapter.readChat(document)).toEqual({
      site: 'shopee',
      platform: 'shopee',
      messages: [
        { from: 'buyer', text: 'Hi, is this dress available in size M?', time: '10:15' },
        { from: 'agent', text: 'Hello! Yes, size M is in stock 😊', time: '10:16' },
        { from: 'buyer', text: 'Can you give me a discount?', time: '10:17' },
      ],
      missing: ['buyer'],
    });
  });

  it('noisy page: row-reverse marks the seller, centred dates and notices are skipped, markup is literal', () => {
    const { document } = open('earlier/noisy');
    const chat = shopeeAdapter.readChat(document);
    expect(chat.messages).toEqual([
      { from: 'buyer', text: "My parcel still hasn't arrived 😢", time: '09:01' },
      { from: 'buyer', text: '<img src=x onerror=alert(1)> tracking says delivered', time: '09:02' },
      { from: 'agent', text: 'Sorry to hear that! Let me check with the courier.', time: '09:05' },
      { from: 'buyer', text: 'ok thanks\nplease hurry', time: '09:07' },
    ]);
    expect(chat.missing).toEqual(['buyer']);
  });

  it('the input is the last textarea of the chat root (not the search box)', () => {
    const { document } = open('earlier/noisy');
    expect(shopeeAdapter.findInput(document)?.className).toBe('Tx4');
    expect(shopeeAdapter.findMessageRoot(document)?.id).toBe('messageSection');
  });

  it('without styles, attribute hints place the bubbles', () => {
    const { document } = open('earlier/hints');
    expect(shopeeAdapter.readChat(document).messages.map((m) => `${m.from}:${m.text}`)).toEqual([
      'buyer:Do you ship to Penang?',
      'agent:Yes, 2-3 days to Penang.',
      'buyer:Great, ordering now',
    ]);
  });

  it('rows that nothing places are reported as missing messages, not guessed', () => {
    const { document } = open('earlier/hints');
    document.querySelectorAll('#messageSection > div').forEach((row) => {
      row.removeAttribute('data-sender');
      row.className = '_m1';
    });
    const chat = shopeeAdapter.readChat(document);
    expect(chat.messages).toEqual([]);
    expect(chat.missing).toEqual(['messages', 'buyer']);
  });

  it('late-rendered list, and a switch to a one-message conversation', async () => {
    const late = open('earlier/late');
    expect(shopeeAdapter.readChat(late.document).missing).toContain('messages');
    await late.settle();
    expect(shopeeAdapter.readChat(late.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent', 'buyer']);
    await late.close();

    const p = open('earlier/switch');
    // One message: the single-child chain must stop at the row, not descend into the bubble.
    expect(shopeeAdapter.readChat(p.document).messages).toEqual([{ from: 'buyer', text: 'Wrong colour received' }]);
    (p.document.querySelector('.cv[data-id="b"]') as HTMLElement).click();
    expect(shopeeAdapter.readChat(p.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent', 'buyer']);
    fixtureHooks<{ switchTo(id: string): void }>(p).switchTo('a');
    expect(shopeeAdapter.readChat(p.document).messages).toHaveLength(1);
  });

  it('insertText reaches the controlled textarea; the message section gone → messages missing', () => {
    const p = open('earlier/normal');
    const box = shopeeAdapter.findInput(p.document) as HTMLTextAreaElement;
    insertText(box, 'Sure, I can offer free shipping for 2 items!');
    frameworkOf(p).render();
    expect(frameworkOf(p).state.draft).toBe('Sure, I can offer free shipping for 2 items!');
    p.document.getElementById('messagesContainer')!.remove();
    expect(shopeeAdapter.readChat(p.document).missing).toEqual(['messages', 'buyer']);
    expect(shopeeAdapter.findInput(p.document)).toBe(box);
  });
});
