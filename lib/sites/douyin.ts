/**
 * Douyin shop 飞鸽 workspace (im.jinritemai.com). No buyer id is exposed in the chat markup,
 * so the buyer is known by nickname only; the input's placeholder ("发送给 <nickname>，…")
 * names the buyer when the header does not.
 */
import { SITE_MATCHES } from './match-patterns';
import { hasMatch, listReadable, readLastMessages, missingParts, nonEmpty, queryAll, queryOne, readText, safeRead } from './dom-read';
import type { ChatMessage, ChatSnapshot, ProductCard, SiteAdapter } from './types';

export const SELECTORS = {
  input: 'textarea[data-qa-id="qa-send-message-textarea"]',
  sendButton: 'div[data-qa-id="qa-send-message-button"]',
  messageRow: '.msgItemWrap',
  buyerMessage: '.leaveMessage.messageNotMe',
  agentMessage: '.leaveMessage.messageIsMe',
  headerNickname: '#topbar-left-info span',
  userName: '[data-qa-id="qa-conversation-chat-user-name"]',
  conversationRow: 'div[data-kora="conversation"][data-qa-id="qa-conversation-chat-item"]',
  unreadBadge: '.auxo-badge-count',
  productCard: '.chatd-card',
} as const;

/** Product card parts: class names are not in the known facts, so read by shape. */
const PRICE_PATTERN = /[¥￥]\s*\d+(?:\.\d+)?/;
const PLACEHOLDER_NICKNAME = /^发送给\s*(.+?)\s*[，,]/;

function findInput(doc: Document): HTMLElement | null {
  return queryOne(doc, SELECTORS.input) as HTMLElement | null;
}

/** The rows' common parent: the markup names no list container. */
function findMessageRoot(doc: Document): Element | null {
  return queryOne(doc, SELECTORS.messageRow)?.parentElement ?? null;
}

function readRow(row: Element): ChatMessage | null {
  const agent = hasMatch(row, SELECTORS.agentMessage);
  const buyer = !agent && hasMatch(row, SELECTORS.buyerMessage);
  if (!agent && !buyer) return null;
  const bubble = queryOne(row, agent ? SELECTORS.agentMessage : SELECTORS.buyerMessage) ?? row;
  const text = readText(bubble, SELECTORS.productCard);
  return text ? { from: agent ? 'agent' : 'buyer', text } : null;
}

function readProductCard(card: Element | null): ProductCard | undefined {
  if (!card) return undefined;
  const lines = readText(card).split('\n');
  const priceLine = lines.find((line) => PRICE_PATTERN.test(line));
  const idLine = lines.find((line) => /(?:商品)?ID[:：]?\s*\d+/i.test(line));
  const title = lines.find((line) => line !== priceLine && line !== idLine);
  const product: ProductCard = {};
  const id = idLine?.match(/\d{5,}/)?.[0] ?? nonEmpty(card.getAttribute('data-product-id'));
  if (id) product.id = id;
  if (title) product.title = title;
  const price = priceLine?.match(PRICE_PATTERN)?.[0];
  if (price) product.price = price;
  return Object.keys(product).length > 0 ? product : undefined;
}

function isSelected(el: Element): boolean {
  const row = el.closest(SELECTORS.conversationRow) ?? el;
  return (
    row.getAttribute('aria-selected') === 'true' ||
    /\b(active|selected|current)\b/i.test(row.getAttribute('class') ?? '')
  );
}

function readNickname(doc: Document): string | undefined {
  const header = nonEmpty(readText(queryOne(doc, SELECTORS.headerNickname)));
  if (header) return header;
  // The user-name element appears once per conversation row; only the open one names the buyer.
  const names = queryAll(doc, SELECTORS.userName);
  const open = names.length === 1 ? names[0] : names.find(isSelected);
  const fromList = nonEmpty(readText(open));
  if (fromList) return fromList;
  const placeholder = findInput(doc)?.getAttribute('placeholder') ?? '';
  return nonEmpty(PLACEHOLDER_NICKNAME.exec(placeholder)?.[1]);
}

function readChat(doc: Document): ChatSnapshot {
  const rows = queryAll(doc, SELECTORS.messageRow);
  const root = findMessageRoot(doc);
  const messages = readLastMessages(rows, readRow);
  const cards = queryAll(doc, SELECTORS.productCard);
  const product = readProductCard(cards[cards.length - 1] ?? null);
  const nickname = readNickname(doc);
  const input = findInput(doc);
  return {
    site: 'douyin',
    platform: 'douyin',
    ...(nickname ? { buyer: { nickname } } : {}),
    messages,
    ...(product ? { product } : {}),
    missing: missingParts({ messages: listReadable(root, rows), buyer: nickname !== undefined, input: input !== null }),
  };
}

export const douyinAdapter: SiteAdapter = {
  id: 'douyin',
  platform: 'douyin',
  matches: SITE_MATCHES.douyin,
  findInput,
  findMessageRoot,
  readChat: (doc) => safeRead('douyin', 'douyin', () => readChat(doc)),
};
