/**
 * The counters one chart needs for the filter, read when the filter changes. While a new
 * filter is read the previous rows stay on screen (no flicker); `loading` is true only before
 * the first read is done. `enabled` false holds the read back (the page reads the first chart's
 * counters alone first, so the others do not compete with it for the database).
 */
import { useEffect, useState } from 'react';
import type { InsightCounter, InsightsFilter } from '../../../lib/insights/contract';
import { readView, type InsightsView } from '../../../lib/insights/read-counters';
import { db } from '../../use-db';

/** `revision`: a change reads the counters again for the same filter (the demo data was erased). */
export function useInsightsRows(
  view: InsightsView,
  filter: InsightsFilter,
  enabled = true,
  revision = 0,
): { rows: InsightCounter[]; loading: boolean; failed: boolean } {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ rows: InsightCounter[]; loading: boolean; failed: boolean }>({ rows: [], loading: true, failed: false });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const wanted = JSON.parse(key) as InsightsFilter;
    // Named marks, so the benchmark can tell the read from the rest of a load.
    const started = performance.now();
    readView(db, view, wanted).then(
      (rows) => {
        performance.measure(`insights-read:${view}`, { start: started, detail: rows.length });
        if (live) setState({ rows, loading: false, failed: false });
      },
      () => live && setState({ rows: [], loading: false, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [view, key, enabled, revision]);
  return state;
}
