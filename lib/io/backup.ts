/**
 * The full backup: every table and the settings in one JSON file, with a SHA-256 checksum
 * of the canonical JSON of `data`, so a truncated or hand-edited file is refused instead of
 * half-restored. A restore is exact: it replaces every table in one transaction.
 */
import { z } from 'zod';
import type { SellerDb } from '../db/database';
import { situationExampleSchema, TABLE_SCHEMAS, type Template } from '../db/schemas';
import { localized, type Localized } from '../i18n/localized';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../settings/settings';
import { seedBuiltinTemplates } from '../db/repositories/templates';
import { allTables, eraseArchive, readArchive, replaceArchive, TABLE_LABELS, TABLE_NAMES, TABLE_SINCE, type ArchiveTables, type TableName } from './archive-tables';
import { insightCounterSchema, insightEventSchema, insightProductSchema } from '../insights/contract';
import { describeWriteError, isQuotaError } from './write-errors';
import { canonicalJson, sha256Hex } from './canonical-json';
import { jsonNestsDeeperThan, tooDeepMessage } from './json-depth';
import { checkSiteOrigins } from './site-origins';

export const BACKUP_FORMAT = 'seller-assistant/backup';
export const BACKUP_VERSION = 1;

export interface BackupData extends ArchiveTables {
  settings: Settings;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  /** The database schema version the data was read from (Dexie's verno). */
  schemaVersion: number;
  checksum: string;
  data: BackupData;
}

export async function createBackup(db: SellerDb, settings: Settings, now = Date.now()): Promise<Backup> {
  const tables = await readArchive(db);
  const data: BackupData = { ...tables, settings: normaliseSettings(settings) };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    schemaVersion: db.verno,
    checksum: await sha256Hex(canonicalJson(data)),
    data,
  };
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

