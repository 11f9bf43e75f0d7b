// Named "chat" rather than "sidebar": WXT derives entry names from folder names, and the
// sidebar page (entrypoints/sidebar/) already owns "sidebar".
import { startChildFrame } from '../../lib/content/child-frame';
import { startContentScript } from '../../lib/content/content-main';
import { TOP_FRAME_MATCHES } from '../../lib/sites/match-patterns';
import { adapterForUrl, genericAdapter } from '../../lib/sites/registry';

export default defineContentScript({
  // Top frame only here; wxt.config.ts adds the same file in all frames of the sites whose
  // chat box lives in an iframe (Qianniu, 1688), and sites the user adds register it in all
  // frames (lib/sites/custom-sites.ts).
  matches: [...TOP_FRAME_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // Sites the user enabled run this same file through scripting.registerContentScripts;
    // they have no built-in adapter and get the generic one.
    const adapter = adapterForUrl(location.href) ?? genericAdapter;
    if (window !== window.top) {
      // A child frame: the sidebar lives in the top frame only. Marketplaces with adapters
      // read their chat from the top document, so only the generic adapter has work here.
      if (adapter.id === 'generic') void startChildFrame(adapter.platform, ctx.signal);
      return;
    }
    void startContentScript(adapter, {
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
  },
});
