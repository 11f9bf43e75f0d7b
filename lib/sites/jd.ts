/**
 * JD 咚咚 (dongdong.jd.com). The input is a contenteditable editor, so insertion goes through
 * editing commands (see insert-text.ts).
 *
 * The buyer's JD account (the pin) is on the page: the selected contact row carries it as the
 * name's `title` and in its element id (`u_<pin>imcustomer<venderId>`). Both are read and must
 * agree, and the row must agree with the open chat's header, before the pin is used as the
 * buyer's id; otherwise only the header's name is reported (a nickname, not an id).
 * Messages: `.message` wrappers whose direction node is `.message_left` (buyer),
 * `.message_right` (agent) or `.message_center` (dividers); system notices have none of these.
 */
import { SITE_MATCHES } from './match-patterns';
import { hasMatch, listReadable, readLastMessages, missingParts, nonEmpty, queryAll, queryOne, readText, safeRead } from './dom-read';
import type { ChatMessage, ChatSnapshot, SiteAdapter } from './types';

export const SELECTORS = {
  input: '.EditorContent[contenteditable=true]',
  sendButton: '.SendButtonGroup > .send-button',
  /** The first span is the name; later spans hold the consult type ("[在线咨询]") and state. */
  nickname: '.chat-head-name > span',
  contactRow: '.alluser-item',
  contactName: '.alluser-item-name',
  contactPreview: '.alluser-item-breifdesc',
  /** The open conversation's contact row (the same buyer may be selected in a hidden tab too). */
  selectedContact: '.alluser-item_check, .t-item-ck',
  /** A tab pane that is not shown; its rows stay in the DOM. */
  inactivePane: '.c_tabs-tab_inactive',
  consultingTab: '.c_tabs-tab[title="正在咨询"]',
  messageRoot: '#t-chat-scroll, .chat-scroll-wrap',
  messageRow: '#t-chat-scroll .message, .chat-scroll-wrap .message',
  buyerRow: '.message_left',
  agentRow: '.message_right',
  systemRow: '.message_center',
  text: '.message__content',
  time: '.message__time_str',
} as const;

/**
 * `u_<pin>imcustomer<venderId>` for a buyer; `imwaiter` marks a colleague (an internal chat),
 * who is nobody's customer. The pin may itself contain letters, digits, `_` and `-`.
 */
const CONTACT_ID = /^u_(.+?)(imcustomer|imwaiter)([^:]+)$/i;

function findInput(doc: Document): HTMLElement | null {
  return queryOne(doc, SELECTORS.input) as HTMLElement | null;
}

function findMessageRoot(doc: Document): Element | null {
  return queryOne(doc, SELECTORS.messageRoot);
}

/**
 * The message text. On the live page it is `pre.message__text > span.message__content`, with
 * the read receipt ("已读") beside the content inside the `pre`: read the `pre` so the buyer's
 * own line breaks survive, leaving out everything in it that is not the content.
 */
function messageText(row: Element): string {
  const content = queryOne(row, SELECTORS.text);
  if (!content) return '';
  const pre = content.parentElement?.tagName === 'PRE' ? content.parentElement : null;
  if (pre) return readText(pre, `${SELECTORS.time}, pre > :not(${SELECTORS.text})`);
  return readText(content, SELECTORS.time);
}

function readRow(row: Element): ChatMessage | null {
  if (hasMatch(row, SELECTORS.systemRow)) return null; // "以上为历史消息" dividers
  const from = hasMatch(row, SELECTORS.agentRow) ? 'agent' : hasMatch(row, SELECTORS.buyerRow) ? 'buyer' : null;
  if (!from) return null; // system notices (.message__system_wrap) are neither side
  const text = messageText(row);
  if (!text) return null; // product cards, images
  const time = nonEmpty(readText(queryOne(row, SELECTORS.time)));
  return time ? { from, text, time } : { from, text };
}

/** Removes what the header and contact rows append to a name: "[在线咨询]", "转接客户", a time. */
export function stripNameDecorations(raw: string): string {
  return raw
    .replace(/\s*\[[^\]]*\].*$/, '')
    .replace(/\s*转接客户.*$/, '')
    .replace(/\s+\d{1,2}:\d{2}(?::\d{2})?.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface SelectedContact {
  pin?: string;
  name?: string;
  hidden: boolean;
  colleague: boolean;
}

function readContact(row: Element): SelectedContact {
  const nameEl = queryOne(row, SELECTORS.contactName);
  const titlePin = nonEmpty(nameEl?.getAttribute('title'));
  const idMatch = CONTACT_ID.exec(row.closest('[id^="u_"]')?.id ?? '');
  const idPin = nonEmpty(idMatch?.[1]);
  // Two sources for one fact: when they disagree the row is mid-render or not what we think.
  const pin = titlePin && idPin && titlePin !== idPin ? undefined : (titlePin ?? idPin);
  const name = nonEmpty(stripNameDecorations(readText(nameEl)));
  return {
    ...(pin ? { pin } : {}),
    ...(name ? { name } : {}),
    hidden: row.closest(SELECTORS.inactivePane) !== null,
    colleague: idMatch?.[2]?.toLowerCase() === 'imwaiter',
  };
}

function sameBuyer(contact: SelectedContact, headerName: string): boolean {
  return contact.name === headerName || contact.pin === headerName;
}

function readBuyer(doc: Document): ChatSnapshot['buyer'] {
  const headerName = nonEmpty(stripNameDecorations(readText(queryOne(doc, SELECTORS.nickname))));
  const contacts = queryAll(doc, SELECTORS.selectedContact).map(readContact);
  const withPin = contacts.filter((c) => c.pin);
  let chosen: SelectedContact | undefined;
  if (headerName) {
    // The header names the open chat; the pin must come from a selected row naming the same buyer.
    chosen = withPin.find((c) => !c.hidden && sameBuyer(c, headerName)) ?? withPin.find((c) => sameBuyer(c, headerName));
  } else {
    const pins = new Set(withPin.filter((c) => !c.hidden).map((c) => c.pin));
    if (pins.size === 1) chosen = withPin.find((c) => !c.hidden);
  }
  // A chat with a colleague has no buyer: no card, no customer facts.
  if (chosen?.colleague) return undefined;
  const uid = chosen?.pin;
  const nickname = headerName ?? chosen?.name ?? (contacts.length === 1 ? contacts[0]?.name : undefined);
  if (!uid && !nickname) return undefined;
  return { ...(uid ? { uid } : {}), ...(nickname ? { nickname } : {}) };
}

function readChat(doc: Document): ChatSnapshot {
  const root = findMessageRoot(doc);
  // `.message` may also match nested parts in some builds; keep only the outermost rows.
  const rows = queryAll(doc, SELECTORS.messageRow).filter((row) => !row.parentElement?.closest('.message'));
  const messages = readLastMessages(rows, readRow);
  const buyer = readBuyer(doc);
  const input = findInput(doc);
  return {
    site: 'jd',
    platform: 'jd',
    ...(buyer ? { buyer } : {}),
    messages,
    missing: missingParts({ messages: listReadable(root, rows), buyer: buyer !== undefined, input: input !== null }),
  };
}

export const jdAdapter: SiteAdapter = {
  id: 'jd',
  platform: 'jd',
  matches: SITE_MATCHES.jd,
  findInput,
  findMessageRoot,
  readChat: (doc) => safeRead('jd', 'jd', () => readChat(doc)),
};
