/**
 * Restore is all or nothing across the archive and the settings, and says why when the disk
 * is full; erase leaves a working extension (built-in scripts back, added sites released).
 */
import { describe, expect, it, vi } from 'vitest';
import { SellerDb } from '../../../lib/db/database';
import { readArchive } from '../../../lib/io/archive-tables';
import { createBackup, eraseEverything, parseBackup, restoreBackup, serializeBackup, type Backup, type SiteControl } from '../../../lib/io/backup';
import { BUILTIN_SCRIPTS } from '../../../lib/scripts/builtin-scripts';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../../../lib/settings/settings';
import { customer, freshDb, seedSmallArchive, T0 } from './io-fixtures';

const BEFORE = normaliseSettings({ language: 'zh-CN', shop: { name: '恢复前的小店' }, sites: { customOrigins: ['https://a.example.com', 'https://c.example.com'] } });
const IN_BACKUP = normaliseSettings({ language: 'en', shop: { name: '备份里的小店' }, sites: { customOrigins: ['https://a.example.com', 'https://b.example.com'] } });

/** A database whose writes to `notes` fail as IndexedDB does on a full disk, while `full.on`. */
function dbWithFullDisk(): { db: SellerDb; full: { on: boolean } } {
  const db = freshDb();
  const full = { on: false };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'notes') return table;
        return {
          ...table,
          mutate: (req) => (full.on && req.type === 'add' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req)),
        };
      },
    }),
  });
  return { db, full };
}

/** A backup of a different archive than the target holds, carrying IN_BACKUP settings. */
async function otherBackup(): Promise<Backup> {
  const source = freshDb();
  await seedSmallArchive(source);
  const parsed = await parseBackup(serializeBackup(await createBackup(source, IN_BACKUP, T0)), source.verno);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
  return parsed.backup;
}

function sites(granted: string[], failRemove: string[] = []) {
  const control = {
    isGranted: vi.fn(async (origin: string) => granted.includes(origin)),
    register: vi.fn(async () => undefined),
    remove: vi.fn(async (origin: string) => {
      if (failRemove.includes(origin)) throw new Error('permissions.remove failed');
    }),
  } satisfies SiteControl;
  return control;
}

describe('restore', () => {
  it('writes nothing when the settings cannot be saved (extension storage full), and says so', async () => {
    const db = freshDb();
    await db.customers.add(customer({ id: 'mine', name: '原有顾客' }));
    const before = await readArchive(db);
    const result = await restoreBackup(db, await otherBackup(), {
      saveSettings: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
      currentSettings: BEFORE,
      sites: sites([]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message['zh-CN']).toContain('扩展存储空间已满');
      expect(result.message.en).toContain('extension storage is full');
    }
    expect(await readArchive(db)).toEqual(before);
  });

  it('puts the settings back when the archive cannot be written (QuotaExceededError), and says so in words', async () => {
    const { db, full } = dbWithFullDisk();
    await db.customers.add(customer({ id: 'mine', name: '原有顾客' }));
    const before = await readArchive(db);
    const saved: Settings[] = [];
    full.on = true;
    const result = await restoreBackup(db, await otherBackup(), {
      saveSettings: async (s) => {
        saved.push(s);
      },
      currentSettings: BEFORE,
      sites: sites([]),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message['zh-CN']).toBe('浏览器存储空间不足，没有写入任何内容。请清理磁盘或浏览器数据、申请持久存储后再试。');
      expect(result.message.en).toContain('ran out of storage space');
    }
    full.on = false;
    expect(await readArchive(db)).toEqual(before);
    // The backup's settings went in first and were then replaced by the ones from before.
    expect(saved.map((s) => s.shop.name)).toEqual(['备份里的小店', '恢复前的小店']);
    expect(saved.at(-1)).toEqual(BEFORE);
  });

  it('keeps backup sites this browser has granted, asks for the others again, and releases sites the backup drops', async () => {
    const db = freshDb();
    const control = sites(['https://a.example.com', 'https://c.example.com']);
    let saved: Settings | undefined;
    const result = await restoreBackup(db, await otherBackup(), {
      saveSettings: async (s) => {
        saved = s;
      },
      currentSettings: BEFORE,
      sites: control,
    });
    expect(result).toEqual({ ok: true, sitesToAddAgain: ['https://b.example.com'], sitesReleased: ['https://c.example.com'], siteProblems: [] });
    expect(saved?.sites.customOrigins).toEqual(['https://a.example.com']);
    expect(saved?.shop.name).toBe('备份里的小店');
    expect(control.register.mock.calls).toEqual([['https://a.example.com']]);
    expect(control.remove.mock.calls).toEqual([['https://c.example.com']]);
  });
});

describe('erase everything', () => {
  it('leaves a working extension: built-ins back, added sites unregistered and released, defaults saved', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    await db.quarantine.add({ id: 'notes:n9', table: 'notes', key: 'n9', record: {}, problems: ['text: Required'], quarantinedAt: 1 });
    const control = sites([]);
    let saved: Settings | undefined;
    const result = await eraseEverything(db, {
      saveSettings: async (s) => {
        saved = s;
      },
      currentSettings: BEFORE,
      sites: control,
    });
    const { templates, ...rest } = await readArchive(db);
    expect(Object.values(rest).every((rows) => rows.length === 0)).toBe(true);
    expect(await db.quarantine.count()).toBe(0);
    expect(templates.map((t) => t.id).sort()).toEqual(BUILTIN_SCRIPTS.map((s) => s.id).sort());
    expect(templates.every((t) => t.builtIn)).toBe(true);
    expect(control.remove.mock.calls).toEqual([['https://a.example.com'], ['https://c.example.com']]);
    expect(result.sitesReleased).toEqual(['https://a.example.com', 'https://c.example.com']);
    expect(saved).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a site listed when its permission could not be released, and names it', async () => {
    const db = freshDb();
    let saved: Settings | undefined;
    const result = await eraseEverything(db, {
      saveSettings: async (s) => {
        saved = s;
      },
      currentSettings: BEFORE,
      sites: sites([], ['https://c.example.com']),
    });
    expect(result.sitesReleased).toEqual(['https://a.example.com']);
    expect(result.siteProblems.map((p) => p['zh-CN'])).toEqual(['网站 https://c.example.com 的访问设置没能更新（permissions.remove failed），请到「网站」设置里检查。']);
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, customOrigins: ['https://c.example.com'] } });
  });
});
