/** Returns and refunds: what caused them, who paid the postage back, and what was decided. */
import { SITUATION_IDS, type SituationId } from '../../situations/taxonomy';
import { metric, POSTAGE_PAYERS, type DecisionKind, type InsightCounter, type InsightsFilter, type PostagePayer } from '../contract';

/** The decisions that are part of a return or refund (haggling's are in the haggle view). */
export const AFTER_SALE_DECISIONS = ['return', 'exchange', 'refund', 'resend', 'compensation'] as const satisfies readonly DecisionKind[];
export type AfterSaleDecision = (typeof AFTER_SALE_DECISIONS)[number];

export interface ReturnsView {
  /** Causes with a count, largest first. */
  causes: { cause: SituationId; count: number }[];
  /** Every payer, in a fixed order (zero included, so the split reads the same each time). */
  postage: { payer: PostagePayer; count: number }[];
  decisions: { decision: AfterSaleDecision; count: number }[];
}

const CAUSE_BY_METRIC = new Map<string, SituationId>(SITUATION_IDS.map((id) => [metric.cause(id), id]));
const PAYER_BY_METRIC = new Map<string, PostagePayer>(POSTAGE_PAYERS.map((p) => [metric.postage(p), p]));
const DECISION_BY_METRIC = new Map<string, AfterSaleDecision>(AFTER_SALE_DECISIONS.map((d) => [metric.decision(d), d]));

export function returnsView(counters: readonly InsightCounter[], filter: InsightsFilter): ReturnsView {
  const causes = new Map<SituationId, number>();
  const postage = new Map<PostagePayer, number>();
  const decisions = new Map<AfterSaleDecision, number>();
  for (const counter of counters) {
    if (counter.day < filter.from || counter.day > filter.to) continue;
    const cause = CAUSE_BY_METRIC.get(counter.metric);
    if (cause) {
      causes.set(cause, (causes.get(cause) ?? 0) + counter.count);
      continue;
    }
    const payer = PAYER_BY_METRIC.get(counter.metric);
    if (payer) {
      postage.set(payer, (postage.get(payer) ?? 0) + counter.count);
      continue;
    }
    const decision = DECISION_BY_METRIC.get(counter.metric);
    if (decision) decisions.set(decision, (decisions.get(decision) ?? 0) + counter.count);
  }
  return {
    causes: [...causes.entries()]
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1] || SITUATION_IDS.indexOf(a[0]) - SITUATION_IDS.indexOf(b[0]))
      .map(([cause, count]) => ({ cause, count })),
    postage: POSTAGE_PAYERS.map((payer) => ({ payer, count: postage.get(payer) ?? 0 })),
    decisions: AFTER_SALE_DECISIONS.map((decision) => ({ decision, count: decisions.get(decision) ?? 0 })),
  };
}

export function returnsIsEmpty(view: ReturnsView): boolean {
  return view.causes.length === 0 && view.postage.every((p) => p.count === 0) && view.decisions.every((d) => d.count === 0);
}
