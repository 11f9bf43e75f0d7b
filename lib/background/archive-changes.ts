/**
 * Tell sidebar frames that the archive changed so they refetch (they cannot observe
 * IndexedDB themselves). Dexie reports mutations made here and, through its cross-context
 * channel, in the popup and options pages.
 */
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { ARCHIVE_CHANGED } from '../messaging/protocol';

const DEBOUNCE_MS = 50;

export function broadcastArchiveChanges(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // No listener (no sidebar open) is the normal case, not an error.
      browser.runtime.sendMessage({ type: ARCHIVE_CHANGED }).catch(() => undefined);
    }, DEBOUNCE_MS);
  });
}
