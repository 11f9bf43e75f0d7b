/**
 * Shopee Seller Centre chat (every market's Seller Centre host, and banhang.shopee.vn). Its
 * class names are generated and change between releases, so this adapter relies on ids, the
 * React Virtualized library's own classes and roles, Shopee's `ChatbotUI-*` classes, and
 * structure: the chat root `#fake-module-chat`, the message section `#messagesContainer
 * #messageSection`, the last textarea in the chat root.
 *
 * Today's page (2026): the message list is virtualised. Its rows are children of a
 * `[role="rowgroup"]`, absolutely positioned (`top` or `transform: translateY`), and their DOM
 * order is not their reading order, so rows are read in order of position. A chat message is a
 * row with a `<pre>` bubble (cards, notices, dividers and Chat-AI blocks have none); the seller's
 * own messages carry a read receipt `.ChatbotUI-messagereadstatus-root`, the buyer's do not.
 * The buyer's name is the open chat's header (`.shopee-react-dropdown` above the messages) or,
 * failing that, the `[title]` of the selected conversation (the one row of the conversation
 * list with a state class no other row has). No buyer id is on the page.
 *
 * Earlier markup (no virtualised rows): which side a bubble is on is decided per row, the first
 * rule that works on the list decides (rules are per list, not mixed per row):
 *  1. Layout: the bubble's box is nearer the list's right edge than its left → agent, and the
 *     reverse → buyer (real browsers only; a DOM without layout gives zero-sized boxes).
 *  2. Computed style on the row and its wrappers down to the text: `justify-content`/`align-self`
 *     end, `flex-direction: row-reverse`, `text-align: right`, `float: right`, `margin-left:
 *     auto` mark the right side; once any row in the list is right-marked, unmarked rows are
 *     taken as the left side (the buyer), which is how such lists are laid out, except rows
 *     centred by `text-align`/`justify-content: center` (dates, notices).
 *  3. Attribute hints: words in class, data-* and aria attributes that survive code generation
 *     ("self", "sent", "right", "seller" vs "other", "received", "left", "buyer").
 * Rows no rule places (date dividers, system notices) are left out rather than guessed.
 */
import { SITE_MATCHES } from './match-patterns';
import { hasMatch, lastMessages, missingParts, nonEmpty, queryAll, queryOne, readText, safeRead } from './dom-read';
import type { ChatMessage, ChatSnapshot, SiteAdapter } from './types';

export const SELECTORS = {
  chatRoot: '#fake-module-chat',
  messageRoot: '#messagesContainer #messageSection',
  messagesContainer: '#messagesContainer',
  /** The virtualised list's row container (React Virtualized's role and class, not generated). */
  virtualRows: '[role="rowgroup"], .ReactVirtualized__Grid__innerScrollContainer',
  /** A chat message's bubble inside a row. */
  bubble: 'pre',
  /** The read receipt on the seller's own messages. */
  readStatus: '.ChatbotUI-messagereadstatus-root',
  /** The conversation list, itself virtualised; each conversation row names the buyer in a [title]. */
  conversationList: '#infinite-list',
  conversationName: '[title]',
  /** The open chat's header menu, which shows the buyer's name. */
  headerMenu: '.shopee-react-dropdown',
  /** The last match inside the chat root is the compose box. */
  input: 'textarea',
  editableInput: '[contenteditable="true"]',
} as const;

type Side = 'agent' | 'buyer';

