/**
 * The shape every site adapter has. The content script codes against these types only, so a
 * new marketplace is one module implementing `SiteAdapter` plus its fixtures.
 */
import type { Platform } from '../db/schemas';

export type { Platform };

export type SiteId = 'pinduoduo' | 'douyin' | 'jd' | 'shopee' | 'generic';

export interface ChatMessage {
  from: 'buyer' | 'agent';
  text: string;
  time?: string;
}

export interface ProductCard {
  id?: string;
  title?: string;
  price?: string;
}

/** The parts of a chat page an adapter looks for; a part it cannot find is reported, not thrown. */
export type ChatPart = 'messages' | 'buyer' | 'input';

export interface ChatSnapshot {
  site: SiteId;
  platform: Platform;
  buyer?: { uid?: string; nickname?: string };
  /** The last ≤ 20 messages, oldest first. */
  messages: ChatMessage[];
  product?: ProductCard;
  /** What the adapter could not find on this page (the sidebar tells the user). */
  missing: ChatPart[];
}

export interface SiteAdapter {
  id: SiteId;
  platform: Platform;
  /** Chrome match patterns (from match-patterns.ts). */
  matches: readonly string[];
  /** The chat box: a textarea or a contenteditable element. */
  findInput(doc: Document): HTMLElement | null;
  /** The element to observe for new messages. */
  findMessageRoot(doc: Document): Element | null;
  /** Never throws: whatever cannot be read is listed in `missing`. */
  readChat(doc: Document): ChatSnapshot;
}

/** How many messages a snapshot carries at most. */
export const MAX_SNAPSHOT_MESSAGES = 20;
