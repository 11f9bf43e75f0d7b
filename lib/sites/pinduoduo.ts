/**
 * Pinduoduo merchant chat (mms.pinduoduo.com/chat-merchant). Messages arrive by polling and
 * the list mutates in place; nicknames are masked (E***E), so the buyer is keyed by the
 * `currentuid` attribute of the open conversation.
 */
import { SITE_MATCHES } from './match-patterns';
import {
  hasMatch,
  listReadable,
  readLastMessages,
  missingParts,
  nonEmpty,
  queryAll,
  queryOne,
  readText,
  safeRead,
  trailingValue,
} from './dom-read';
import type { ChatMessage, ChatSnapshot, ProductCard, SiteAdapter } from './types';

export const SELECTORS = {
  messageRoot: '#msgListContainer',
  messageRow: '#msgListContainer li.onemsg',
  buyerRow: '.buyer-item',
  agentRow: '.cs-item',
  /** Robot (auto-reply) rows: sent on the shop's behalf, so they count as agent messages. */
  robotRow: '.callback',
  text: '.msg-content-box',
  time: '.message-time',
  conversation: '[currentuid]',
  /** Not in the known facts: the highlighted row of the conversation list, best effort. */
  nickname: 'li.chat-item.active .nickname, li.chat-item.selected .nickname',
  conversationRow: 'li.chat-item',
  productCard: '.good-card',
  productId: 'p.good-id',
  productTitle: 'a.good-detail',
  productPrice: 'span.good-price',
  input: '#replyTextarea',
  sendButton: 'div.send-btn',
} as const;

function findInput(doc: Document): HTMLElement | null {
  return queryOne(doc, SELECTORS.input) as HTMLElement | null;
}

function findMessageRoot(doc: Document): Element | null {
  return queryOne(doc, SELECTORS.messageRoot);
}

function readRow(row: Element): ChatMessage | null {
  // The robot check comes first: a robot reply may also carry the agent class, or neither.
  const from = hasMatch(row, SELECTORS.robotRow) || hasMatch(row, SELECTORS.agentRow)
    ? 'agent'
    : hasMatch(row, SELECTORS.buyerRow)
      ? 'buyer'
      : null;
  if (!from) return null; // system notices ("会话已转接") are neither side
  const textEl = queryOne(row, SELECTORS.text);
  const text = readText(textEl, `${SELECTORS.productCard}, ${SELECTORS.time}`);
  if (!text) return null;
  const time = nonEmpty(readText(queryOne(row, SELECTORS.time)));
  return time ? { from, text, time } : { from, text };
}

export function readProductCard(card: Element | null): ProductCard | undefined {
  if (!card) return undefined;
  const product: ProductCard = {};
  const id = nonEmpty(trailingValue(readText(queryOne(card, SELECTORS.productId))));
  const title = nonEmpty(readText(queryOne(card, SELECTORS.productTitle)));
  const price = nonEmpty(readText(queryOne(card, SELECTORS.productPrice)));
  if (id) product.id = id;
  if (title) product.title = title;
  if (price) product.price = price;
  return Object.keys(product).length > 0 ? product : undefined;
}

function readBuyer(doc: Document, root: Element | null): ChatSnapshot['buyer'] {
  const carriers = queryAll(doc, SELECTORS.conversation).filter((el) => nonEmpty(el.getAttribute('currentuid')));
  // Prefer the conversation element that holds the message list, when several carry the attribute.
  const carrier = carriers.find((el) => root && el.contains(root)) ?? carriers[0];
  const uid = nonEmpty(carrier?.getAttribute('currentuid'));
  const nickname = nonEmpty(readText(queryOne(doc, SELECTORS.nickname)));
  if (!uid && !nickname) return undefined;
  return { ...(uid ? { uid } : {}), ...(nickname ? { nickname } : {}) };
}

function readChat(doc: Document): ChatSnapshot {
  const root = findMessageRoot(doc);
  const rows = queryAll(doc, SELECTORS.messageRow);
  const messages = readLastMessages(rows, readRow);
  const cards = root ? queryAll(root, SELECTORS.productCard) : [];
  const product = readProductCard(cards[cards.length - 1] ?? null);
  const buyer = readBuyer(doc, root);
  const input = findInput(doc);
  return {
    site: 'pinduoduo',
    platform: 'pinduoduo',
    ...(buyer ? { buyer } : {}),
    messages,
    ...(product ? { product } : {}),
    missing: missingParts({ messages: listReadable(root, rows), buyer: buyer !== undefined, input: input !== null }),
  };
}

export const pinduoduoAdapter: SiteAdapter = {
  id: 'pinduoduo',
  platform: 'pinduoduo',
  matches: SITE_MATCHES.pinduoduo,
  findInput,
  findMessageRoot,
  readChat: (doc) => safeRead('pinduoduo', 'pinduoduo', () => readChat(doc)),
};
