/**
 * Pinduoduo merchant chat (mms.pinduoduo.com/chat-merchant). Messages arrive by polling and
 * the list mutates in place. Nicknames are masked (E***E), so the buyer is keyed by uid: the
 * `currentuid` attribute that today's page puts on a div inside every row (earlier pages put
 * it on the conversation element around the list), cross-checked with the selected
 * conversation row's `data-random` ("<uid>-0-<group>").
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
  /** Agent rows; `.seller-item` / `.robot-item` are an older source's names for them. */
  agentRow: '.cs-item, .seller-item, .robot-item',
  /** Robot (auto-reply) rows are sent on the shop's behalf: agent messages. Older pages: `.callback`. */
  robotRow: '.robot-text, .callback',
  text: '.msg-content-box',
  /** A group timestamp: on some rows only. */
  time: '.message-time',
  /** Today: on a div inside every row, the buyer's uid. */
  rowUid: '#msgListContainer [currentuid]',
  /** Earlier pages: on the conversation element holding the list. */
  conversation: '[currentuid]',
  /** The selected conversation row; `data-random` is "<uid>-0-<group>". */
  selectedConversation: '.chat-item-box.active[data-random]',
  headerName: '.chatWindowHeader .base-info .name',
  /** The selected row's (masked) name; `li.chat-item.active .nickname` on earlier pages. */
  nickname: '.chat-item-box.active span.nickname-span, li.chat-item.active .nickname, li.chat-item.selected .nickname',
  conversationRow: 'li.chat-item',
  productCard: '.good-card, .commonCard',
  productId: 'p.good-id',
  productName: '.good-name',
  /** The detail link; on earlier cards it held the title. */
  productTitle: 'a.good-detail',
  productPrice: 'span.good-price',
  input: '#replyTextarea',
  sendButton: 'div.send-btn',
} as const;

/** Product cards without the named parts (`.commonCard`) are read by shape. */
const PRICE_PATTERN = /[¥￥]\s*\d+(?:\.\d+)?/;
const DATA_RANDOM_UID = /^([^-\s]+)-/;

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
  const textEl = queryOne(row, SELECTORS.text) ?? queryOne(row, '.robot-text');
  const text = readText(textEl, `${SELECTORS.productCard}, ${SELECTORS.time}`);
  if (!text) return null;
  const time = nonEmpty(readText(queryOne(row, SELECTORS.time)));
  return time ? { from, text, time } : { from, text };
}

export function readProductCard(card: Element | null): ProductCard | undefined {
  if (!card) return undefined;
  const product: ProductCard = {};
  const id = nonEmpty(trailingValue(readText(queryOne(card, SELECTORS.productId))));
  const title = nonEmpty(readText(queryOne(card, SELECTORS.productName))) ?? nonEmpty(readText(queryOne(card, SELECTORS.productTitle)));
  const price = nonEmpty(readText(queryOne(card, SELECTORS.productPrice)));
  if (id) product.id = id;
  if (title) product.title = title;
  if (price) product.price = price;
  return Object.keys(product).length > 0 ? product : readCardByShape(card);
}

function readCardByShape(card: Element): ProductCard | undefined {
  const lines = readText(card).split('\n');
  const priceLine = lines.find((line) => PRICE_PATTERN.test(line));
  const idLine = lines.find((line) => /(?:商品)?(?:ID|编号)[:：]?\s*\d+/i.test(line));
  const title = lines.find((line) => line !== priceLine && line !== idLine);
  const product: ProductCard = {};
  const id = idLine?.match(/\d{5,}/)?.[0];
  const price = priceLine?.match(PRICE_PATTERN)?.[0];
  if (id) product.id = id;
  if (title) product.title = title;
  if (price) product.price = price;
  return Object.keys(product).length > 0 ? product : undefined;
}

/**
 * The open conversation's buyer uid. Every row's `currentuid` must agree, and with the
 * selected row's `data-random` when both are there: while the page swaps conversations they
 * can disagree for a moment, and then no uid is better than the previous buyer's.
 */
export function readBuyerUid(doc: Document, root: Element | null): string | undefined {
  const rowUids = new Set(
    queryAll(doc, SELECTORS.rowUid)
      .map((el) => nonEmpty(el.getAttribute('currentuid')))
      .filter((uid): uid is string => uid !== undefined),
  );
  if (rowUids.size > 1) return undefined;
  const [rowUid] = rowUids;
  // Earlier pages: the attribute sits on the element around the list.
  const around = queryAll(doc, SELECTORS.conversation).filter((el) => nonEmpty(el.getAttribute('currentuid')));
  const aroundUid = nonEmpty((around.find((el) => root && el.contains(root)) ?? around[0])?.getAttribute('currentuid'));
  const pageUid = rowUid ?? aroundUid;
  const selected = queryAll(doc, SELECTORS.selectedConversation);
  const selectedUid = selected.length === 1 ? DATA_RANDOM_UID.exec(selected[0]!.getAttribute('data-random') ?? '')?.[1] : undefined;
  if (pageUid && selectedUid && pageUid !== selectedUid) return undefined;
  return pageUid ?? selectedUid;
}

function readBuyer(doc: Document, root: Element | null): ChatSnapshot['buyer'] {
  const uid = readBuyerUid(doc, root);
  const nickname = nonEmpty(readText(queryOne(doc, SELECTORS.headerName))) ?? nonEmpty(readText(queryOne(doc, SELECTORS.nickname)));
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
