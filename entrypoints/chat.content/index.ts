// Named "chat" rather than "sidebar": WXT derives entry names from folder names, and the
// sidebar page (entrypoints/sidebar/) already owns "sidebar".
import { startContentScript } from '../../lib/content/content-main';
import { SELLER_MATCHES } from '../../lib/sites/match-patterns';
import { adapterForUrl, genericAdapter } from '../../lib/sites/registry';

export default defineContentScript({
  matches: [...SELLER_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // Sites the user enabled run this same file through scripting.registerContentScripts;
    // they have no built-in adapter and get the generic one.
    const adapter = adapterForUrl(location.href) ?? genericAdapter;
    void startContentScript(adapter, {
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
  },
});
