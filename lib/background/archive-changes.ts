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

const INSIGHT_TABLE_PART = /\/insight(Events|Counters|Products)(\/|$)/;

export function broadcastArchiveChanges(handlers: { onTemplatesChanged: () => void; onCustomersChanged: () => void }): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let menuTimer: ReturnType<typeof setTimeout> | undefined;
  let customersTimer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    const changed = Object.keys(parts);
    // The insights log changes on every handled message and no sidebar shows it: a refetch of
    // everything the sidebar shows for each one would be pure cost.
    if (changed.length > 0 && changed.every((part) => INSIGHT_TABLE_PART.test(part))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // No listener (no sidebar open) is the normal case, not an error.
      browser.runtime.sendMessage({ type: ARCHIVE_CHANGED }).catch(() => undefined);
    }, DEBOUNCE_MS);
    // Favourites feed the "Reply with a script" menu.
    if (changed.some((part) => part.includes('/templates/'))) {
      clearTimeout(menuTimer);
      menuTimer = setTimeout(handlers.onTemplatesChanged, MENU_REBUILD_MS);
    }
    // A bulk write elsewhere may have left customers waiting for search keys.
    if (changed.some((part) => part.includes('/customers/'))) {
      clearTimeout(customersTimer);
      customersTimer = setTimeout(handlers.onCustomersChanged, DEBOUNCE_MS);
    }
  });
}
