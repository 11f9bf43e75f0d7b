/**
 * Net changes of counter rows, and the weekly rollup of daily rows: pure, so the schema
 * upgrade (lib/db/database.ts) can build the weeks without the database module's writers
 * (lib/insights/counter-store.ts applies these to the tables).
 */
import type { Platform } from '../db/schemas';
import { counterKey, type Day, type InsightCounter } from './contract';
import type { CounterDelta } from './counter-deltas';
import { weekStart } from './days';

/** Net change of one counter row (daily or weekly, keyed by `counterKey`). */
export interface CounterNet {
  day: Day;
  platform: Platform;
  productKey: string;
  metric: string;
  count: number;
  sum: number;
  hasSum: boolean;
  demoCount: number;
}

/** Prices carry cents; rounding every step keeps a sum that went up and down exact. */
export const cents = (value: number) => Math.round(value * 100) / 100;

type NetSource = Pick<CounterNet, 'day' | 'platform' | 'productKey' | 'metric'>;

function netFor(into: Map<string, CounterNet>, source: NetSource, day: Day): CounterNet {
  const key = counterKey(day, source.platform, source.productKey, source.metric);
  let net = into.get(key);
  if (!net) {
    net = { day, platform: source.platform, productKey: source.productKey, metric: source.metric, count: 0, sum: 0, hasSum: false, demoCount: 0 };
    into.set(key, net);
  }
  return net;
}

/** Add `sign` × the deltas to the daily nets in `into` (demo deltas also count as demo). */
export function accumulate(into: Map<string, CounterNet>, deltas: readonly CounterDelta[], sign: 1 | -1, demo: boolean): void {
  for (const d of deltas) {
    const net = netFor(into, d, d.day);
    net.count += sign * d.count;
    if (d.sum !== undefined) {
      net.sum = cents(net.sum + sign * d.sum);
      net.hasSum = true;
    }
    if (demo) net.demoCount += sign * d.count;
  }
}

/** The same nets (or rows) gathered per week: `day` becomes the week's Monday. */
export function byWeek(nets: Iterable<CounterNet | InsightCounter>, sign: 1 | -1 = 1): Map<string, CounterNet> {
  const weeks = new Map<string, CounterNet>();
  for (const source of nets) {
    const net = netFor(weeks, source, weekStart(source.day));
    net.count += sign * source.count;
    // A net always has a sum (0 when none); a row has one only for the price metrics.
    const carriesSum = 'hasSum' in source ? source.hasSum : source.sum !== undefined;
    if (carriesSum) {
      net.sum = cents(net.sum + sign * (source.sum ?? 0));
      net.hasSum = true;
    }
    net.demoCount += sign * (source.demoCount ?? 0);
  }
  return weeks;
}

export function rowOf(key: string, net: CounterNet): InsightCounter {
  return {
    key,
    day: net.day,
    platform: net.platform,
    productKey: net.productKey,
    metric: net.metric,
    count: net.count,
    ...(net.hasSum ? { sum: net.sum } : {}),
    ...(net.demoCount !== 0 ? { demoCount: net.demoCount } : {}),
  };
}

/** The week rows that sum the given daily rows. */
export function weekRowsOf(daily: Iterable<InsightCounter>): InsightCounter[] {
  return [...byWeek(daily)].filter(([, net]) => net.count !== 0).map(([key, net]) => rowOf(key, net));
}

