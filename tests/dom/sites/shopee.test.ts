import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, shopeeAdapter } from '../../../lib/sites/shopee';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, fixtureHooks, frameworkOf, openFixture, type FixturePage } from './fixture-window';

const URL = 'https://seller.shopee.com.my/webchat/conversations';
let page: FixturePage | undefined;
const open = (name: string): FixturePage => (page = openFixture('shopee', name, URL));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('shopee SELECTORS on fixtures', () => {
  it.each([
    ['normal', { chatRoot: 1, messageRoot: 1, input: 1, editableInput: 0 }],
    ['noisy', { chatRoot: 1, messageRoot: 1, input: 2, editableInput: 0 }],
    ['hints', { chatRoot: 1, messageRoot: 1, input: 1, editableInput: 0 }],
  ] as const)('%s page: each selector matches the expected count', (name, expected) => {
    const { document } = open(name);
    const counts = Object.fromEntries(Object.entries(SELECTORS).map(([k, s]) => [k, countMatches(document, s)]));
    expect(counts).toEqual(expected);
  });
});

describe('shopee readChat (structure and alignment, no class names)', () => {
  it('sides from justify-content, times split off', () => {
    const { document } = open('normal');
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
    const { document } = open('noisy');
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
    const { document } = open('noisy');
    expect(shopeeAdapter.findInput(document)?.className).toBe('Tx4');
    expect(shopeeAdapter.findMessageRoot(document)?.id).toBe('messageSection');
  });

  it('without styles, attribute hints place the bubbles', () => {
    const { document } = open('hints');
    expect(shopeeAdapter.readChat(document).messages.map((m) => `${m.from}:${m.text}`)).toEqual([
      'buyer:Do you ship to Penang?',
      'agent:Yes, 2-3 days to Penang.',
      'buyer:Great, ordering now',
    ]);
  });

  it('rows that nothing places are reported as missing messages, not guessed', () => {
    const { document } = open('hints');
    document.querySelectorAll('#messageSection > div').forEach((row) => {
      row.removeAttribute('data-sender');
      row.className = '_m1';
    });
    const chat = shopeeAdapter.readChat(document);
    expect(chat.messages).toEqual([]);
    expect(chat.missing).toEqual(['messages', 'buyer']);
  });

  it('late-rendered list, and a switch to a one-message conversation', async () => {
    const late = open('late');
    expect(shopeeAdapter.readChat(late.document).missing).toContain('messages');
    await late.settle();
    expect(shopeeAdapter.readChat(late.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent', 'buyer']);
    await late.close();

    const p = open('switch');
    // One message: the single-child chain must stop at the row, not descend into the bubble.
    expect(shopeeAdapter.readChat(p.document).messages).toEqual([{ from: 'buyer', text: 'Wrong colour received' }]);
    (p.document.querySelector('.cv[data-id="b"]') as HTMLElement).click();
    expect(shopeeAdapter.readChat(p.document).messages.map((m) => m.from)).toEqual(['buyer', 'agent', 'buyer']);
    fixtureHooks<{ switchTo(id: string): void }>(p).switchTo('a');
    expect(shopeeAdapter.readChat(p.document).messages).toHaveLength(1);
  });

  it('insertText reaches the controlled textarea; the message section gone → messages missing', () => {
    const p = open('normal');
    const box = shopeeAdapter.findInput(p.document) as HTMLTextAreaElement;
    insertText(box, 'Sure, I can offer free shipping for 2 items!');
    frameworkOf(p).render();
    expect(frameworkOf(p).state.draft).toBe('Sure, I can offer free shipping for 2 items!');
    p.document.getElementById('messagesContainer')!.remove();
    expect(shopeeAdapter.readChat(p.document).missing).toEqual(['messages', 'buyer']);
    expect(shopeeAdapter.findInput(p.document)).toBe(box);
  });
});
