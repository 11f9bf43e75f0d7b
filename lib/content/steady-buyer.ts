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