export function backupFileName(now = Date.now()): string {
  return `seller-assistant-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

const envelopeSchema = z.object({
  format: z.string(),
  version: z.number(),
  exportedAt: z.number(),
  schemaVersion: z.number().int().nonnegative(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.record(z.string(), z.unknown()),
});

// The tables the v5 upgrade checks, and the situation examples (schema v6), which have only
// ever been written through their schema.
const RECORD_SCHEMAS = {
  ...TABLE_SCHEMAS,
  situationExamples: situationExampleSchema,
  insightEvents: insightEventSchema,
  insightCounters: insightCounterSchema,
  insightProducts: insightProductSchema,
} satisfies Record<TableName, unknown>;

/** Enough problems to fix a hand-edited file; a wrong file would otherwise list thousands. */
const MAX_REPORTED = 20;

/** `warnings`: what the restore will leave out (e.g. an invalid site address), shown before confirming. */
export type BackupParse = { ok: true; backup: Backup; warnings: Localized[] } | { ok: false; errors: Localized[] };

/**
 * Check a backup file completely before anything is written: format, version, the schema
 * version it came from, the checksum, then every record against the archive's schemas and
 * every key for duplicates.
 */
export async function parseBackup(text: string, currentSchemaVersion: number): Promise<BackupParse> {
  const fail = (zh: string, en: string): BackupParse => ({ ok: false, errors: [localized(zh, en)] });
  if (jsonNestsDeeperThan(text)) return { ok: false, errors: [tooDeepMessage()] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('文件不是有效的 JSON，可能不完整。', 'The file is not valid JSON; it may be incomplete.');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('这不是售后助手的完整备份文件。', 'This is not a Seller Assistant full backup.');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return fail('备份文件的结构不完整（缺少版本、校验值或数据）。', 'The backup is incomplete (version, checksum or data is missing).');
  }
  const { version, schemaVersion, checksum, data } = envelope.data;
  if (version !== BACKUP_VERSION) {
    return fail(`备份格式版本 ${version} 不受支持，请更新扩展后再恢复。`, `Backup format version ${version} is not supported; update the extension and try again.`);
  }
  if (schemaVersion > currentSchemaVersion) {
    return fail(
      `这份备份来自更新版本的售后助手（数据版本 ${schemaVersion}），请先更新扩展。`,
      `This backup comes from a newer Seller Assistant (data version ${schemaVersion}); update the extension first.`,
    );
  }
  if ((await sha256Hex(canonicalJson(data))) !== checksum) {
    return fail('校验值不符：文件被修改过或已损坏，没有恢复任何内容。', 'Checksum mismatch: the file was changed or is damaged; nothing was restored.');
  }

  const errors: Localized[] = [];
  const tables = {} as ArchiveTables;
  for (const name of TABLE_NAMES) {
    // A backup from before a table existed restores it empty; from after, it must carry it.
    const since = TABLE_SINCE[name];
    const rows = data[name] === undefined && since !== undefined && schemaVersion < since ? [] : data[name];
    if (!Array.isArray(rows)) {
      errors.push(localized(`备份里缺少「${TABLE_LABELS[name]['zh-CN']}」。`, `The backup has no "${TABLE_LABELS[name].en}".`));
      continue;
    }
    (tables as Record<TableName, unknown[]>)[name] = parseRows(name, rows, errors);
  }
  if (errors.length === 0) findDuplicateKeys(tables, errors);
  if (errors.length === 0) findShortcutClashes(tables.templates, errors);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED) };

  // Site addresses one by one: a bad entry is dropped and named, the others are kept. (The
  // settings schema alone would drop the whole list over one entry, or keep `javascript:`.)
  const rawSettings = data.settings && typeof data.settings === 'object' ? (data.settings as { sites?: { customOrigins?: unknown } }) : {};
  const sites = checkSiteOrigins(rawSettings.sites?.customOrigins);
  const settings = normaliseSettings(data.settings);

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: envelope.data.exportedAt,
      schemaVersion,
      checksum,
      data: { ...tables, settings: { ...settings, sites: { ...settings.sites, customOrigins: sites.origins } } },
    },
    warnings: sites.dropped.slice(0, MAX_REPORTED),
  };
}

/**
 * Expansion matches shortcuts in any case (Caps Lock, a phone keyboard's capital), so /TY
 * and /ty on two templates would make one of them unreachable.
 */
function findShortcutClashes(templates: readonly Template[], errors: Localized[]): void {
  const seen = new Map<string, Template>();
  for (const template of templates) {
    if (!template.shortcut) continue;
    const key = template.shortcut.toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, template);
      continue;
    }
    errors.push(
      localized(
        `「话术」里「${first.title}」的快捷词 ${first.shortcut} 和「${template.title}」的 ${template.shortcut} 只差大小写，展开时分不清。`,
        `Templates "${first.title}" (${first.shortcut}) and "${template.title}" (${template.shortcut}) have shortcuts that differ only in case; expansion cannot tell them apart.`,
      ),
    );
    return;
  }
}

function parseRows(name: TableName, rows: unknown[], errors: Localized[]): unknown[] {
  const schema = RECORD_SCHEMAS[name];
  const parsed: unknown[] = [];
  rows.forEach((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) {
      parsed.push(result.data);
    } else if (errors.length < MAX_REPORTED) {
      const issue = result.error.issues[0]!;
      const where = issue.path.join('.') || '(root)';
      errors.push(
        localized(
          `「${TABLE_LABELS[name]['zh-CN']}」第 ${index + 1} 条 ${where}：${issue.message}`,
          `${TABLE_LABELS[name].en} entry ${index + 1}, ${where}: ${issue.message}`,
        ),
      );
    }
  });
  return parsed;
}

function findDuplicateKeys(tables: ArchiveTables, errors: Localized[]): void {
  const check = (name: TableName, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) {
        errors.push(localized(`「${TABLE_LABELS[name]['zh-CN']}」里 ${key} 出现了两次。`, `${TABLE_LABELS[name].en}: ${key} appears twice.`));
        return;
      }
      seen.add(key);
    }
  };
  check('customers', tables.customers.map((c) => c.id));
  check('customers', tables.customers.map((c) => `${c.platform}:${c.platformUid}`));
  check('orders', tables.orders.map((o) => o.id));
  check('notes', tables.notes.map((n) => n.id));
  check('tasks', tables.tasks.map((t) => t.id));
  check('templates', tables.templates.map((t) => t.id));
  check('conversations', tables.conversations.map((c) => c.key));
  check('situationExamples', tables.situationExamples.map((e) => e.id));
  check('insightEvents', tables.insightEvents.map((e) => e.id));
  // One event per buyer message: the database refuses a second with the same key.
  check('insightEvents', tables.insightEvents.map((e) => e.messageKey));
  check('insightCounters', tables.insightCounters.map((c) => c.key));
  check('insightProducts', tables.insightProducts.map((p) => p.key));
}

/**
 * What a restore or an erase does to the sites the user added, through custom-sites.ts in
 * the options page (tests pass their own). Host permissions belong to this browser, not to
 * a file: a restored site works only where access is already granted.
 */
export interface SiteControl {
  /** Whether this browser already grants the extension access to the origin. */
  isGranted(origin: string): Promise<boolean>;
  /** Register the content script for a granted origin (idempotent). */
  register(origin: string): Promise<void>;
  /** Unregister the content script and give the permission back. */
  remove(origin: string): Promise<void>;
}

export interface RestoreDeps {
  saveSettings(settings: Settings): Promise<void>;
  /** The settings before the restore: written back if the archive cannot be. */
  currentSettings: Settings;
  sites: SiteControl;
}

export type RestoreResult =
  | {
      ok: true;
      /** Sites from the backup this browser has not granted: the seller adds them again. */
      sitesToAddAgain: string[];
      /** Sites added here before the restore that the backup does not list, now released. */
      sitesReleased: string[];
      /** Site steps that failed after the data was restored (the data stays restored). */
      siteProblems: Localized[];
    }
  | { ok: false; message: Localized };

/**
 * Replace the archive and the settings with the backup's, all or nothing. The settings are
 * one storage write and go first; the archive (every table) is one transaction; if it fails
 * (a full disk: QuotaExceededError), the old settings are written back, so the seller is
 * left exactly where they were, with the reason in words.
 */
export async function restoreBackup(db: SellerDb, backup: Backup, deps: RestoreDeps): Promise<RestoreResult> {
  const { settings: restored, ...tables } = backup.data;
  const before = deps.currentSettings.sites.customOrigins;
  const granted: string[] = [];
  const sitesToAddAgain: string[] = [];
  for (const origin of restored.sites.customOrigins) {
    const isGranted = await deps.sites.isGranted(origin).catch(() => false);
    (isGranted ? granted : sitesToAddAgain).push(origin);
  }
  const settings: Settings = { ...restored, sites: { ...restored.sites, customOrigins: granted } };

  try {
    await deps.saveSettings(settings);
  } catch (error) {
    return { ok: false, message: describeSettingsWriteError(error) };
  }
  try {
    // One transaction for every table (see archive-tables.ts).
    await replaceArchive(db, tables);
  } catch (error) {
    const message = describeWriteError(error);
    try {
      await deps.saveSettings(deps.currentSettings);
    } catch {
      return { ok: false, message: joinLocalized(message, SETTINGS_NOT_PUT_BACK) };
    }
    return { ok: false, message };
  }

  // The data is restored; now make the browser match the restored site list.
  const siteProblems: Localized[] = [];
  const sitesReleased: string[] = [];
  for (const origin of granted) {
    await deps.sites.register(origin).catch((error: unknown) => siteProblems.push(siteStepFailed(origin, error)));
  }
  for (const origin of before.filter((o) => !granted.includes(o))) {
    await deps.sites
      .remove(origin)
      .then(() => sitesReleased.push(origin))
      .catch((error: unknown) => siteProblems.push(siteStepFailed(origin, error)));
  }
  return { ok: true, sitesToAddAgain, sitesReleased, siteProblems };
}

export interface EraseResult {
  /** Built-in scripts written back. */
  builtIns: number;
  sitesReleased: string[];
  /** Sites whose script or permission could not be removed: they stay listed to retry. */
  siteProblems: Localized[];
}

/**
 * "Erase everything" leaves a working extension, as after a fresh install: every table
 * emptied and the built-in scripts put back in one transaction, each added site's content
 * script unregistered and its permission released, and the settings at their defaults.
 */
export async function eraseEverything(
  db: SellerDb,
  deps: { saveSettings(settings: Settings): Promise<void>; currentSettings: Settings; sites: Pick<SiteControl, 'remove'> },
): Promise<EraseResult> {
  const builtIns = await db.transaction('rw', [...allTables(db), db.quarantine], async () => {
    await eraseArchive(db);
    await db.quarantine.clear();
    return seedBuiltinTemplates(db);
  });
  const sitesReleased: string[] = [];
  const kept: string[] = [];
  const siteProblems: Localized[] = [];
  for (const origin of deps.currentSettings.sites.customOrigins) {
    try {
      await deps.sites.remove(origin);
      sitesReleased.push(origin);
    } catch (error) {
      kept.push(origin);
      siteProblems.push(siteStepFailed(origin, error));
    }
  }
  await deps.saveSettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, customOrigins: kept } });
  return { builtIns, sitesReleased, siteProblems };
}

const SETTINGS_NOT_PUT_BACK = localized(
  '之前的设置也没能写回，请在设置页检查一遍。',
  'The previous settings could not be written back either; check the settings pages.',
);

function joinLocalized(a: Localized, b: Localized): Localized {
  return localized(`${a['zh-CN']}${b['zh-CN']}`, `${a.en} ${b.en}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Extension storage says it is full in its message ("QUOTA_BYTES quota exceeded"), not with
 * a QuotaExceededError name like IndexedDB.
 */
function describeSettingsWriteError(error: unknown): Localized {
  if (isQuotaError(error) || /quota/i.test(errorText(error))) {
    return localized(
      '浏览器的扩展存储空间已满，设置写不进去，所以没有恢复任何内容（数据和设置都保持原样）。请清理浏览器数据后再试。',
      'The browser’s extension storage is full, so the settings could not be written and nothing was restored (data and settings are unchanged). Free some browser space, then try again.',
    );
  }
  return localized(
    `设置写入失败，没有恢复任何内容（数据和设置都保持原样）：${errorText(error)}`,
    `Writing the settings failed, so nothing was restored (data and settings are unchanged): ${errorText(error)}`,
  );
}

function siteStepFailed(origin: string, error: unknown): Localized {
  return localized(
    `网站 ${origin} 的访问设置没能更新（${errorText(error)}），请到「网站」设置里检查。`,
    `The access settings for ${origin} could not be updated (${errorText(error)}); check them on the Sites settings page.`,
  );
}

export function backupCounts(backup: Backup): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, backup.data[name].length])) as Record<TableName, number>;
}
