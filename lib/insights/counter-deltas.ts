/**
 * What one event adds to the daily counters. Pure: the event log adds these when an event is
 * written and subtracts the same when it is changed or removed, so the counters always equal
 * a recount of the log (`recountCounters` and the property test rely on exactly this).
 */
import { metric, type Day, type InsightEvent } from './contract';
import type { Platform } from '../db/schemas';

export interface CounterDelta {
  day: Day;
  platform: Platform;
  productKey: string;
  metric: string;
  count: number;
  /** Price metrics only: the price this event adds. */
  sum?: number;
}

type EventFacts = Pick<InsightEvent, 'day' | 'platform' | 'productKey' | 'situations' | 'opensConversation' | 'outcomes'>;

export function counterDeltas(event: EventFacts): CounterDelta[] {
  const deltas: CounterDelta[] = [];
  const add = (name: string, sum?: number) =>
    deltas.push({ day: event.day, platform: event.platform, productKey: event.productKey, metric: name, count: 1, ...(sum !== undefined ? { sum } : {}) });

  add(metric.messages);
  if (event.opensConversation) add(metric.conversations);
  // A situation listed twice is still one message about it.
  for (const id of new Set(event.situations)) add(metric.situation(id));
  for (const outcome of event.outcomes) {
    if (outcome.kind !== 'decision') continue;
    add(metric.decision(outcome.decision));
    if (outcome.cause) add(metric.cause(outcome.cause));
    if (outcome.postage) add(metric.postage(outcome.postage));
    // Prices are counted for closed haggles only: a lost deal's last offer is no price paid.
    if (outcome.decision === 'price_accepted' && outcome.listPrice !== undefined && outcome.finalPrice !== undefined) {
      add(metric.listPrice, outcome.listPrice);
      add(metric.finalPrice, outcome.finalPrice);
    }
  }
  return deltas;
}

/** Follow-up results are counted from tasks, not events: recounts keep them as they are. */
export function isEventMetric(name: string): boolean {
  return !name.startsWith('followup:');
}
