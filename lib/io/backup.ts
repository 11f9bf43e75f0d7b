/**
 * The full backup: every table and the settings in one JSON file, with a SHA-256 checksum
 * of the canonical JSON of `data`, so a truncated or hand-edited file is refused instead of
 * half-restored. A restore is exact: it replaces every table in one transaction.
 */
import { z } from 'zod';
import type { SellerDb } from '../db/database';
import {
  conversationSchema,
  customerSchema,
  noteSchema,
  orderSchema,
  taskSchema,
  templateSchema,
  type Template,
} from '../db/schemas';
import { localized, type Localized } from '../i18n/localized';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../settings/settings';
import { eraseArchive, readArchive, replaceArchive, TABLE_LABELS, TABLE_NAMES, type ArchiveTables, type TableName } from './archive-tables';
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

const RECORD_SCHEMAS = {
  customers: customerSchema,
  orders: orderSchema,
  notes: noteSchema,
  tasks: taskSchema,
  templates: templateSchema,
  conversations: conversationSchema,
} as const;

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
    const rows = data[name];
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
}

/**
 * Replace the archive with the backup (one transaction for every table), then hand the
 * settings to `saveSettings` (they live in extension storage, outside IndexedDB).
 */
export async function restoreBackup(
  db: SellerDb,
  backup: Backup,
  saveSettings: (settings: Settings) => Promise<void>,
): Promise<void> {
  const { settings, ...tables } = backup.data;
  await replaceArchive(db, tables);
  await saveSettings(settings);
}

/** Empty every table in one transaction, then reset the settings to their defaults. */
export async function eraseEverything(db: SellerDb, saveSettings: (settings: Settings) => Promise<void>): Promise<void> {
  await eraseArchive(db);
  await saveSettings(DEFAULT_SETTINGS);
}

export function backupCounts(backup: Backup): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, backup.data[name].length])) as Record<TableName, number>;
}
