/**
 * Collects the redacted page outline (lib/diagnostics/page-outline.ts) from every frame of the
 * sidebar's tab that the extension may read, by injecting a script built for it. Only the
 * sidebar asks (the router checked it is our sidebar framed by a seller page), and only for
 * its own tab. Results are validated: a frame's outline is a bounded string, nothing else.
 */
import { browser } from 'wxt/browser';
import { pageOutlineSchema } from '../messaging/schemas';
import type { SenderInfo } from '../messaging/sender';

export const PAGE_OUTLINE_SCRIPT = '/page-outline.js';
const MAX_FRAMES = 64;

export async function collectPageOutline(sender: SenderInfo): Promise<{ frames: { frameId: number; outline: string }[] }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('not in a tab');
  // allFrames: frames of origins we hold no permission for are left out by the browser.
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [PAGE_OUTLINE_SCRIPT] });
  const frames = results
    .flatMap((result) => {
      const outline = pageOutlineSchema.safeParse(result.result);
      return outline.success ? [{ frameId: result.frameId, outline: outline.data }] : [];
    })
    .sort((a, b) => a.frameId - b.frameId)
    .slice(0, MAX_FRAMES);
  return { frames };
}
