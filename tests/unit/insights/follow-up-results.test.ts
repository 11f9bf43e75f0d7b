import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { applyTaskPlan, completeTask, createTask } from '../../../lib/db/repositories/tasks';
import { followUpResult } from '../../../lib/insights/follow-up-results';

const TZ = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
let db: SellerDb;
let n = 0;

beforeEach(async () => {
  db = new SellerDb(`followups-${++n}`);
  await db.open();
  await db.customers.add({ id: 'c1', platform: 'jd', platformUid: 'u1', sizes: {}, interests: [], tags: [], vipLevel: 0, points: 0, createdAt: 0, updatedAt: 0 });
});
afterEach(async () => {
  await db.delete();
});

describe('followUpResult', () => {
  it('is on time until the end of the due shop day, late after, skipped when cancelled', () => {
    const due = at('2026-11-03T10:00:00+08:00');
    expect(followUpResult({ dueAt: due }, at('2026-11-03T23:59:00+08:00'), 'done', TZ)).toBe('on_time');
    expect(followUpResult({ dueAt: due }, at('2026-11-01T09:00:00+08:00'), 'done', TZ)).toBe('on_time');
    expect(followUpResult({ dueAt: due }, at('2026-11-04T00:01:00+08:00'), 'done', TZ)).toBe('late');
    expect(followUpResult({ dueAt: due }, at('2026-11-01T00:01:00+08:00'), 'cancelled', TZ)).toBe('skipped');
  });
});

describe('follow-up counters', () => {
  it('completing counts once, on the day it was done, under the customer platform', async () => {
    const task = await createTask(db, { customerId: 'c1', kind: 'revisit', dueAt: at('2026-11-03T10:00:00+08:00') });
    await completeTask(db, task.id, at('2026-11-05T10:00:00+08:00'), TZ);
    await completeTask(db, task.id, at('2026-11-05T11:00:00+08:00'), TZ);
    const rows = await db.insightCounters.toArray();
    expect(rows.map((r) => [r.key, r.count])).toEqual([['2026-11-05|jd||followup:revisit:late', 1]]);
  });

  it('a plan cancelling open tasks counts them as skipped', async () => {
    const a = await createTask(db, { customerId: 'c1', kind: 'arrival_check', dueAt: at('2026-11-03T10:00:00+08:00') });
    const b = await createTask(db, { customerId: 'c1', kind: 'arrival_check', dueAt: at('2026-11-03T10:00:00+08:00') });
    await completeTask(db, b.id, at('2026-11-03T11:00:00+08:00'), TZ);
    const result = await applyTaskPlan(db, { create: [], cancel: [a.id, b.id] }, at('2026-11-03T12:00:00+08:00'), TZ);
    expect(result.cancelled).toBe(1);
    const rows = Object.fromEntries((await db.insightCounters.toArray()).map((r) => [r.metric, r.count]));
    expect(rows).toEqual({ 'followup:arrival_check:skipped': 1, 'followup:arrival_check:on_time': 1 });
  });
});
