/**
 * The marketplace a message came from, decided by the background from the address the
 * browser reports for the sender, never from what the page's markup or the content script's
 * snapshot claims: a page can write any platform or buyer id into its DOM, but not change
 * the URL Chromium attaches to the message.
 */
import type { Platform } from '../db/schemas';
import type { SenderInfo } from '../messaging/sender';
import { getSettings } from '../settings/settings-store';
import { adapterForUrl } from '../sites/registry';

/** The platform of `url` by the adapters' match patterns and the sites the user added. */
export async function platformOfUrl(url: string | undefined): Promise<Platform | undefined> {
  if (!url) return undefined;
  const { customOrigins } = (await getSettings()).sites;
  return adapterForUrl(url, customOrigins)?.platform;
}

/**
 * A content script's sender carries the URL of its own frame (`url`) and of the tab; the
 * frame's decides, since a chat box may sit in a frame of another site than the tab's.
 */
export function platformOfSender(sender: SenderInfo): Promise<Platform | undefined> {
  return platformOfUrl(sender.url ?? sender.tab?.url);
}
