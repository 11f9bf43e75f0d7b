/**
 * What the DOM tests of the whole sidebar share: the chat the page shows, the connection hook
 * as the sidebar sees it once connected, and a wait for a state.
 */
import { act } from 'react';
import type { ChatSnapshotPayload } from '../../../../lib/messaging/schemas';

/** A Pinduoduo buyer (with a uid) whose last message reports a broken cup. */
export const DAMAGED_CUP_CHAT: ChatSnapshotPayload = {
  site: 'pinduoduo',
  platform: 'pinduoduo',
  buyer: { uid: '6204571183', nickname: '小***花' },
  messages: [{ from: 'buyer', text: '收到的杯子碎了，盒子都压扁了' }],
  missing: [],
};

/** The module `components/sidebar/use-chat-connection` for `vi.mock`: connected to a page showing `snapshot`. */
export function connectedChatModule(snapshot: ChatSnapshotPayload) {
  return {
    useChatConnection: () => ({
      status: 'connected',
      snapshot,
      host: 'mms.pinduoduo.com',
      inputFrame: undefined,
      collapsed: false,
      insert: async () => ({ ok: true }),
      requestOutline: async () => '',
      setCollapsed: () => undefined,
    }),
  };
}

/** Lets React work until `find` returns something; fails naming `what` and what `shown` says is on screen. */
export async function until<T>(find: () => T | null | undefined, what: string, shown?: () => string | null | undefined): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found) return found;
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`not found: ${what}${shown ? `; shown: ${shown()}` : ''}`);
}
