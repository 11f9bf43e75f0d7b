/**
 * The sidebar's event-log writes, run by the background (see operations.ts): log a handled
 * buyer message, correct its situations, add what the seller did. The sidebar sends them
 * without waiting (fire and forget), one after another; the background runs them in the
 * order they arrived (a correction must not overtake the message it corrects), and reads the
 * time zone and the text setting itself rather than trusting the caller.
 */
import { z } from 'zod';
import type { SellerDb } from '../db/database';
import { platformSchema } from '../db/schemas';
import { insightOutcomeSchema, type InsightOutcome } from '../insights/contract';
import { addEventOutcome, logHandledMessage, setEventSituations } from '../insights/event-log';
import { getSettings } from '../settings/settings-store';
import { SITUATION_IDS, type SituationId } from '../situations/taxonomy';

const messageKey = z.string().min(1).max(300);
const situations = z.array(z.enum(SITUATION_IDS)).min(1).max(4);

export const logInsightEventArgs = z.object({
  at: z.number().int().nonnegative(),
  platform: platformSchema,
  buyerKey: z.string().min(1).max(200),
  messageKey,
  productKey: z.string().max(120).optional(),
  productName: z.string().max(120).optional(),
  situations,
  corrected: z.boolean().optional(),
  /** Sent always; stored only when the seller turned on keeping message text. */
  text: z.string().max(2000).optional(),
});
export type LogInsightEventArgs = z.infer<typeof logInsightEventArgs>;

let queue: Promise<unknown> = Promise.resolve();

/** Run insight writes strictly in arrival order (each after the previous settled). */
function inOrder<T>(write: () => Promise<T>): Promise<T> {
  const next = queue.then(write, write);
  queue = next.catch(() => undefined);
  return next;
}

export const INSIGHT_COMMANDS = {
  logInsightEvent: {
    args: logInsightEventArgs,
    run: (db: SellerDb, a: LogInsightEventArgs) =>
      inOrder(async () => {
        const { policy, insights } = await getSettings();
        const { created } = await logHandledMessage(db, a, { timeZone: policy.timeZone, keepMessageText: insights.keepMessageText });
        return { created };
      }),
  },
  correctInsightEvent: {
    args: z.object({ messageKey, situations }),
    run: (db: SellerDb, a: { messageKey: string; situations: SituationId[] }) =>
      inOrder(() => setEventSituations(db, a.messageKey, a.situations)),
  },
  addInsightOutcome: {
    args: z.object({ messageKey, outcome: insightOutcomeSchema }),
    run: (db: SellerDb, a: { messageKey: string; outcome: InsightOutcome }) => inOrder(() => addEventOutcome(db, a.messageKey, a.outcome)),
  },
} as const;
