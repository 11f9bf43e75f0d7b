/**
 * JD 咚咚 (dongdong.jd.com). The input is a contenteditable editor, so insertion goes through
 * editing commands (see insert-text.ts). The header shows the buyer's account name; no
 * separate id is exposed, so the nickname doubles as the only key.
 */
import { SITE_MATCHES } from './match-patterns';
import { hasMatch, listReadable, readLastMessages, missingParts, nonEmpty, queryAll, queryOne, readText, safeRead } from './dom-read';
import type { ChatMessage, ChatSnapshot, SiteAdapter } from './types';

export const SELECTORS = {
  input: '.EditorContent[contenteditable=true]',
  sendButton: '.SendButtonGroup > .send-button',
  nickname: '.chat-head-name > span',
  contactRow: '.alluser-item',
  contactName: '.alluser-item-name',
  contactPreview: '.alluser-item-breifdesc',
  consultingTab: '.c_tabs-tab[title="正在咨询"]',
  messageRoot: '#t-chat-scroll',
  messageRow: '#t-chat-scroll .message',
  buyerRow: '.message_left',
  agentRow: '.message_right',
  text: '.message__content',
  time: '.message__time_str',
} as const;

function findInput(doc: Document): HTMLElement | null {
  return queryOne(doc, SELECTORS.input) as HTMLElement | null;
}

function findMessageRoot(doc: Document): Element | null {
  return queryOne(doc, SELECTORS.messageRoot);
}

function readRow(row: Element): ChatMessage | null {
  const from = hasMatch(row, SELECTORS.agentRow) ? 'agent' : hasMatch(row, SELECTORS.buyerRow) ? 'buyer' : null;
  if (!from) return null;
  const text = readText(queryOne(row, SELECTORS.text), SELECTORS.time);
  if (!text) return null;
  const time = nonEmpty(readText(queryOne(row, SELECTORS.time)));
  return time ? { from, text, time } : { from, text };
}

function readChat(doc: Document): ChatSnapshot {
  const root = findMessageRoot(doc);
  // `.message` may also match nested parts in some builds; keep only the outermost rows.
  const rows = queryAll(doc, SELECTORS.messageRow).filter((row) => !row.parentElement?.closest('.message'));
  const messages = readLastMessages(rows, readRow);
  const nickname = nonEmpty(readText(queryOne(doc, SELECTORS.nickname)));
  const input = findInput(doc);
  return {
    site: 'jd',
    platform: 'jd',
    ...(nickname ? { buyer: { nickname } } : {}),
    messages,
    missing: missingParts({ messages: listReadable(root, rows), buyer: nickname !== undefined, input: input !== null }),
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
