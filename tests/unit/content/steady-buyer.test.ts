import { describe, expect, it } from 'vitest';
import { SteadyBuyer, buyerIdentity } from '../../../lib/content/steady-buyer';
import type { ChatSnapshotPayload } from '../../../lib/messaging/schemas';

const chatWith = (uid: string | undefined, nickname = '小***花'): ChatSnapshotPayload => ({
  site: 'pinduoduo',
  platform: 'pinduoduo',
  buyer: uid === undefined ? undefined : { uid, nickname },
  messages: [{ from: 'buyer', text: '到哪了' }],
  missing: [],
});

/** The seller's keys for "/wl" and the Space that expands it, each with the chat shown then. */
function typeShortcut(steady: SteadyBuyer, chats: ChatSnapshotPayload[]): void {
  for (const chat of chats) steady.noteKey(chat);
}

describe('SteadyBuyer', () => {
  it('keeps the buyer when it held through every key of the shortcut and the expanding key', () => {
    const steady = new SteadyBuyer();
    const a = chatWith('8812345601');
    typeShortcut(steady, [a, a, a, a]);
    expect(steady.chatFor('/wl', a)).toBe(a);
  });

  it('drops the buyer when the page switched it while the shortcut was typed', () => {
    const steady = new SteadyBuyer();
    const a = chatWith('8812345601');
    const b = chatWith('8812345602');
    typeShortcut(steady, [a, a, a, b]);
    const chat = steady.chatFor('/wl', b);
    expect(chat?.buyer).toBeUndefined();
    // Everything else the page shows (messages, product) still fills the reply.
    expect(chat?.messages).toEqual(b.messages);
  });

  it('drops the buyer when fewer keys were seen than the shortcut has (pasted, or typed before the switch)', () => {
    const steady = new SteadyBuyer();
    const a = chatWith('8812345601');
    const b = chatWith('8812345602');
    typeShortcut(steady, [a, a, b, b]);
    expect(steady.chatFor('/wl', b)?.buyer).toBeUndefined();
    // A longer run of keys with the new buyer makes it the steady one.
    typeShortcut(steady, [b, b]);
    expect(steady.chatFor('/wl', b)).toBe(b);
  });

  it('treats a changed nickname as another buyer (Douyin shows no id)', () => {
    expect(buyerIdentity(chatWith(undefined))).toBe('');
    expect(buyerIdentity(chatWith('1', 'A'))).not.toBe(buyerIdentity(chatWith('1', 'B')));
    const steady = new SteadyBuyer();
    typeShortcut(steady, [chatWith('1', 'A'), chatWith('1', 'A'), chatWith('1', 'B')]);
    expect(steady.chatFor('/a', chatWith('1', 'B'))?.buyer).toBeUndefined();
  });

  it('passes a chat without a buyer through unchanged', () => {
    const steady = new SteadyBuyer();
    expect(steady.chatFor('/wl', null)).toBeNull();
    const none = chatWith(undefined);
    expect(steady.chatFor('/wl', none)).toBe(none);
  });
});