const TIME_LINE = /^(?:\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?$/i;
const STATUS_LINE = /^(?:read|delivered|sent|已读|未读|已送达|đã xem|dibaca)$/i;
const AGENT_HINT = /(?:^|[^a-z])(?:self|mine|me|my|own|sent|outgoing|right|seller|shop|agent)(?:[^a-z]|$)/i;
const BUYER_HINT = /(?:^|[^a-z])(?:other|others|received|incoming|left|buyer|customer|peer)(?:[^a-z]|$)/i;
/** How many descendants to inspect per row for hints and styles: bubbles are shallow. */
const MAX_INSPECTED = 40;

function chatRoot(doc: Document): ParentNode {
  return queryOne(doc, SELECTORS.chatRoot) ?? doc;
}

function findInput(doc: Document): HTMLElement | null {
  const root = chatRoot(doc);
  const textareas = queryAll(root, SELECTORS.input);
  const last = textareas[textareas.length - 1] ?? queryAll(root, SELECTORS.editableInput).pop();
  return (last as HTMLElement | undefined) ?? null;
}

function findMessageRoot(doc: Document): Element | null {
  return queryOne(chatRoot(doc), SELECTORS.messageRoot) ?? queryOne(doc, SELECTORS.messageRoot);
}

/**
 * Descends through single-child wrappers to the element whose children are the rows. A list
 * holding one message is also a single-child chain, so the descent stops at a child that looks
 * like a row: a horizontal flex box (avatar + bubble) or one carrying a side hint.
 */
function messageRows(section: Element): Element[] {
  let list: Element = section;
  while (list.children.length === 1 && list.firstElementChild && !looksLikeRow(list.firstElementChild)) {
    list = list.firstElementChild;
  }
  // A lone leaf at the end of the chain (a spinner, one bare bubble) is itself a row.
  return list !== section && list.children.length === 0 ? [list] : Array.from(list.children);
}

function looksLikeRow(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const horizontalFlex =
    (style?.display === 'flex' || style?.display === 'inline-flex') && !style.flexDirection.startsWith('column');
  return horizontalFlex || sideByHints(el, false) !== null;
}

function inspected(row: Element): Element[] {
  return [row, ...Array.from(row.querySelectorAll('*')).slice(0, MAX_INSPECTED)];
}

function sideByLayout(row: Element, list: Element): Side | null {
  const listBox = list.getBoundingClientRect();
  if (listBox.width <= 0) return null;
  // The bubble: the outermost element with text that is clearly narrower than the list.
  const bubble = inspected(row).find((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.width < listBox.width * 0.85 && readText(el) !== '';
  });
  if (!bubble) return null;
  const box = bubble.getBoundingClientRect();
  const leftGap = box.left - listBox.left;
  const rightGap = listBox.right - box.right;
  if (Math.abs(leftGap - rightGap) < 8) return null; // centred: a divider or notice
  return leftGap > rightGap ? 'agent' : 'buyer';
}

/** The row and its wrappers down to the first text: where the bubble's alignment is set. */
function pathToText(row: Element): Element[] {
  const path: Element[] = [row];
  let el: Element = row;
  for (;;) {
    const next: Element | undefined = Array.from(el.children).find((child) => readText(child) !== '');
    if (!next) return path;
    path.push(next);
    el = next;
  }
}

function centredByStyle(row: Element): boolean {
  const view = row.ownerDocument.defaultView;
  if (!view) return false;
  return pathToText(row).some((el) => {
    const style = view.getComputedStyle(el);
    return style.textAlign === 'center' || style.justifyContent === 'center' || style.alignSelf === 'center';
  });
}

/** A horizontal flex row packed at its start, or an explicit start alignment on the way to the text. */
function leftMarkedByStyle(row: Element): boolean {
  const view = row.ownerDocument.defaultView;
  if (!view) return false;
  const own = view.getComputedStyle(row);
  const rowIsStartFlex =
    (own.display === 'flex' || own.display === 'inline-flex') &&
    /^(?:|row)$/.test(own.flexDirection) && // '' where the DOM computes no defaults
    /^(?:|normal|flex-start|start|left)$/.test(own.justifyContent);
  return rowIsStartFlex || pathToText(row).some((el) => /^(?:flex-start|start|left)$/.test(view.getComputedStyle(el).justifyContent));
}

function rightMarkedByStyle(row: Element): boolean {
  const view = row.ownerDocument.defaultView;
  if (!view) return false;
  // Only the text's own wrapper chain: a right-aligned timestamp inside a left bubble must not count.
  return pathToText(row).some((el) => {
    const style = view.getComputedStyle(el);
    return (
      /^(?:flex-end|end|right)$/.test(style.justifyContent) ||
      /^(?:flex-end|end)$/.test(style.alignSelf) ||
      style.flexDirection === 'row-reverse' ||
      style.textAlign === 'right' ||
      style.cssFloat === 'right' ||
      (el as HTMLElement).style?.marginLeft === 'auto'
    );
  });
}

function sideByHints(row: Element, deep = true): Side | null {
  let agent = false;
  let buyer = false;
  for (const el of deep ? inspected(row) : [row]) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name !== 'class' && !attr.name.startsWith('data-') && !attr.name.startsWith('aria-')) continue;
      const words = `${attr.name}=${attr.value}`;
      agent ||= AGENT_HINT.test(words);
      buyer ||= BUYER_HINT.test(words);
    }
  }
  return agent === buyer ? null : agent ? 'agent' : 'buyer';
}

