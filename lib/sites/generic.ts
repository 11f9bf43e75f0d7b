/**
 * Any page the user enabled, and marketplaces without known chat markup (Taobao/Qianniu web).
 * There is no message list to read: the buyer's words are whatever the seller selected, and
 * the chat box is the last textarea or contenteditable the seller focused.
 */
import { SITE_MATCHES } from './match-patterns';
import { missingParts } from './dom-read';
import { urlMatchesAny } from './url-match';
import type { ChatMessage, ChatSnapshot, Platform, SiteAdapter } from './types';

export const SELECTORS = {
  editable: 'textarea, input[type="text"], input:not([type]), [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
} as const;

/** Longest selection taken as a pseudo message: a whole selected page is not a buyer's line. */
const MAX_SELECTION_CHARS = 2000;

const lastFocused = new WeakMap<Document, HTMLElement>();
const tracked = new WeakSet<Document>();

function editableFrom(target: EventTarget | null): HTMLElement | null {
  if (!target) return null;
  // Older rich editors (KindEditor, UEditor…) are a whole document in design mode, inside an
  // about:blank or srcdoc frame: its body is the editor.
  const doc = (target as Node).ownerDocument ?? (target as Document);
  if (doc?.designMode === 'on' && doc.body) return doc.body;
  if (typeof (target as Element).closest !== 'function') return null;
  const el = (target as Element).closest(SELECTORS.editable) as HTMLElement | null;
  if (!el) return null;
  if (el.isContentEditable && el.parentElement?.isContentEditable) {
    // The editing host, not an inner paragraph of it.
    let host: HTMLElement = el;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  return el;
}

/**
 * Starts remembering the last focused editable of `doc`. The content script calls this as early
 * as possible (focus that happened before is only seen through `activeElement`); the listener
 * is removed when `signal` aborts.
 */
export function trackFocus(doc: Document, signal?: AbortSignal): void {
  if (tracked.has(doc)) return;
  tracked.add(doc);
  const onFocusIn = (event: Event): void => {
    const el = editableFrom(event.target);
    if (el) lastFocused.set(doc, el);
  };
  doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
  signal?.addEventListener('abort', () => tracked.delete(doc), { once: true });
}

/** Whether an event happened in (an element inside) a text box or rich editor. */
export function isEditableTarget(target: EventTarget | null): boolean {
  return editableFrom(target) !== null;
}

/** The chat box the generic adapter inserts into: the focused editor, else the last focused one. */
export function findGenericInput(doc: Document): HTMLElement | null {
  return findInput(doc);
}

function findInput(doc: Document): HTMLElement | null {
  trackFocus(doc);
  const active = editableFrom(doc.activeElement);
  if (active) return active;
  const remembered = lastFocused.get(doc);
  return remembered?.isConnected ? remembered : null;
}

/**
 * The last text the seller selected stays the "buyer message" until they select another:
 * clicking into the reply box to answer it collapses the selection, and the sidebar must
 * not lose what it was answering at that moment.
 */
const lastSelection = new WeakMap<Document, string>();

/** What is selected in `doc` right now (not the remembered selection), trimmed and bounded. */
export function currentSelection(doc: Document): string {
  try {
    return (doc.getSelection()?.toString() ?? '').replace(/\r\n?/g, '\n').trim().slice(0, MAX_SELECTION_CHARS);
  } catch {
    return '';
  }
}

function selectedText(doc: Document): string {
  const text = currentSelection(doc);
  if (text) lastSelection.set(doc, text);
  return text || (lastSelection.get(doc) ?? '');
}

function readChat(doc: Document, platform: Platform): ChatSnapshot {
  let messages: ChatMessage[] = [];
  let input: HTMLElement | null = null;
  try {
    const selection = selectedText(doc);
    messages = selection ? [{ from: 'buyer', text: selection }] : [];
    input = findInput(doc);
  } catch {
    // A page without selection APIs simply has nothing to offer.
  }
  return {
    site: 'generic',
    platform,
    messages,
    missing: missingParts({ messages: messages.length > 0, buyer: false, input: input !== null }),
  };
}

export function createGenericAdapter(platform: Platform = 'other', matches: readonly string[] = []): SiteAdapter {
  return {
    id: 'generic',
    platform,
    matches,
    findInput,
    findMessageRoot: () => null,
    readChat: (doc) => readChat(doc, platform),
  };
}

/** Pages the user enabled by hand. */
export const genericAdapter: SiteAdapter = createGenericAdapter();

/** Qianniu's web workbench: known to be a seller page, with no stable chat markup yet. */
export const taobaoAdapter: SiteAdapter = createGenericAdapter('taobao', SITE_MATCHES.taobao);

/** 1688's web IM: a contenteditable editor inside a frame, no stable public selectors. */
export const alibaba1688Adapter: SiteAdapter = createGenericAdapter('1688', SITE_MATCHES['1688']);

/**
 * The generic-family adapter for a page the generic content script runs on: Qianniu and 1688
 * by their built-in patterns, any other page (a site the user added) the plain one. The
 * marketplaces with their own adapters have their own content scripts (entrypoints/*.content).
 */
export function genericAdapterForUrl(url: string): SiteAdapter {
  return [taobaoAdapter, alibaba1688Adapter].find((adapter) => urlMatchesAny(adapter.matches, url)) ?? genericAdapter;
}
