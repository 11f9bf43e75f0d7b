import { describe, expect, it } from 'vitest';
import { BuyerSince, KeyTimes, SteadyBuyer, buyerIdentity, chatHeldSince } from '../../../lib/content/steady-buyer';
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

/** A shortcut typed in a child frame: the frame's key times against the top frame's buyer times. */
describe('the rule across frames', () => {
  it('the top frame notes when the buyer it shows changed, not every new snapshot', () => {
    const a = chatWith('8812345601');
    const since = new BuyerSince(a, 100);
    since.note({ ...a, messages: [{ from: 'buyer', text: '还在吗' }] }, 200);
    expect(since.since).toBe(100);
    since.note(chatWith('8812345602'), 300);
    expect(since.since).toBe(300);
    // The buyer going away and coming back is a change too.
    since.note(chatWith(undefined), 400);
    since.note(chatWith('8812345602'), 500);
    expect(since.since).toBe(500);
  });

  it('the frame finds the first key of the shortcut among its last key presses', () => {
    const keys = new KeyTimes();
    expect(keys.firstKeyOf('/wl')).toBeNull();
    for (const at of [10, 20, 30]) keys.note(at);
    // "/wl" and Space are four keys; three were seen (the token was pasted, say).
    expect(keys.firstKeyOf('/wl')).toBeNull();
    keys.note(40);
    expect(keys.firstKeyOf('/wl')).toBe(10);
    keys.note(50);
    expect(keys.firstKeyOf('/wl')).toBe(20);
    // Only the last keys are kept, enough for the longest shortcut.
    for (let at = 100; at < 200; at += 1) keys.note(at);
    expect(keys.firstKeyOf(`/${'a'.repeat(20)}`)).toBe(178);
    expect(keys.firstKeyOf(`/${'a'.repeat(23)}`)).toBeNull();
  });

  it('keeps the buyer only when it was shown before the shortcut’s first key', () => {
    const a = chatWith('8812345601');
    expect(chatHeldSince(a, 99, 100)).toBe(a);
    for (const [since, first] of [
      [150, 100],
      // The same millisecond: it may have changed just after the key.
      [100, 100],
    ] as const) {
      const chat = chatHeldSince(a, since, first);
      expect(chat?.buyer).toBeUndefined();
      expect(chat?.messages).toEqual(a.messages);
    }
    expect(chatHeldSince(a, 1, null)?.buyer).toBeUndefined();
    expect(chatHeldSince(null, 1, 100)).toBeNull();
    const none = chatWith(undefined);
    expect(chatHeldSince(none, 500, 100)).toBe(none);
  });
});
