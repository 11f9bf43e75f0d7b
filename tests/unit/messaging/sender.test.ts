import { describe, expect, it } from 'vitest';
import { PROTOCOL, type SenderKind } from '../../../lib/messaging/protocol';
import { classifySender, isAllowedSender } from '../../../lib/messaging/sender';
import { BASE, CTX, EXTENSION_ID, SENDERS, TAB } from './senders';

describe('classifySender', () => {
  it.each<[keyof typeof SENDERS, SenderKind]>([
    ['background', 'background'],
    ['firefoxBackground', 'background'],
    ['popup', 'extension-page'],
    ['options', 'extension-page'],
    ['sidebarInTab', 'sidebar-frame'],
    ['contentScript', 'content-script'],
  ])('%s is %s', (name, kind) => {
    expect(classifySender(SENDERS[name], CTX)).toBe(kind);
  });

  it('the sidebar page opened on its own (no tab) is an ordinary extension page', () => {
    expect(classifySender({ id: EXTENSION_ID, url: `${BASE}sidebar.html` }, CTX)).toBe('extension-page');
  });

  it.each<keyof typeof SENDERS>([
    'otherExtension',
    'otherExtensionOurUrl',
    'webPage',
    'contentScriptOnOtherPage',
    'contentScriptWithoutTab',
    'noUrl',
  ])('%s is not recognised', (name) => {
    expect(classifySender(SENDERS[name], CTX)).toBeUndefined();
  });

  it('a look-alike host does not pass for the extension', () => {
    const spoof = { id: EXTENSION_ID, url: `https://${EXTENSION_ID}.example/sidebar.html`, tab: TAB };
    expect(classifySender(spoof, CTX)).toBeUndefined();
  });
});

describe('isAllowedSender', () => {
  const from = (type: keyof typeof PROTOCOL) => PROTOCOL[type].from;

  it('accepts the senders each message lists', () => {
    expect(isAllowedSender(SENDERS.sidebarInTab, from('bg:archive'), CTX)).toEqual({ ok: true, kind: 'sidebar-frame' });
    expect(isAllowedSender(SENDERS.popup, from('content:getChat'), CTX)).toEqual({ ok: true, kind: 'extension-page' });
    expect(isAllowedSender(SENDERS.background, from('content:toggleSidebar'), CTX)).toEqual({ ok: true, kind: 'background' });
    expect(isAllowedSender(SENDERS.contentScript, from('bg:shortcuts'), CTX)).toEqual({ ok: true, kind: 'content-script' });
  });

  it('rejects another extension, naming its id', () => {
    const result = isAllowedSender(SENDERS.otherExtension, from('bg:tasksChanged'), CTX);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('zzzzzzzz') });
  });

  it('rejects a web page, naming its URL', () => {
    const result = isAllowedSender(SENDERS.webPage, from('bg:tasksChanged'), CTX);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('https://evil.example/') });
  });

  it('rejects a content script on a page that is not a seller page', () => {
    expect(isAllowedSender(SENDERS.contentScriptOnOtherPage, from('bg:shortcuts'), CTX).ok).toBe(false);
  });

  it('rejects a sidebar-only message from the popup', () => {
    expect(from('bg:whichTab')).toEqual(['sidebar-frame']);
    const result = isAllowedSender(SENDERS.popup, from('bg:whichTab'), CTX);
    expect(result).toEqual({ ok: false, reason: 'sender kind extension-page may not send this message' });
  });

  it('lets the sidebar and the popup (its writes) run archive operations, and nothing else', () => {
    expect(isAllowedSender(SENDERS.popup, from('bg:archive'), CTX)).toEqual({ ok: true, kind: 'extension-page' });
    expect(isAllowedSender(SENDERS.sidebarInTab, from('bg:archive'), CTX)).toEqual({ ok: true, kind: 'sidebar-frame' });
    for (const sender of [SENDERS.contentScript, SENDERS.webPage, SENDERS.otherExtension]) expect(isAllowedSender(sender, from('bg:archive'), CTX).ok).toBe(false);
  });

  it('rejects a background-only message from a page', () => {
    expect(from('content:toggleSidebar')).toEqual(['background']);
    for (const sender of [SENDERS.popup, SENDERS.sidebarInTab, SENDERS.contentScript]) {
      expect(isAllowedSender(sender, from('content:toggleSidebar'), CTX).ok).toBe(false);
    }
  });

  it('rejects a content script sending what only extension pages may send', () => {
    expect(isAllowedSender(SENDERS.contentScript, from('bg:archive'), CTX).ok).toBe(false);
    expect(isAllowedSender(SENDERS.contentScript, from('content:insertText'), CTX).ok).toBe(false);
  });
});

describe('the sidebar framed outside a seller page', () => {
  it('is not recognised, so it gets no tab, no chat and no archive data', () => {
    const framedByStranger = { id: EXTENSION_ID, url: `${BASE}sidebar.html`, tab: { id: 9, url: 'https://evil.example/' }, frameId: 4 };
    expect(classifySender(framedByStranger, CTX)).toBeUndefined();
    expect(isAllowedSender(framedByStranger, PROTOCOL['bg:whichTab'].from, CTX).ok).toBe(false);
    expect(isAllowedSender(framedByStranger, PROTOCOL['bg:archive'].from, CTX).ok).toBe(false);
    expect(classifySender({ ...framedByStranger, tab: { id: 9 } }, CTX)).toBeUndefined();
  });
});

describe('a content script in an about:blank or srcdoc frame (a rich editor)', () => {
  it('counts by the origin it inherited from the seller page, never by the blank URL alone', () => {
    const inFrame = (url: string, origin?: string) => ({ id: EXTENSION_ID, url, origin, tab: TAB, frameId: 4 });
    expect(classifySender(inFrame('about:blank', 'https://mms.pinduoduo.com'), CTX)).toBe('content-script');
    expect(classifySender(inFrame('about:srcdoc', 'https://mms.pinduoduo.com'), CTX)).toBe('content-script');
    expect(classifySender(inFrame('about:blank', 'https://evil.example'), CTX)).toBeUndefined();
    expect(classifySender(inFrame('about:blank', 'null'), CTX)).toBeUndefined();
    expect(classifySender(inFrame('about:blank'), CTX)).toBeUndefined();
    expect(classifySender({ ...inFrame('about:blank', 'https://mms.pinduoduo.com'), id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }, CTX)).toBeUndefined();
  });
});
