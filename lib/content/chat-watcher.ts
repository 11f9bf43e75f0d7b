/**
 * Watches one chat for changes and reports a fresh snapshot when what the sidebar needs
 * (buyer, messages, product) changed. One MutationObserver on the message list only, with
 * mutations batched into one read per animation frame; when the list is not on the page yet
 * (late render) or was replaced (conversation switch, SPA route), a slow poll finds it again
 * and re-reads.
 */
import type { ChatSnapshot, SiteAdapter } from '../sites/types';

const ROOT_POLL_MS = 1000;

export function watchChat(
  adapter: SiteAdapter,
  onSnapshot: (snapshot: ChatSnapshot) => void,
  signal: AbortSignal,
): { rescan: () => void } {
  let observed: Element | null = null;
  let lastKey = '';
  let scheduled = false;

  const read = () => {
    scheduled = false;
    const snapshot = adapter.readChat(document);
    const key = JSON.stringify(snapshot);
    if (key === lastKey) return;
    lastKey = key;
    onSnapshot(snapshot);
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(read);
  };

  const observer = new MutationObserver(schedule);
  const attach = () => {
    const root = adapter.findMessageRoot(document);
    if (root === observed && root?.isConnected) return;
    observer.disconnect();
    observed = root;
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['currentuid', 'class'] });
    schedule();
  };

  attach();
  // The poll also re-reads: a conversation switch may change only the header (buyer id)
  // outside the observed list. A read is ~20 rows, far below a frame's budget.
  const poll = setInterval(() => {
    attach();
    schedule();
  }, ROOT_POLL_MS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
  });
  return {
    rescan: () => {
      lastKey = '';
      attach();
      schedule();
    },
  };
}
