/**
 * Haggling: how often buyers haggle (per 100 conversations), the deals closed against those
 * lost, and what closed deals sold for against their list price.
 */
import { metric, type Day, type InsightCounter, type InsightsFilter } from '../contract';
import { weeksIn, weekStart } from '../days';

export interface HaggleWeek {
  week: Day;
  haggles: number;
  accepted: number;
  lost: number;
}

export interface HaggleTotals {
  haggles: number;
  conversations: number;
  /** Haggling messages per 100 conversations; null without conversations. */
  ratePer100: number | null;
  accepted: number;
  lost: number;
  /** Closed / (closed + lost), 0..1; null when neither happened. */
  closeRate: number | null;
  /** Deals with a list price, and the sum of those prices; the same for final prices. */
  listCount: number;
  listSum: number;
  finalCount: number;
  finalSum: number;
  /** Average prices, null when no deal carried one. */
  averageList: number | null;
  averageFinal: number | null;
  /** How far below list the final prices were, 0..1 (sum over sum); null without both. */
  discount: number | null;
}

export interface HaggleView {
  weeks: HaggleWeek[];
  totals: HaggleTotals;
}

const HAGGLE = metric.situation('haggle');
const ACCEPTED = metric.decision('price_accepted');
const LOST = metric.decision('deal_lost');

export function haggleView(counters: readonly InsightCounter[], filter: InsightsFilter): HaggleView {
  const weeks: HaggleWeek[] = weeksIn(filter.from, filter.to).map((week) => ({ week, haggles: 0, accepted: 0, lost: 0 }));
  const weekIndex = new Map(weeks.map((w, i) => [w.week, i]));
  let conversations = 0;
  let listCount = 0;
  let listSum = 0;
  let finalCount = 0;
  let finalSum = 0;
  for (const counter of counters) {
    if (counter.day < filter.from || counter.day > filter.to) continue;
    const week = weeks[weekIndex.get(weekStart(counter.day)) ?? -1];
    switch (counter.metric) {
      case metric.conversations:
        conversations += counter.count;
        break;
      case HAGGLE:
        if (week) week.haggles += counter.count;
        break;
      case ACCEPTED:
        if (week) week.accepted += counter.count;
        break;
      case LOST:
        if (week) week.lost += counter.count;
        break;
      case metric.listPrice:
        listCount += counter.count;
        listSum += counter.sum ?? 0;
        break;
      case metric.finalPrice:
        finalCount += counter.count;
        finalSum += counter.sum ?? 0;
        break;
    }
  }
  const haggles = weeks.reduce((n, w) => n + w.haggles, 0);
  const accepted = weeks.reduce((n, w) => n + w.accepted, 0);
  const lost = weeks.reduce((n, w) => n + w.lost, 0);
  return {
    weeks,
    totals: {
      haggles,
      conversations,
      ratePer100: conversations > 0 ? (haggles / conversations) * 100 : null,
      accepted,
      lost,
      closeRate: accepted + lost > 0 ? accepted / (accepted + lost) : null,
      listCount,
      listSum,
      finalCount,
      finalSum,
      averageList: listCount > 0 ? listSum / listCount : null,
      averageFinal: finalCount > 0 ? finalSum / finalCount : null,
      discount: listSum > 0 && finalCount > 0 ? 1 - finalSum / listSum : null,
    },
  };
}

/** Whether the view has anything to draw. */
export function haggleIsEmpty(view: HaggleView): boolean {
  const t = view.totals;
  return t.haggles === 0 && t.accepted === 0 && t.lost === 0 && t.listCount === 0;
}