function isTimeLine(line: string): boolean {
  return TIME_LINE.test(line) && /\d/.test(line);
}

function rowText(row: Element): { text: string; time?: string } {
  // Every element its own line: timestamps and receipts are separate elements in the bubble.
  const lines = readText(row, undefined, true).split('\n');
  const time = lines.find(isTimeLine);
  const text = lines.filter((line) => !isTimeLine(line) && !STATUS_LINE.test(line)).join('\n');
  return time ? { text, time } : { text };
}

function sideByStyle(row: Element, rightMarked: boolean, anyRightMarked: boolean): Side | null {
  if (rightMarked) return 'agent';
  if (centredByStyle(row)) return null; // a notice or date divider in the middle of the list
  if (leftMarkedByStyle(row) || anyRightMarked) return 'buyer';
  return sideByHints(row);
}

/**
 * A virtualised row's offset in the list: inline `top` plus any `transform: translateY(...)`
 * (lists that move rows by transform often leave `top: 0` on all of them).
 */
export function rowPosition(row: Element): number | undefined {
  const style = (row as HTMLElement).style as CSSStyleDeclaration | undefined;
  const top = Number.parseFloat(style?.top ?? '');
  const translated = /translate(?:Y\(|3d\([^,]*,|\([^,)]*,)\s*(-?\d+(?:\.\d+)?)px/.exec(style?.transform ?? '');
  const shift = translated ? Number.parseFloat(translated[1] ?? '') : Number.NaN;
  if (!Number.isFinite(top) && !Number.isFinite(shift)) return undefined;
  return (Number.isFinite(top) ? top : 0) + (Number.isFinite(shift) ? shift : 0);
}

/**
 * Reading order: by position where rows have one. A stable sort, so rows without a position
 * (earlier markup) keep their DOM order; in a mixed list they go last, as they cannot be placed.
 */
export function inReadingOrder(rows: readonly Element[]): Element[] {
  const keyed = rows.map((row, index) => ({ row, index, position: rowPosition(row) }));
  if (keyed.every((k) => k.position === undefined)) return [...rows];
  return keyed
    .sort((a, b) => {
      if (a.position === undefined || b.position === undefined) {
        return a.position === b.position ? a.index - b.index : a.position === undefined ? 1 : -1;
      }
      return a.position - b.position || a.index - b.index;
    })
    .map((k) => k.row);
}

function virtualRowGroup(section: Element): Element | null {
  return queryOne(section, SELECTORS.virtualRows);
}

/**
 * The bubble's text and time. The text sits in the bubble's first wrapper together with the
 * time element (and the read receipt inside it); the bubble also holds a decorative tail.
 * Direct text nodes are the message, so a buyer typing "10:30" is never taken for the time.
 */
function bubbleText(bubble: Element): { text: string; time?: string } {
  const ownText = Array.from(bubble.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
  const holder = ownText ? bubble : (Array.from(bubble.children).find((child) => readText(child) !== '') ?? bubble);
  const parts: string[] = [];
  let time: string | undefined;
  for (const node of Array.from(holder.childNodes)) {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'BR') parts.push('\n');
    else if (el.tagName === 'IMG') parts.push(el.getAttribute('alt') ?? '');
    else {
      const value = readText(el);
      if (time === undefined && el.tagName !== 'A' && isTimeLine(value)) time = value;
      else parts.push(value);
    }
  }
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return time ? { text, time } : { text };
}

/**
 * A bubble drawn on the right of the list is the seller's even before its read receipt shows
 * (a message still being sent). Needs layout: without boxes (no rendering) this says nothing.
 */
function drawnOnTheRight(bubble: Element, group: Element): boolean {
  const list = group.getBoundingClientRect();
  const box = bubble.getBoundingClientRect();
  if (list.width <= 0 || box.width <= 0) return false;
  return box.left - list.left > list.right - box.right + 8;
}

function readVirtualRow(row: Element, group: Element): ChatMessage | null {
  const bubble = queryOne(row, SELECTORS.bubble);
  if (!bubble) return null; // order and product cards, notices, Chat-AI blocks
  const { text, time } = bubbleText(bubble);
  if (!text) return null;
  const from: Side = hasMatch(row, SELECTORS.readStatus) || drawnOnTheRight(bubble, group) ? 'agent' : 'buyer';
  return time ? { from, text, time } : { from, text };
}

function readEarlierMessages(section: Element): ChatMessage[] {
  const rows = inReadingOrder(messageRows(section)).filter((row) => rowText(row).text !== '');
  const list = rows[0]?.parentElement ?? section;
  const layout = rows.map((row) => sideByLayout(row, list));
  const hasLayout = layout.some((side) => side !== null);
  const styled = hasLayout ? [] : rows.map(rightMarkedByStyle);
  const anyStyled = styled.some(Boolean);
  const messages: ChatMessage[] = [];
  rows.forEach((row, i) => {
    // With real layout, a centred row is a notice: skip it instead of asking weaker rules.
    const side: Side | null = hasLayout ? (layout[i] ?? null) : sideByStyle(row, styled[i] ?? false, anyStyled);
    if (!side) return;
    const { text, time } = rowText(row);
    messages.push(time ? { from: side, text, time } : { from: side, text });
  });
  return messages;
}

export function readShopeeMessages(section: Element): ChatMessage[] {
  const group = virtualRowGroup(section);
  if (!group) return readEarlierMessages(section);
  return inReadingOrder(Array.from(group.children))
    .map((row) => readVirtualRow(row, group))
    .filter((m): m is ChatMessage => m !== null);
}

/** Rows holding any text: when there are some and none could be read, the reading failed. */
function hasTextRows(section: Element): boolean {
  const group = virtualRowGroup(section);
  const rows = group ? Array.from(group.children) : messageRows(section);
  return rows.some((row) => readText(row) !== '');
}

/** The header's menu nearest the message list (outside it): the open chat's buyer name. */
function headerName(doc: Document, section: Element | null): string | undefined {
  const list = queryOne(doc, SELECTORS.conversationList);
  const messages = section?.closest(SELECTORS.messagesContainer) ?? section;
  for (let el = messages?.parentElement ?? null; el && el !== doc.body; el = el.parentElement) {
    const menu = queryAll(el, SELECTORS.headerMenu).find((m) => !messages?.contains(m) && !list?.contains(m));
    if (menu) return nonEmpty(readText(menu).split('\n')[0]);
    if (el.matches(SELECTORS.chatRoot)) break;
  }
  return undefined;
}

/**
 * The selected conversation: the page marks it only with a generated state class, so it is
 * the one conversation row carrying a class token no other row has (or `aria-selected`).
 */
function selectedConversationName(doc: Document): string | undefined {
  const list = queryOne(doc, SELECTORS.conversationList);
  const group = list ? (queryOne(list, SELECTORS.virtualRows) ?? list) : null;
  const rows = group ? Array.from(group.children).filter((row) => queryOne(row, SELECTORS.conversationName)) : [];
  const titleOf = (row: Element) => nonEmpty(queryOne(row, SELECTORS.conversationName)?.getAttribute('title'));
  const ariaSelected = rows.filter((row) => row.getAttribute('aria-selected') === 'true');
  if (ariaSelected.length === 1) return titleOf(ariaSelected[0] as Element);
  if (rows.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const row of rows) for (const token of new Set(row.classList)) counts.set(token, (counts.get(token) ?? 0) + 1);
  const marked = rows.filter((row) => Array.from(row.classList).some((token) => counts.get(token) === 1));
  return marked.length === 1 ? titleOf(marked[0] as Element) : undefined;
}

function readBuyer(doc: Document, section: Element | null): ChatSnapshot['buyer'] {
  // The header belongs to the pane that shows the messages; the list's selection can lag or lead.
  const nickname = headerName(doc, section) ?? selectedConversationName(doc);
  return nickname ? { nickname } : undefined;
}

function readChat(doc: Document): ChatSnapshot {
  const section = findMessageRoot(doc);
  const all = section ? readShopeeMessages(section) : [];
  const hasRows = section ? hasTextRows(section) : false;
  const buyer = readBuyer(doc, section);
  const input = findInput(doc);
  return {
    site: 'shopee',
    platform: 'shopee',
    ...(buyer ? { buyer } : {}),
    messages: lastMessages(all),
    // Rows that no rule could place mean the heuristic failed on this markup: say so.
    missing: missingParts({
      messages: section !== null && (all.length > 0 || !hasRows),
      buyer: buyer !== undefined,
      input: input !== null,
    }),
  };
}

export const shopeeAdapter: SiteAdapter = {
  id: 'shopee',
  platform: 'shopee',
  matches: SITE_MATCHES.shopee,
  findInput,
  findMessageRoot,
  readChat: (doc) => safeRead('shopee', 'shopee', () => readChat(doc)),
};
