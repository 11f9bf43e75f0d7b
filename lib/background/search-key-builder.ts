/**
 * The background's half of the search-key backlog (lib/db/search-key-backlog.ts): after an
 * import or restore, build the waiting customers' keys chunk by chunk.
 *
 * Started when the worker starts (a stopped worker resumes the backlog), when a page reports
 * a bulk write, and on any customer change Dexie reports. One run at a time; a run that is
 * cut short by the worker stopping loses nothing, since every chunk is its own transaction
 * and the backlog keeps the customers not yet done.
 */
import { browser } from 'wxt/browser';
import type { SellerDb } from '../db/database';
import { anyCustomerAwaitingSearchKeys, buildAllPendingSearchKeys } from '../db/search-key-backlog';

let running: Promise<number> | undefined;
let again = false;

/** Build every waiting customer's keys; resolves with how many were built. */
export function buildPendingSearchKeys(db: SellerDb): Promise<number> {
  if (running) {
    // A bulk write landing mid-run is picked up by the run's next chunk; this covers one
    // landing just after the run found nothing left.
    again = true;
    return running;
  }
  running = (async () => {
    let built = 0;
    try {
      do {
        again = false;
        if (!(await anyCustomerAwaitingSearchKeys(db))) continue;
        // Chromium stops a worker after 30 s without events or extension API calls; database
        // work is not among them. A cheap API call per chunk keeps a long run alive.
        built += await buildAllPendingSearchKeys(db, { beforeChunk: () => browser.runtime.getPlatformInfo() });
      } while (again);
      return built;
    } finally {
      running = undefined;
    }
  })();
  return running;
}
