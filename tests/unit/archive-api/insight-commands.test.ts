import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { runArchiveOperation } from '../../../lib/archive-api/operations';
import { updateSettings } from '../../../lib/settings/settings-store';

let db: SellerDb;
let n = 0;
beforeEach(async () => {
  db = new SellerDb(`insight-commands-${++n}`);
  await db.open();
  await updateSettings((s) => ({ ...s, insights: { ...s.insights, keepMessageText: false } }));
});
afterEach(async () => {
  await db.delete();
});

const log = { at: Date.parse('2026-12-04T10:00:00+08:00'), platform: 'pinduoduo', buyerKey: 'pinduoduo:u1', messageKey: 'pinduoduo:u1#1', productKey: 'p1', situations: ['logistics'], text: '到哪了' };

describe('insight archive commands', () => {
  it('log, correct and add an outcome sent without waiting are applied in that order', async () => {
    const sent = [
      runArchiveOperation(db, 'command', 'logInsightEvent', log),
      runArchiveOperation(db, 'command', 'correctInsightEvent', { messageKey: log.messageKey, situations: ['ship_time'] }),
      runArchiveOperation(db, 'command', 'addInsightOutcome', { messageKey: log.messageKey, outcome: { kind: 'script', scriptId: 'ship_time.1', at: 1 } }),
    ];
    expect(await Promise.all(sent)).toEqual([{ created: true }, true, true]);
    const [event] = await db.insightEvents.toArray();
    expect(event).toMatchObject({ situations: ['ship_time'], corrected: true, outcomes: [{ kind: 'script', scriptId: 'ship_time.1' }], day: '2026-12-04' });
    // The seller did not turn keeping text on: the words were not stored.
    expect(event!.text).toBeUndefined();
  });

  it('keeps the text when the seller turned it on', async () => {
    await updateSettings((s) => ({ ...s, insights: { ...s.insights, keepMessageText: true } }));
    await runArchiveOperation(db, 'command', 'logInsightEvent', log);
    expect((await db.insightEvents.toArray())[0]!.text).toBe('到哪了');
  });

  it('refuses unknown situations, decisions and oversized fields', async () => {
    await expect(runArchiveOperation(db, 'command', 'logInsightEvent', { ...log, situations: ['nonsense'] })).rejects.toThrow(/situations/);
    await expect(runArchiveOperation(db, 'command', 'logInsightEvent', { ...log, situations: [] })).rejects.toThrow(/situations/);
    await expect(
      runArchiveOperation(db, 'command', 'addInsightOutcome', { messageKey: 'k', outcome: { kind: 'decision', decision: 'give_away', at: 1 } }),
    ).rejects.toThrow(/decision/);
    await expect(runArchiveOperation(db, 'command', 'logInsightEvent', { ...log, text: 'x'.repeat(2001) })).rejects.toThrow(/text/);
    expect(await db.insightEvents.count()).toBe(0);
  });
});
