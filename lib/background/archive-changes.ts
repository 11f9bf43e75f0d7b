/**
 * Tell sidebar frames that the archive changed so they refetch (they cannot observe
 * IndexedDB themselves). Dexie reports mutations made here and, through its cross-context
 * channel, in the popup and options pages.
 */
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { ARCHIVE_CHANGED } from '../messaging/protocol';

const DEBOUNCE_MS = 50;

const MENU_REBUILD_MS = 1000;

export function broadcastArchiveChanges(onTemplatesChanged: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let menuTimer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // No listener (no sidebar open) is the normal case, not an error.
      browser.runtime.sendMessage({ type: ARCHIVE_CHANGED }).catch(() => undefined);
    }, DEBOUNCE_MS);
    // Favourites feed the "Reply with a script" menu.
    if (Object.keys(parts).some((part) => part.includes('/templates/'))) {
      clearTimeout(menuTimer);
      menuTimer = setTimeout(onTemplatesChanged, MENU_REBUILD_MS);
    }
  });
}
