import { afterEach, describe, expect, it } from 'vitest';
import { SELECTORS, createGenericAdapter, genericAdapter, trackFocus } from '../../../lib/sites/generic';
import { insertText } from '../../../lib/sites/insert-text';
import { countMatches, frameworkOf, openFixture, type FixturePage } from './fixture-window';

let page: FixturePage | undefined;
const open = (): FixturePage => (page = openFixture('generic', 'normal', 'https://shop.example.com/admin/messages'));
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('generic adapter', () => {
  it('SELECTORS: the editable candidates on the fixture', () => {
    const { document } = open();
    expect(countMatches(document, SELECTORS.editable)).toBe(2); // the textarea and the rich box
  });

  it('nothing focused or selected: everything is missing, nothing throws', () => {
    const { document } = open();
    expect(genericAdapter.readChat(document)).toEqual({
      site: 'generic',
      platform: 'other',
      messages: [],
      missing: ['messages', 'buyer', 'input'],
    });
    expect(genericAdapter.findMessageRoot(document)).toBeNull();
  });

  it('the selected text becomes a buyer message; the last focused editable is the input', () => {
    const p = open();
    const doc = p.document;
    trackFocus(doc);
    (doc.getElementById('reply') as HTMLTextAreaElement).focus();
    (doc.getElementById('plain-button') as HTMLElement).focus(); // focus leaves the box
    doc.getSelection()!.selectAllChildren(doc.getElementById('buyer-line')!);
    const chat = genericAdapter.readChat(doc);
    expect(chat.messages).toEqual([{ from: 'buyer', text: '老板，我买的台灯不亮了，怎么办？' }]);
    expect(chat.missing).toEqual(['buyer']);
    const input = genericAdapter.findInput(doc)!;
    expect(input.id).toBe('reply');
    insertText(input, '亲，麻烦拍个视频给我们看看');
    expect(frameworkOf(p).state.draft).toBe('亲，麻烦拍个视频给我们看看');
  });

  it('focus inside a contenteditable picks its editing host', () => {
    const { document } = open();
    trackFocus(document);
    const paragraph = document.querySelector('#rich p') as HTMLElement;
    paragraph.dispatchEvent(new FocusEvent('focusin', { bubbles: true }) as Event);
    expect(genericAdapter.findInput(document)?.id).toBe('rich');
  });

  it('an input removed from the page is forgotten', () => {
    const { document } = open();
    trackFocus(document);
    const box = document.getElementById('reply') as HTMLTextAreaElement;
    box.focus();
    box.blur();
    box.remove();
    expect(genericAdapter.findInput(document)).toBeNull();
  });

  it('platform-specific generic adapters keep their platform', () => {
    const { document } = open();
    expect(createGenericAdapter('taobao').readChat(document).platform).toBe('taobao');
  });
});
