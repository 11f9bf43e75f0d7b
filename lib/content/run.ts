/**
 * What every content script entry does with its adapter. There is one entry per marketplace
 * with its own adapter (entrypoints/<site>.content, top frame only) and one generic entry
 * (entrypoints/chat.content: Qianniu, 1688 and sites the user adds, in every frame), so a
 * seller page loads only the adapter it needs and the script stays within its size budget.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { startChildFrame } from './child-frame';
import { startContentScript } from './content-main';

export function runContentScript(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  if (window !== window.top) {
    // A child frame: the sidebar lives in the top frame only. Marketplaces with adapters
    // read their chat from the top document (their scripts are top-frame only), so only the
    // generic adapter has work here.
    if (adapter.id === 'generic') void startChildFrame(adapter.platform, ctx.signal);
    return;
  }
  void startContentScript(adapter, {
    signal: ctx.signal,
    onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
  });
}
