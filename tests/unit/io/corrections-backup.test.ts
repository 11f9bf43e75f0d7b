/**
 * The shop's situation corrections travel with the archive: in every backup, back with a
 * restore, gone with "erase everything"; a backup written before they existed still restores.
 */
import { describe, expect, it } from 'vitest';
import { addSituationExample, listSituationExamples } from '../../../lib/db/repositories/situation-examples';
import { canonicalJson, sha256Hex } from '../../../lib/io/canonical-json';
import { createBackup, eraseEverything, parseBackup, restoreBackup, serializeBackup } from '../../../lib/io/backup';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

const noSites = { isGranted: async () => false, register: async () => undefined, remove: async () => undefined };
const deps = { saveSettings: async () => undefined, currentSettings: DEFAULT_SETTINGS, sites: noSites };

async function archiveWithCorrections() {
  const db = freshDb();
  await seedSmallArchive(db);
  await addSituationExample(db, { text: '快递员太凶了，东西扔门口就走了', situation: 'complaint', source: 'correction', shown: 'logistics', platform: 'pinduoduo' }, T0);
  await addSituationExample(db, { text: '宝贝什么时候能到我这边', situation: 'ship_time', source: 'insert', shown: 'logistics' }, T0 + 1);
  return db;
}

describe('corrections in backups', () => {
  it('a backup carries them and a restore into another database brings them back exactly', async () => {
    const source = await archiveWithCorrections();
    const text = serializeBackup(await createBackup(source, DEFAULT_SETTINGS, T0));
    const target = freshDb();
    await addSituationExample(target, { text: '恢复前的纠正', situation: 'other', source: 'correction' }, T0);
    const parsed = await parseBackup(text, target.verno);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
    expect(parsed.backup.data.situationExamples).toHaveLength(2);
    const result = await restoreBackup(target, parsed.backup, deps);
    expect(result.ok).toBe(true);
    expect(await listSituationExamples(target)).toEqual(await listSituationExamples(source));
  });

  it('restores a backup written at schema v5 (no corrections table) with no corrections, and refuses a v6 one without it', async () => {
    const source = await archiveWithCorrections();
    const backup = await createBackup(source, DEFAULT_SETTINGS, T0);
    const { situationExamples: _dropped, ...older } = backup.data;
    const v5 = { ...backup, schemaVersion: 5, data: older, checksum: await sha256Hex(canonicalJson(older)) };
    const parsed = await parseBackup(JSON.stringify(v5), source.verno);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
    expect(parsed.backup.data.situationExamples).toEqual([]);
    expect(parsed.backup.data.customers.length).toBeGreaterThan(0);

    const missing = await parseBackup(JSON.stringify({ ...v5, schemaVersion: 6 }), source.verno);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.en)).toEqual(['The backup has no "Situation corrections".']);
  });

  it('refuses a backup whose correction names an unknown situation, naming the entry', async () => {
    const source = await archiveWithCorrections();
    const backup = await createBackup(source, DEFAULT_SETTINGS, T0);
    const data = { ...backup.data, situationExamples: [{ ...backup.data.situationExamples[0]!, situation: 'nonsense' }] };
    const parsed = await parseBackup(JSON.stringify({ ...backup, data, checksum: await sha256Hex(canonicalJson(data)) }), source.verno);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.en).toMatch(/^Situation corrections entry 1, situation:/);
  });

  it('erase everything removes them', async () => {
    const db = await archiveWithCorrections();
    expect(await db.situationExamples.count()).toBe(2);
    await eraseEverything(db, deps);
    expect(await db.situationExamples.count()).toBe(0);
  });
});
