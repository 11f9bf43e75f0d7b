/**
 * Reading helpers shared by the adapters. Everything here tolerates a page that changed under
 * us: a bad selector or a missing element gives an empty result, never an exception.
 */
import type { ChatMessage, ChatPart, ChatSnapshot, Platform, SiteId } from './types';
import { MAX_SNAPSHOT_MESSAGES } from './types';

export function queryOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The element itself or one of its descendants matches. */
export function hasMatch(el: Element, selector: string): boolean {
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TR', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE']);

/**
 * The visible text of an element, read from text nodes (so markup-looking text stays literal).
 * Emoji pictures count by their alt text, `<br>` and block ends become line breaks, runs of
 * spaces collapse. `exclude` drops subtrees such as product cards or timestamps.
 */
const PHRASING_TAGS = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'U', 'FONT', 'IMG', 'BR']);

/**
 * `everyElementBreaks`: for markup whose layout comes from generated CSS (Shopee), where a
 * timestamp is a `<span>` styled as a block; only phrasing tags then stay on the line.
 */
export function readText(el: Element | null | undefined, exclude?: string, everyElementBreaks = false): string {
  if (!el) return '';
  const parts: string[] = [];
  // Source line breaks are layout whitespace except inside <pre>, where chat apps keep the
  // buyer's own line breaks.
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(inPre ? value : value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE') return;
    if (exclude && element !== el && safeMatches(element, exclude)) return;
    if (element.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    if (element.tagName === 'IMG') {
      parts.push(element.getAttribute('alt') ?? '');
      return;
    }
    const pre = inPre || element.tagName === 'PRE';
    for (const child of Array.from(element.childNodes)) walk(child, pre);
    if (BLOCK_TAGS.has(element.tagName) || (everyElementBreaks && !PHRASING_TAGS.has(element.tagName))) {
      parts.push('\n');
    }
  };
  walk(el, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Reads rows from the newest backwards until the snapshot is full: long histories (hundreds of
 * rows after scrolling up) cost no more than the last screenful.
 */
export function readLastMessages(rows: readonly Element[], readRow: (row: Element) => ChatMessage | null): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < MAX_SNAPSHOT_MESSAGES; i -= 1) {
    const message = readRow(rows[i] as Element);
    if (message) out.push(message);
  }
  return out.reverse();
}

export function lastMessages(messages: ChatMessage[]): ChatMessage[] {
  return messages.slice(-MAX_SNAPSHOT_MESSAGES);
}

export function emptySnapshot(site: SiteId, platform: Platform): ChatSnapshot {
  return { site, platform, messages: [], missing: ['messages', 'buyer', 'input'] };
}

/** Runs an adapter's reader and turns any surprise into an "everything missing" snapshot. */
export function safeRead(site: SiteId, platform: Platform, read: () => ChatSnapshot): ChatSnapshot {
  try {
    return read();
  } catch {
    return emptySnapshot(site, platform);
  }
}

export function missingParts(found: Record<ChatPart, boolean>): ChatPart[] {
  return (['messages', 'buyer', 'input'] as const).filter((part) => !found[part]);
}

/** Strips the label sellers' backends put before ids and prices ("商品ID：123" → "123"). */
export function trailingValue(text: string): string {
  const afterColon = text.split(/[:：]/).pop() ?? text;
  return afterColon.trim();
}

export function nonEmpty(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The message list counts as found when its root is there and either rows matched or the
 * list is really empty; a root full of text but no matching rows means the row selectors broke.
 */
export function listReadable(root: Element | null, rows: readonly Element[]): boolean {
  return root !== null && (rows.length > 0 || readText(root) === '');
}
