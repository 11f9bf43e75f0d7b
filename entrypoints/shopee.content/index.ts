// This marketplace's own content script: its adapter only (lib/content/run.ts says why).
import { runContentScript } from '../../lib/content/run';
import { SITE_MATCHES } from '../../lib/sites/match-patterns';
import { shopeeAdapter } from '../../lib/sites/shopee';

export default defineContentScript({
  matches: [...SITE_MATCHES.shopee],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(shopeeAdapter, ctx);
  },
});
