// This marketplace's own content script: its adapter only (lib/content/run.ts says why).
import { runContentScript } from '../../lib/content/run';
import { SITE_MATCHES } from '../../lib/sites/match-patterns';
import { jdAdapter } from '../../lib/sites/jd';

export default defineContentScript({
  matches: [...SITE_MATCHES.jd],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(jdAdapter, ctx);
  },
});
