import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup, eraseEverything, parseBackup, restoreBackup, serializeBackup, type Backup } from '../../../lib/io/backup';
import { buildAllPendingSearchKeys, countCustomersAwaitingSearchKeys } from '../../../lib/db/search-key-backlog';
import { readArchive } from '../../../lib/io/archive-tables';
import { canonicalJson, sha256Hex } from '../../../lib/io/canonical-json';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../../../lib/settings/settings';
import { BUILTIN_SCRIPTS } from '../../../lib/scripts/builtin-scripts';

/** A browser where no site was added or granted. */
const NO_SITES = { isGranted: async () => false, register: async () => undefined, remove: async () => undefined };
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

/** The schema version this build writes (SellerDb's newest). */
const CURRENT_SCHEMA = 8;

const settings: Settings = normaliseSettings({ language: 'en', shop: { name: '小店', sellerName: '阿芳' } });

describe('canonical JSON and checksum', () => {
  it('ignores key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('hashes with SHA-256 as lowercase hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('full backup', () => {
  it('carries every table and the settings, without search keys, and a valid checksum', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    expect((await db.customers.get('c1'))?.searchKeys?.length).toBeGreaterThan(0);
    const backup = await createBackup(db, settings, T0);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: T0, schemaVersion: CURRENT_SCHEMA });
    expect(backup.data.customers).toHaveLength(2);
    expect(backup.data.customers.every((c) => !('searchKeys' in c))).toBe(true);
    expect(backup.data.orders).toHaveLength(1);
    expect(backup.data.notes).toHaveLength(2);
    expect(backup.data.tasks).toHaveLength(1);
    expect(backup.data.templates).toHaveLength(1);
    expect(backup.data.conversations).toHaveLength(1);
    expect(backup.data.settings.shop.name).toBe('小店');
    expect(backup.checksum).toBe(await sha256Hex(canonicalJson(backup.data)));
  });

  it('restores exactly into another database, replacing what was there', async () => {
    const source = freshDb();
    await seedSmallArchive(source);
    const text = serializeBackup(await createBackup(source, settings, T0));

    const target = freshDb();
    await target.customers.add({ id: 'old', platform: 'jd', platformUid: 'x', sizes: {}, interests: [], tags: [], vipLevel: 0, points: 0, createdAt: 1, updatedAt: 1 });
    const parsed = await parseBackup(text, target.verno);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
    let saved: Settings | undefined;
    const result = await restoreBackup(target, parsed.backup, {
      saveSettings: async (s) => {
        saved = s;
      },
      currentSettings: DEFAULT_SETTINGS,
      sites: NO_SITES,
    });
    expect(result).toEqual({ ok: true, sitesToAddAgain: [], sitesReleased: [], siteProblems: [] });
    expect(await readArchive(target)).toEqual(await readArchive(source));
    expect(await target.customers.get('old')).toBeUndefined();
    expect(saved).toEqual(settings);
    // Restored customers wait for their search keys; once built, they are findable.
    expect(await countCustomersAwaitingSearchKeys(target)).toBe(2);
    await buildAllPendingSearchKeys(target);
    expect((await target.customers.where('searchKeys').equals('5678').toArray()).map((c) => c.id)).toEqual(['c1']);
    expect(await readArchive(target)).toEqual(await readArchive(source));
  });

  it('refuses a file whose data was edited (checksum mismatch)', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const backup = await createBackup(db, settings, T0);
    const edited: Backup = { ...backup, data: { ...backup.data, customers: backup.data.customers.map((c) => ({ ...c, points: c.points + 1 })) } };
    const result = await parseBackup(JSON.stringify(edited), CURRENT_SCHEMA);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!['zh-CN']).toContain('校验值不符');
  });

  it('refuses invalid JSON, another format, another version and a newer schema', async () => {
    const db = freshDb();
    const good = await createBackup(db, settings, T0);
    const firstError = async (text: string) => {
      const result = await parseBackup(text, CURRENT_SCHEMA);
      return result.ok ? undefined : result.errors[0]!.en;
    };
    expect(await firstError('{"format":')).toMatch(/not valid JSON/);
    expect(await firstError(JSON.stringify({ format: 'seller-assistant/template-pack', version: 1 }))).toMatch(/not a Seller Assistant full backup/);
    expect(await firstError(JSON.stringify({ ...good, version: 2 }))).toMatch(/version 2 is not supported/);
    expect(await firstError(JSON.stringify({ ...good, schemaVersion: CURRENT_SCHEMA + 1 }))).toMatch(/newer Seller Assistant/);
    expect(await firstError(JSON.stringify({ ...good, checksum: 'nope' }))).toMatch(/incomplete/);
  });

  it('names the table, entry and field of an invalid record even with a matching checksum', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const backup = await createBackup(db, settings, T0);
    const data = { ...backup.data, customers: [backup.data.customers[0]!, { ...backup.data.customers[1]!, birthday: '17/05/1990' }] };
    const forged = { ...backup, data, checksum: await sha256Hex(canonicalJson(data)) };
    const result = await parseBackup(JSON.stringify(forged), CURRENT_SCHEMA);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!['zh-CN']).toContain('「顾客」第 2 条 birthday');
      expect(result.errors[0]!.en).toContain('Customers entry 2, birthday');
    }
  });

  it('refuses duplicate buyer ids that the unique index would reject mid-restore', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const backup = await createBackup(db, settings, T0);
    const twin = { ...backup.data.customers[0]!, id: 'c9' };
    const data = { ...backup.data, customers: [...backup.data.customers, twin] };
    const result = await parseBackup(JSON.stringify({ ...backup, data, checksum: await sha256Hex(canonicalJson(data)) }), CURRENT_SCHEMA);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.en).toContain('pinduoduo:pdd_8812 appears twice');
  });

  it('erases every table, puts the built-in scripts back and resets the settings', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    let saved: Settings | undefined;
    const result = await eraseEverything(db, {
      saveSettings: async (s) => {
        saved = s;
      },
      currentSettings: settings,
      sites: NO_SITES,
    });
    const { templates, ...rest } = await readArchive(db);
    expect(Object.values(rest).every((rows) => rows.length === 0)).toBe(true);
    // The seller's own template is gone; the built-ins are there, as after a fresh install.
    expect(templates.map((t) => t.id).sort()).toEqual(BUILTIN_SCRIPTS.map((s) => s.id).sort());
    expect(result.builtIns).toBe(BUILTIN_SCRIPTS.length);
    expect(saved).toEqual(DEFAULT_SETTINGS);
  });
});
