/**
 * Which buyer a typed shortcut may be filled for.
 *
 * The buyer comes from the page's markup (e.g. Pinduoduo's `currentuid`), which page scripts
 * can rewrite at any moment. Expansion only acts on the seller's real key presses, so the
 * seller is the one typing; but a page could switch the buyer between the seller's first
 * key of "/wl" and the Space that expands it, and the seller would not see it in time. So
 * every real key press in a chat box notes the buyer the content script currently shows
 * (the same snapshot the sidebar card is drawn from), and a shortcut is filled with customer
 * facts only when that buyer stayed the same through every key of the shortcut and the key
 * that expands it. Otherwise the expansion runs without a buyer, so a template that needs
 * the buyer's name or order is not filled at all.
 */
import type { ChatSnapshotPayload } from '../messaging/schemas';

/** Platform, uid and nickname: any change is a different buyer. */
export function buyerIdentity(chat: ChatSnapshotPayload | null): string {
  if (!chat?.buyer) return '';
  return JSON.stringify([chat.platform, chat.buyer.uid ?? '', chat.buyer.nickname ?? '']);
}

export class SteadyBuyer {
  #identity: string | undefined;
  #keys = 0;

  /** A real key press in a chat box, with the buyer shown at that moment. */
  noteKey(chat: ChatSnapshotPayload | null): void {
    const identity = buyerIdentity(chat);
    if (identity !== this.#identity) {
      this.#identity = identity;
      this.#keys = 0;
    }
    this.#keys += 1;
  }

  /**
   * The chat to fill `token` from, called on the key that expands it (after `noteKey` for that
   * key): unchanged when the buyer held for the token's keys and this one, else without a buyer.
   */
  chatFor(token: string, chat: ChatSnapshotPayload | null): ChatSnapshotPayload | null {
    if (!chat?.buyer) return chat;
    const held = buyerIdentity(chat) === this.#identity && this.#keys >= [...token].length + 1;
    if (held) return chat;
    const { buyer: _unsure, ...rest } = chat;
    return rest;
  }
}

/*
 * The same rule for a shortcut typed in a child frame (Qianniu's and 1688's chat boxes live in
 * iframes). There the keys are pressed in one document and the buyer is shown by another: the
 * top frame's content script, whose chat snapshot the sidebar card is drawn from. A child
 * frame never reads a buyer from its own markup. Instead:
 * - the child frame notes when each real key press in its editor happened (`KeyTimes`) and,
 *   on the expanding key, sends only the shortcut and the time of its first key;
 * - the top frame notes when the buyer it shows last changed (`BuyerSince`);
 * - the background asks the top frame of the sender's own tab for its snapshot and that time,
 *   and keeps the buyer only if it was shown unchanged since before the shortcut's first key
 *   (`chatHeldSince`).
 * Both times are `Date.now()`, the one wall clock every frame of the browser reads; a tie
 * counts as a change. One message per expansion, none per key: notes sent per key could be
 * overtaken by the expansion and make the rule fail for the seller at random.
 */

/** Top frame: when the buyer shown last changed (a different buyer, or one appearing or going). */
export class BuyerSince {
  #identity: string;
  #since: number;

  constructor(chat: ChatSnapshotPayload | null, now = Date.now()) {
    this.#identity = buyerIdentity(chat);
    this.#since = now;
  }

  /** Every new snapshot the top frame shows. */
  note(chat: ChatSnapshotPayload | null, now = Date.now()): void {
    const identity = buyerIdentity(chat);
    if (identity === this.#identity) return;
    this.#identity = identity;
    this.#since = now;
  }

  get since(): number {
    return this.#since;
  }
}

/** More than the longest shortcut (20 characters after the slash) plus the expanding key. */
const KEPT_KEYS = 24;

/** Child frame: when the last real key presses in its editor happened. */
export class KeyTimes {
  #times: number[] = [];

  note(now = Date.now()): void {
    this.#times.push(now);
    if (this.#times.length > KEPT_KEYS) this.#times.shift();
  }

  /**
   * When the first key of `token` was pressed, called on the key that expands it (after `note`
   * for that key); null when fewer keys were seen than the token and that key (pasted text).
   */
  firstKeyOf(token: string): number | null {
    const keys = [...token].length + 1;
    return this.#times.length >= keys ? this.#times[this.#times.length - keys]! : null;
  }
}

/**
 * The top frame's chat for a shortcut typed in a child frame: unchanged when its buyer was
 * shown since before the shortcut's first key, else without a buyer.
 */
export function chatHeldSince(chat: ChatSnapshotPayload | null, buyerSince: number, firstKeyAt: number | null): ChatSnapshotPayload | null {
  if (!chat?.buyer) return chat;
  if (firstKeyAt !== null && buyerSince < firstKeyAt) return chat;
  const { buyer: _unsure, ...rest } = chat;
  return rest;
}
