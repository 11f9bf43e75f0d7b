/**
 * The counters always equal a recount of the event log, whatever sequence of writes came
 * before: logging, corrections, outcomes, follow-up results, erasing the demo, retention,
 * recounts. And the weekly rollup always equals the daily rows summed per week (Monday).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { DECISION_KINDS, POSTAGE_PAYERS, type InsightCounter, type InsightOutcome } from '../../../lib/insights/contract';
import { applyTaskPlan, completeTask, createTask } from '../../../lib/db/repositories/tasks';
import { weekStart } from '../../../lib/insights/days';
import {
  addEventOutcome,
  eraseDemoEvents,
  logHandledMessage,
  pruneEvents,
  recountCounters,
  recountedEventCounters,
  setEventSituations,
} from '../../../lib/insights/event-log';
import type { SituationId } from '../../../lib/situations/taxonomy';

const TZ = 'Asia/Shanghai';
const START = Date.parse('2026-01-01T00:00:00+08:00');
const DAY = 86_400_000;
const SITUATIONS: SituationId[] = ['haggle', 'damaged', 'size_fit', 'quality_issue', 'wrong_item', 'return_request', 'other'];

const situationsArb = fc.uniqueArray(fc.constantFrom(...SITUATIONS), { minLength: 1, maxLength: 3 });
const outcomeArb: fc.Arbitrary<InsightOutcome> = fc.oneof(
  fc.record({ kind: fc.constant('script' as const), scriptId: fc.constantFrom('s1', 's2', 's3'), at: fc.nat() }),
  fc.record(
    {
      kind: fc.constant('decision' as const),
      decision: fc.constantFrom(...DECISION_KINDS),
      at: fc.nat(),
      listPrice: fc.integer({ min: 100, max: 10_000 }).map((c) => c / 100),
      finalPrice: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
      cause: fc.constantFrom(...SITUATIONS),
      postage: fc.constantFrom(...POSTAGE_PAYERS),
    },
    { requiredKeys: ['kind', 'decision', 'at'] },
  ),
);

const opArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('log' as const),
      message: fc.nat({ max: 30 }),
      buyer: fc.nat({ max: 4 }),
      product: fc.constantFrom('', 'p1', 'p2'),
      platform: fc.constantFrom('pinduoduo' as const, 'jd' as const),
      dayOffset: fc.nat({ max: 60 }),
      hour: fc.nat({ max: 23 }),
      situations: situationsArb,
      demo: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('correct' as const), message: fc.nat({ max: 30 }), situations: situationsArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('outcome' as const), message: fc.nat({ max: 30 }), outcome: outcomeArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('eraseDemo' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prune' as const), retention: fc.integer({ min: 7, max: 60 }), nowOffset: fc.nat({ max: 90 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('followUp' as const),
      dueOffset: fc.nat({ max: 60 }),
      closeOffset: fc.nat({ max: 60 }),
      cancel: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('recount' as const) }) },
);

/** The daily rows summed per week, computed here independently of the code under test. */
function summedPerWeek(daily: InsightCounter[]): InsightCounter[] {
  const weeks = new Map<string, InsightCounter>();
  for (const row of daily) {
    const day = weekStart(row.day);
    const key = `${day}|${row.platform}|${row.productKey}|${row.metric}`;
    const week = weeks.get(key) ?? { key, day, platform: row.platform, productKey: row.productKey, metric: row.metric, count: 0 };
    week.count += row.count;
    if (row.sum !== undefined) week.sum = Math.round(((week.sum ?? 0) + row.sum) * 100) / 100;
    if (row.demoCount !== undefined) week.demoCount = (week.demoCount ?? 0) + row.demoCount;
    weeks.set(key, week);
  }
  return [...weeks.values()];
}

const sorted = (rows: InsightCounter[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
let n = 0;

describe('insight counters', () => {
  // 60 random sequences against fake IndexedDB: seconds on a quiet machine, more on a busy one.
  it('equal a recount of the remaining events after any sequence of writes', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), async (ops) => {
        const db = new SellerDb(`insights-property-${++n}`);
        try {
          for (const op of ops) {
            switch (op.op) {
              case 'log':
                await logHandledMessage(
                  db,
                  {
                    at: START + op.dayOffset * DAY + op.hour * 3_600_000,
                    platform: op.platform,
                    buyerKey: `${op.platform}:b${op.buyer}`,
                    messageKey: `m${op.message}`,
                    productKey: op.product,
                    ...(op.product ? { productName: `name ${op.product}` } : {}),
                    situations: op.situations,
                    demo: op.demo,
                  },
                  { timeZone: TZ, keepMessageText: false },
                );
                break;
              case 'correct':
                await setEventSituations(db, `m${op.message}`, op.situations);
                break;
              case 'outcome':
                await addEventOutcome(db, `m${op.message}`, op.outcome);
                break;
              case 'eraseDemo':
                await eraseDemoEvents(db);
                break;
              case 'prune':
                await pruneEvents(db, op.retention, START + op.nowOffset * DAY, TZ);
                break;
              case 'followUp': {
                const task = await createTask(db, { customerId: 'c1', kind: 'revisit', dueAt: START + op.dueOffset * DAY });
                const closedAt = START + op.closeOffset * DAY + 3_600_000;
                if (op.cancel) await applyTaskPlan(db, { create: [], cancel: [task.id] }, closedAt, TZ);
                else await completeTask(db, task.id, closedAt, TZ);
                break;
              }
              case 'recount':
                await recountCounters(db);
                break;
            }
          }
          const stored = await db.insightCounters.toArray();
          const eventRows = stored.filter((row) => !row.metric.startsWith('followup:'));
          expect(sorted(eventRows)).toEqual(sorted(await recountedEventCounters(db)));
          // No row is left at zero: a recount would not have it.
          expect(stored.every((row) => row.count !== 0)).toBe(true);
          expect(sorted(await db.insightWeeks.toArray())).toEqual(sorted(summedPerWeek(stored)));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  });
});
