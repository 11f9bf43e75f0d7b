// This marketplace's own content script: its adapter only (lib/content/run.ts says why).
import { runContentScript } from '../../lib/content/run';
import { SITE_MATCHES } from '../../lib/sites/match-patterns';
import { pinduoduoAdapter } from '../../lib/sites/pinduoduo';

export default defineContentScript({
  matches: [...SITE_MATCHES.pinduoduo],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(pinduoduoAdapter, ctx);
  },
});
