/**
 * The shop's corrections: stored one row per text, bounded to the newest, deletable, refused
 * when malformed, and learned by the shop layer as soon as they are read back.
 */
import { describe, expect, it } from 'vitest';
import { runArchiveOperation } from '../../../lib/archive-api/operations';
import { SellerDb } from '../../../lib/db/database';
import {
  addSituationExample,
  deleteSituationExample,
  listSituationExamples,
  MAX_SITUATION_EXAMPLES,
} from '../../../lib/db/repositories/situation-examples';
import { classify } from '../../../lib/situations/classify';
import { correctSituation } from '../../../lib/situations/correction';
import { createShopLayer } from '../../../lib/situations/shop-layer';

const freshDb = () => new SellerDb(`test-${crypto.randomUUID()}`);

describe('situation examples', () => {
  it('stores a correction, lists oldest first, and a text labelled again keeps only the newest label', async () => {
    const db = freshDb();
    await addSituationExample(db, { text: '穿上勒得慌', situation: 'quality_issue', source: 'insert' }, 100);
    await addSituationExample(db, { text: '先别派送', situation: 'logistics', source: 'correction', shown: 'other', platform: 'pinduoduo' }, 200);
    await addSituationExample(db, { text: '穿上勒得慌', situation: 'size_fit', source: 'correction', shown: 'quality_issue' }, 300);
    const listed = await listSituationExamples(db);
    expect(listed.map((e) => [e.text, e.situation, e.createdAt])).toEqual([
      ['先别派送', 'logistics', 200],
      ['穿上勒得慌', 'size_fit', 300],
    ]);
    expect(listed[0]!.platform).toBe('pinduoduo');
    await deleteSituationExample(db, listed[0]!.id);
    expect((await listSituationExamples(db)).map((e) => e.text)).toEqual(['穿上勒得慌']);
    db.close();
  });

  it('keeps only the newest examples when the bound is reached', async () => {
    const db = freshDb();
    for (let i = 0; i < 8; i++) await addSituationExample(db, { text: `消息 ${i}`, situation: 'other', source: 'correction' }, 1000 + i, 5);
    expect((await listSituationExamples(db)).map((e) => e.text)).toEqual(['消息 3', '消息 4', '消息 5', '消息 6', '消息 7']);
    expect(MAX_SITUATION_EXAMPLES).toBe(2000);
    db.close();
  });

  it('refuses an unknown situation or an empty text through the archive operation, and stores nothing', async () => {
    const db = freshDb();
    await expect(runArchiveOperation(db, 'command', 'addSituationExample', { text: '你好', situation: 'not_a_situation', source: 'correction' })).rejects.toThrow(
      /addSituationExample: situation/,
    );
    await expect(runArchiveOperation(db, 'command', 'addSituationExample', { text: '   ', situation: 'other', source: 'correction' })).rejects.toThrow(/text/);
    expect(await db.situationExamples.count()).toBe(0);
    await runArchiveOperation(db, 'command', 'addSituationExample', { text: '那我不要了', situation: 'refund', source: 'correction' });
    expect(((await runArchiveOperation(db, 'query', 'situationExamples', {})) as { text: string }[]).map((e) => e.text)).toEqual(['那我不要了']);
    db.close();
  });

  it('a stored correction makes the shop layer recognise the next similar message', async () => {
    const db = freshDb();
    const first = '你们这个快递员太凶了，把东西扔门口就走';
    const next = '快递员太凶了，东西扔门口就走了';
    // This shop treats a rude courier as a complaint; the model reads it as logistics.
    const before = classify(next);
    expect(before.situations[0]!.id).toBe('logistics');
    await addSituationExample(db, { text: first, situation: 'complaint', source: 'correction', shown: classify(first).situations[0]!.id });
    const layer = createShopLayer(await listSituationExamples(db));
    expect(layer.blend(before, next).situations[0]!.id).toBe('complaint');
    // An unrelated message is left as the model had it.
    const unrelated = classify('能便宜点吗');
    expect(layer.blend(unrelated, '能便宜点吗').situations[0]!.id).toBe(unrelated.situations[0]!.id);
    db.close();
  });
});

describe('correctSituation', () => {
  it('makes the picked situation the only one that counts, keeping its cues, and no longer unsure', () => {
    const c = classify('老板 那个鞋子');
    const picked = c.situations[1]?.id ?? 'size_fit';
    const corrected = correctSituation({ ...c, unsure: true }, picked);
    expect(corrected.situations[0]).toMatchObject({ id: picked, score: 1 });
    expect(corrected.unsure).toBe(false);
    expect(corrected.situations.slice(1).every((s) => s.score === 0)).toBe(true);
    expect(corrected.situations.map((s) => s.id).sort()).toEqual([...new Set([...c.situations.map((s) => s.id), picked])].sort());
  });
});
