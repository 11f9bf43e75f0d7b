// The generic content script. Named "chat" rather than "sidebar": WXT derives entry names
// from folder names, and the sidebar page (entrypoints/sidebar/) already owns "sidebar".
// Sites the user adds register this same file (lib/sites/custom-sites.ts).
import { runContentScript } from '../../lib/content/run';
import { ALL_FRAMES_MATCHES } from '../../lib/sites/match-patterns';
import { genericAdapterForUrl } from '../../lib/sites/generic';

export default defineContentScript({
  // Qianniu and 1688 keep their chat box in an iframe: every frame, including the
  // about:blank or srcdoc frames of rich editors.
  matches: [...ALL_FRAMES_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(genericAdapterForUrl(location.href), ctx);
  },
});
