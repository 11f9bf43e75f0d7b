/**
 * The insights event log travels with the archive: in every backup, back with a restore (the
 * event counters rebuilt from the events), gone with "erase everything"; a backup written
 * before schema v7 still restores, with an empty log.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../lib/io/canonical-json';
import { createBackup, eraseEverything, parseBackup, restoreBackup, serializeBackup } from '../../../lib/io/backup';
import { addEventOutcome, logHandledMessage } from '../../../lib/insights/event-log';
import { weekStart } from '../../../lib/insights/days';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

const noSites = { isGranted: async () => false, register: async () => undefined, remove: async () => undefined };
const deps = { saveSettings: async () => undefined, currentSettings: DEFAULT_SETTINGS, sites: noSites };
const opts = { timeZone: 'Asia/Shanghai', keepMessageText: false };

async function archiveWithInsights() {
  const db = freshDb();
  await seedSmallArchive(db);
  await logHandledMessage(db, { at: T0, platform: 'jd', buyerKey: 'jd:a', messageKey: 'm1', productKey: 'p1', productName: '杯子', situations: ['damaged'] }, opts);
  await logHandledMessage(db, { at: T0 + 1, platform: 'jd', buyerKey: 'jd:b', messageKey: 'm2', productKey: 'p1', situations: ['haggle'] }, opts);
  await addEventOutcome(db, 'm2', { kind: 'decision', decision: 'price_accepted', at: T0 + 2, listPrice: 30, finalPrice: 27 });
  await db.insightCounters.put({ key: '2026-01-01|jd||followup:revisit:late', day: '2026-01-01', platform: 'jd', productKey: '', metric: 'followup:revisit:late', count: 2 });
  return db;
}

describe('insights in backups', () => {
  it('a backup carries events, counters and product names; a restore brings them back and rebuilds event counters', async () => {
    const source = await archiveWithInsights();
    const backup = await createBackup(source, DEFAULT_SETTINGS, T0);
    // A file whose event counters disagree with its events still restores right.
    const data = { ...backup.data, insightCounters: backup.data.insightCounters.map((c) => (c.metric === 'messages' ? { ...c, count: 99 } : c)) };
    const text = serializeBackup({ ...backup, data, checksum: await sha256Hex(canonicalJson(data)) });
    const target = freshDb();
    const parsed = await parseBackup(text, target.verno);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
    expect(parsed.backup.data.insightEvents).toHaveLength(2);
    expect((await restoreBackup(target, parsed.backup, deps)).ok).toBe(true);
    const sort = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(sort(await target.insightCounters.toArray())).toEqual(sort(await source.insightCounters.toArray()));
    expect(await target.insightEvents.toArray()).toEqual(await source.insightEvents.toArray());
    expect(await target.insightProducts.toArray()).toEqual(await source.insightProducts.toArray());
    // The weekly rollup is not in the file (the format is unchanged) but rebuilt from the days.
    expect(Object.keys(backup.data)).not.toContain('insightWeeks');
    const perWeek = new Map<string, [number, number | undefined]>();
    for (const row of await target.insightCounters.toArray()) {
      const key = `${weekStart(row.day)}|${row.platform}|${row.productKey}|${row.metric}`;
      const [count, sum] = perWeek.get(key) ?? [0, undefined];
      perWeek.set(key, [count + row.count, row.sum === undefined ? sum : (sum ?? 0) + row.sum]);
    }
    const weeks = await target.insightWeeks.toArray();
    expect(weeks.length).toBeGreaterThan(0);
    expect(new Map(weeks.map((w) => [w.key, [w.count, w.sum]]))).toEqual(perWeek);
  });

  it('restores a backup written at schema v6 (no insight tables) with an empty log', async () => {
    const source = await archiveWithInsights();
    const backup = await createBackup(source, DEFAULT_SETTINGS, T0);
    const { insightEvents: _e, insightCounters: _c, insightProducts: _p, ...older } = backup.data;
    const v6 = { ...backup, schemaVersion: 6, data: older, checksum: await sha256Hex(canonicalJson(older)) };
    const parsed = await parseBackup(JSON.stringify(v6), source.verno);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
    const target = freshDb();
    expect((await restoreBackup(target, parsed.backup, deps)).ok).toBe(true);
    expect(await target.insightEvents.count()).toBe(0);
    expect(await target.insightCounters.count()).toBe(0);
    expect(await target.customers.count()).toBeGreaterThan(0);
  });

  it('refuses a backup with one buyer message logged twice', async () => {
    const source = await archiveWithInsights();
    const backup = await createBackup(source, DEFAULT_SETTINGS, T0);
    const data = { ...backup.data, insightEvents: [...backup.data.insightEvents, { ...backup.data.insightEvents[0]!, id: 'another' }] };
    const parsed = await parseBackup(JSON.stringify({ ...backup, data, checksum: await sha256Hex(canonicalJson(data)) }), source.verno);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.en).toBe('Insight events: m1 appears twice.');
  });

  it('erase everything removes the log, the counters, their weekly rollup and the product names', async () => {
    const db = await archiveWithInsights();
    expect(await db.insightWeeks.count()).toBeGreaterThan(0);
    await eraseEverything(db, deps);
    expect([await db.insightEvents.count(), await db.insightCounters.count(), await db.insightWeeks.count(), await db.insightProducts.count()]).toEqual([0, 0, 0, 0]);
  });
});
