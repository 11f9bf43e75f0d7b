/**
 * Douyin shop 飞鸽 workspace (im.jinritemai.com). The 2026 redesign hashes almost every class
 * name; what stays stable are `data-qa-id` / `data-kora` attributes, the side markers
 * `messageNotMe` / `messageIsMe`, `#topbar-left-info` and `pre` for text. Earlier pages wrapped
 * rows in `.msgItemWrap`; both are read. No buyer id is exposed in the markup, so the buyer is
 * known by nickname only (the sidebar shows such a match as unverified).
 */
import { SITE_MATCHES } from './match-patterns';
import { hasMatch, listReadable, readLastMessages, missingParts, nonEmpty, queryAll, queryOne, readText, safeRead } from './dom-read';
import type { ChatMessage, ChatSnapshot, ProductCard, SiteAdapter } from './types';

export const SELECTORS = {
  input: 'textarea[data-qa-id="qa-send-message-textarea"]',
  sendButton: 'div[data-qa-id="qa-send-message-button"]',
  /** The message list since the 2026 redesign (the "warpper" typo is the page's own). */
  messageList: '[data-qa-id="qa-message-warpper"]',
  messageRow: '[data-qa-id="qa-message-warpper"] > div[data-id]',
  /** Rows on pages from before the redesign. */
  earlierMessageRow: '.msgItemWrap',
  /** The bubble's other classes are hashed: the side marker alone decides. */
  buyerMessage: '.messageNotMe',
  agentMessage: '.messageIsMe',
  text: 'pre',
  header: '#topbar-left-info',
  conversationRow: 'div[data-kora="conversation"][data-qa-id="qa-conversation-chat-item"]',
  conversationName: '[class*="nameLine"][title], [class*="NameContent"]',
  /** The conversation-row name on earlier pages. */
  userName: '[data-qa-id="qa-conversation-chat-user-name"]',
  unreadBadge: '.auxo-badge-count',
  productCard: '.chatd-card',
} as const;

/** Product card parts: its class names are not in the known facts, so read by shape. */
const PRICE_PATTERN = /[¥￥]\s*\d+(?:\.\d+)?/;
const PLACEHOLDER_NICKNAME = /^发送给\s*(.+?)\s*[，,]/;
/** The header's link for adding a remark: a leaf of the header that is not the name. */
const REMARK_LINK = '添加备注';

function findInput(doc: Document): HTMLElement | null {
  return queryOne(doc, SELECTORS.input) as HTMLElement | null;
}

function findRows(doc: Document): Element[] {
  const rows = queryAll(doc, SELECTORS.messageRow);
  return rows.length > 0 ? rows : queryAll(doc, SELECTORS.earlierMessageRow);
}

/** The redesigned list by its qa id; on earlier pages the rows' common parent. */
function findMessageRoot(doc: Document): Element | null {
  return queryOne(doc, SELECTORS.messageList) ?? queryOne(doc, SELECTORS.earlierMessageRow)?.parentElement ?? null;
}

function readRow(row: Element): ChatMessage | null {
  const agent = hasMatch(row, SELECTORS.agentMessage);
  const buyer = !agent && hasMatch(row, SELECTORS.buyerMessage);
  if (!agent && !buyer) return null; // system tips ("用户从商品详情页进入") are neither side
  const bubble = queryOne(row, agent ? SELECTORS.agentMessage : SELECTORS.buyerMessage) ?? row;
  // The text lives in <pre>; labels beside it (a robot tag, read state) are not the message.
  // Bubbles without a <pre> (earlier pages) are read whole, product cards left out.
  const pres = queryAll(bubble, SELECTORS.text);
  const text =
    pres.length > 0
      ? pres.map((pre) => readText(pre, SELECTORS.productCard)).filter(Boolean).join('\n')
      : readText(bubble, SELECTORS.productCard);
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

/** The header's name: its first leaf element with text that is not the remark link. */
function headerName(doc: Document): string | undefined {
  const header = queryOne(doc, SELECTORS.header);
  if (!header) return undefined;
  for (const el of queryAll(header, '*')) {
    if (el.childElementCount > 0) continue;
    // textContent, not readText: an avatar's alt text is not a name.
    const text = nonEmpty(el.textContent?.replace(/\s+/g, ' '));
    if (text && text !== REMARK_LINK) return text;
  }
  return undefined;
}

function placeholderName(doc: Document): string | undefined {
  const placeholder = findInput(doc)?.getAttribute('placeholder') ?? '';
  return nonEmpty(PLACEHOLDER_NICKNAME.exec(placeholder)?.[1]);
}

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/**
 * The open conversation's row. Earlier pages marked it (`aria-selected`, an "active"-like
 * class); the redesign gives it only one more hashed class than its siblings, so the row that
 * alone carries a class no other row has is the selected one, when exactly one such row exists.
 */
export function selectedConversation(doc: Document): Element | undefined {
  const rows = queryAll(doc, SELECTORS.conversationRow);
  const marked = rows.filter(
    (row) => row.getAttribute('aria-selected') === 'true' || /\b(active|selected|current)\b/i.test(row.getAttribute('class') ?? ''),
  );
  if (marked.length === 1) return marked[0];
  if (rows.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const row of rows) for (const token of new Set(classTokens(row))) counts.set(token, (counts.get(token) ?? 0) + 1);
  const odd = rows.filter((row) => classTokens(row).some((token) => counts.get(token) === 1));
  return odd.length === 1 ? odd[0] : undefined;
}

function conversationName(row: Element | undefined): string | undefined {
  if (!row) return undefined;
  const titled = queryOne(row, '[class*="nameLine"][title]');
  return (
    nonEmpty(titled?.getAttribute('title')) ??
    nonEmpty(readText(queryOne(row, '[class*="NameContent"]'))) ??
    nonEmpty(readText(queryOne(row, SELECTORS.userName)))
  );
}

function readNickname(doc: Document): string | undefined {
  return headerName(doc) ?? placeholderName(doc) ?? conversationName(selectedConversation(doc));
}

function readChat(doc: Document): ChatSnapshot {
  const rows = findRows(doc);
  const root = findMessageRoot(doc);
  const messages = readLastMessages(rows, readRow);
  const cards = root ? queryAll(root, SELECTORS.productCard) : queryAll(doc, SELECTORS.productCard);
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
