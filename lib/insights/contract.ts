/**
 * The shapes the after-sales insights are built on (issue 15), shared by the code that writes
 * them (the sidebar's event log, retention, the demo seed, the weekly digest) and the code
 * that reads them (the Insights page).
 *
 * Two tables:
 * - `insightEvents`, the raw log: one record per buyer message the sidebar handled, with what
 *   the seller did about it through the extension. Read only to maintain the counters (a new
 *   event, a correction, an outcome, retention, the demo's removal), never to draw a chart.
 * - `insightCounters`, daily counters per platform × product × metric, kept up to date in the
 *   same transaction as every event write, so a chart reads a few counters, not the log.
 *   Beside them `insightWeeks` (schema v8), the same rows summed per week (`day` = Monday),
 *   kept by the same writes (counter-store.ts): charts read whole weeks there.
 *
 * A counter is a pure function of the events of its day: `counterDeltas(event)` lists what
 * one event adds, and removing the event subtracts the same, so the counters always equal a
 * recount of the log (the property the retention test checks).
 */
import { z } from 'zod';
import { platformSchema, type Platform, type TaskKind } from '../db/schemas';
import { SITUATION_IDS, type SituationId } from '../situations/taxonomy';

/** A calendar day in the shop's time zone, `YYYY-MM-DD` (sorts as text). */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type Day = z.infer<typeof daySchema>;

/** Product key when the page showed no product card: the conversation is still counted. */
export const NO_PRODUCT = '';

/** What a seller's action through the extension decided, as the insights count it. */
export const DECISION_KINDS = ['price_accepted', 'deal_lost', 'exchange', 'return', 'refund', 'resend', 'compensation'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Who pays the return postage, when a return or exchange was decided. */
export const POSTAGE_PAYERS = ['seller', 'buyer', 'insurance'] as const;
export type PostagePayer = (typeof POSTAGE_PAYERS)[number];

const time = z.number().int().nonnegative();

export const insightOutcomeSchema = z.discriminatedUnion('kind', [
  /** The seller inserted a reply script (built-in or their own template). */
  z.object({ kind: z.literal('script'), scriptId: z.string().min(1).max(120), at: time }),
  /** The playbook's decision the seller acted on, by inserting one of its replies. */
  z.object({
    kind: z.literal('decision'),
    decision: z.enum(DECISION_KINDS),
    at: time,
    /** Haggling: the list price and the price agreed (or last offered, when lost). */
    listPrice: z.number().positive().optional(),
    finalPrice: z.number().nonnegative().optional(),
    /** Returns, exchanges, refunds: the problem behind it, and who pays the postage back. */
    cause: z.enum(SITUATION_IDS).optional(),
    postage: z.enum(POSTAGE_PAYERS).optional(),
  }),
]);
export type InsightOutcome = z.infer<typeof insightOutcomeSchema>;

export const insightEventSchema = z.object({
  id: z.string().min(1).max(64),
  at: time,
  day: daySchema,
  platform: platformSchema,
  /** `platform:uid` as the sidebar keys the conversation (never a masked name). */
  buyerKey: z.string().min(1).max(200),
  /** One event per buyer message: the buyer key and a hash of the message (no text). */
  messageKey: z.string().min(1).max(300),
  /** The product id the page showed, else NO_PRODUCT. */
  productKey: z.string().max(120),
  productName: z.string().max(120).optional(),
  /** Main situation first, after the seller's correction if any. */
  situations: z.array(z.enum(SITUATION_IDS)).max(4),
  corrected: z.literal(true).optional(),
  /** The first of the buyer's events about this product on this day: one conversation. */
  opensConversation: z.literal(true).optional(),
  /** The buyer's message, only when the seller turned that on. */
  text: z.string().max(2000).optional(),
  outcomes: z.array(insightOutcomeSchema).max(50),
  /** Generated for the demo: shown marked, erased with one click. */
  demo: z.literal(1).optional(),
});
export type InsightEvent = z.infer<typeof insightEventSchema>;

/** Follow-up results, counted when a task is completed or cancelled. */
export const FOLLOW_UP_RESULTS = ['on_time', 'late', 'skipped'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

/**
 * The metric names a counter may carry. `sum` is used by the price metrics only (the sum of
 * prices over `count` deals).
 */
export const metric = {
  /** Buyer messages handled. */
  messages: 'messages',
  /** Conversations: a buyer's messages about one product on one day. */
  conversations: 'conversations',
  situation: (id: SituationId) => `situation:${id}`,
  decision: (kind: DecisionKind) => `decision:${kind}`,
  /** Returns/exchanges/refunds by the problem behind them. */
  cause: (id: SituationId) => `cause:${id}`,
  postage: (payer: PostagePayer) => `postage:${payer}`,
  /** Closed haggles: count = deals, sum = list prices / final prices. */
  listPrice: 'price:list',
  finalPrice: 'price:final',
  followUp: (kind: TaskKind, result: FollowUpResult) => `followup:${kind}:${result}`,
} as const;

/** The after-sales problems the per-product table ranks ("what to fix or stop stocking"). */
export const PRODUCT_PROBLEMS = ['quality_issue', 'size_fit', 'damaged', 'missing_item', 'wrong_item'] as const satisfies readonly SituationId[];

export const insightCounterSchema = z.object({
  /** `day|platform|productKey|metric`: one row per combination. */
  key: z.string().min(1),
  day: daySchema,
  platform: platformSchema,
  productKey: z.string().max(120),
  metric: z.string().min(1).max(120),
  count: z.number().int(),
  sum: z.number().optional(),
  /** Counts that came from demo events (also included in `count`). */
  demoCount: z.number().int().optional(),
});
export type InsightCounter = z.infer<typeof insightCounterSchema>;

export function counterKey(day: Day, platform: Platform, productKey: string, metricName: string): string {
  return `${day}|${platform}|${productKey}|${metricName}`;
}

/** Product names as last seen, for the tables (`platform|productKey`). */
export const insightProductSchema = z.object({
  key: z.string().min(1),
  platform: platformSchema,
  productKey: z.string().max(120),
  name: z.string().max(120),
  lastSeen: time,
  /** Named only by demo events: removed with them (added by the data side, optional). */
  demo: z.literal(1).optional(),
});
export type InsightProduct = z.infer<typeof insightProductSchema>;

/** What the Insights page asks for. Days inclusive; no platform/product means all. */
export interface InsightsFilter {
  from: Day;
  to: Day;
  platform?: Platform;
  productKey?: string;
}

/** The settings section (`settings.insights`). */
export const insightsSettingsSchema = z.object({
  /** Events older than this many days are deleted, with their counters. */
  retentionDays: z.number().int().min(7).max(3650).catch(365).default(365),
  /** Keep the buyer's message text in the log (off: only situations and outcomes). */
  keepMessageText: z.boolean().catch(false).default(false),
  /** One notification a week naming the product with the most new problems. */
  weeklyDigest: z.boolean().catch(true).default(true),
});
export type InsightsSettings = z.output<typeof insightsSettingsSchema>;

