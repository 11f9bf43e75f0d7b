/**
 * Text expansion in a child frame (Qianniu's and 1688's chat boxes live in iframes). The frame's
 * content script sends only the shortcut and when its first key was pressed; the chat it is
 * filled for comes from the top frame of the sender's own tab, the content script that watches
 * the chat and draws the sidebar card, never from the frame's markup (a frame cannot see the
 * buyer, and a page could write any buyer into a frame). The buyer is kept only if the top
 * frame showed it since before the shortcut's first key (lib/content/steady-buyer.ts).
 *
 * The router has checked that the sender is our content script in a seller page's frame; here:
 * it is a child frame (the top frame sends its own chat with `bg:expandShortcut`), and its
 * tab's top page is a seller page too, so a seller site framed by another site fills nothing.
 * The marketplace is the tab's, by its URL: the chat and its buyer are the top page's.
 */
import { sendToFrame } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { SenderInfo } from '../messaging/sender';
import { chatHeldSince } from '../content/steady-buyer';
import { getDb } from '../db/database';
import { expandShortcut, type ExpandResult } from './render-for-chat';
import { platformOfUrl } from './sender-platform';

const TOP_FRAME = 0;

/** The tab whose child frame sent this, when that tab's top page is a seller page. */
export function sellerTabOfChildFrame(sender: SenderInfo, isSupportedPage: (url: string) => boolean): { tabId: number; url: string } | undefined {
  const tabId = sender.tab?.id;
  const url = sender.tab?.url;
  if (tabId === undefined || sender.frameId === undefined || sender.frameId === TOP_FRAME) return undefined;
  if (!url || !isSupportedPage(url)) return undefined;
  return { tabId, url };
}

export async function expandShortcutInFrame(
  { shortcut, firstKeyAt }: RequestOf<'bg:expandShortcutInFrame'>,
  sender: SenderInfo,
  isSupportedPage: (url: string) => boolean,
): Promise<ExpandResult> {
  const tab = sellerTabOfChildFrame(sender, isSupportedPage);
  if (!tab) return { ok: false, reason: 'no_chat' };
  let answer: { chat: RequestOf<'bg:expandShortcut'>['chat']; buyerSince: number };
  try {
    answer = await sendToFrame(tab.tabId, TOP_FRAME, 'content:chatForShortcut', {});
  } catch {
    // No script in the top frame (still loading, or the site is switched off): fill nothing
    // rather than fill without the chat the seller sees.
    return { ok: false, reason: 'no_chat' };
  }
  const chat = chatHeldSince(answer.chat, answer.buyerSince, firstKeyAt);
  return expandShortcut(getDb(), shortcut, chat, await platformOfUrl(tab.url), tab.tabId);
}
