/**
 * Hostile or damaged files: a backup's site addresses are checked one by one, shortcuts that
 * differ only in case are refused in backups and template packs, and absurd nesting is
 * refused with a reason instead of a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup, type Backup } from '../../../lib/io/backup';
import { canonicalJson, sha256Hex } from '../../../lib/io/canonical-json';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from '../../../lib/io/json-depth';
import { siteOriginOf } from '../../../lib/io/site-origins';
import { ShortcutClashError, importTemplatePack, parseTemplatePack, TEMPLATE_PACK_FORMAT } from '../../../lib/io/template-pack';
import { templateSchema, type Template } from '../../../lib/db/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { freshDb, seedSmallArchive, T0 } from './io-fixtures';

/** A backup whose data was changed and re-checksummed, as a hand-editor (or attacker) would. */
async function forge(backup: Backup, data: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ ...backup, data, checksum: await sha256Hex(canonicalJson(data)) });
}

function template(id: string, shortcut: string | undefined, title = id): Template {
  return templateSchema.parse({ id, situation: 'haggle', title, body: '亲，这已经是最低价啦', shortcut, createdAt: T0, updatedAt: T0 });
}

describe('site addresses in a backup', () => {
  it.each([
    ['https://shop.example.com', 'https://shop.example.com'],
    ['https://shop.example.com/', 'https://shop.example.com'],
    ['https://shop.example.com/*', 'https://shop.example.com'],
    ['HTTPS://Shop.Example.com', 'https://shop.example.com'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('keeps %s as %s', (entry, origin) => {
    expect(siteOriginOf(entry)).toBe(origin);
  });

  it.each([['https://*/*'], ['https://*.example.com/*'], ['<all_urls>'], ['*://*/*'], ['javascript:alert(1)'], ['file:///etc/passwd'], ['chrome://settings'], ['https://shop.example.com/chat?x=1'], ['https://user:pw@shop.example.com'], [42], [null]])(
    'refuses %j',
    (entry) => {
      expect(siteOriginOf(entry)).toBeUndefined();
    },
  );

  it('drops only the invalid entries, names each, and keeps the rest for the restore', async () => {
    const db = freshDb();
    const backup = await createBackup(db, DEFAULT_SETTINGS, T0);
    const customOrigins = ['https://shop.example.com', 'https://*/*', 'javascript:alert(1)', 'file:///etc/passwd', 'https://other.example.org/*', 42];
    const data = { ...backup.data, settings: { ...backup.data.settings, sites: { disabled: ['jd'], customOrigins } } };
    const result = await parseBackup(await forge(backup, data), db.verno);
    if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('\n'));
    expect(result.backup.data.settings.sites).toEqual({ disabled: ['jd'], customOrigins: ['https://shop.example.com', 'https://other.example.org'] });
    expect(result.warnings.map((w) => w.en)).toEqual([
      'The site "https://*/*" in the backup is not a valid http(s) site address; it is skipped (the other sites are restored).',
      'The site "javascript:alert(1)" in the backup is not a valid http(s) site address; it is skipped (the other sites are restored).',
      'The site "file:///etc/passwd" in the backup is not a valid http(s) site address; it is skipped (the other sites are restored).',
      'The site 42 in the backup is not a valid http(s) site address; it is skipped (the other sites are restored).',
    ]);
    expect(result.warnings[0]!['zh-CN']).toBe('备份里的网站 "https://*/*" 不是有效的 http/https 网站地址，恢复时跳过（其余网站照常恢复）。');
  });
});

describe('shortcuts that differ only in case', () => {
  it('refuse a backup, naming both templates', async () => {
    const db = freshDb();
    await seedSmallArchive(db);
    const backup = await createBackup(db, DEFAULT_SETTINGS, T0);
    const data = { ...backup.data, templates: [...backup.data.templates, template('tpl2', '/JJ', '砍价')] };
    const result = await parseBackup(await forge(backup, data), db.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e['zh-CN'])).toEqual(['「话术」里「议价」的快捷词 /jj 和「砍价」的 /JJ 只差大小写，展开时分不清。']);
    }
  });

  it('refuse a template pack holding both', () => {
    const pack = JSON.stringify({ format: TEMPLATE_PACK_FORMAT, version: 1, exportedAt: T0, templates: [template('a', '/ty'), template('b', '/TY')] });
    const result = parseTemplatePack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.en)).toEqual(['Entry 2: shortcut /TY repeats /ty of entry 1 (case does not matter)']);
  });

  it('refuse a pack whose shortcut an existing template holds in another case, writing nothing', async () => {
    const db = freshDb();
    await seedSmallArchive(db); // holds /jj on "议价"
    const incoming = [template('new-1', '/hello'), template('new-2', '/JJ', '新议价')];
    const error = await importTemplatePack(db, incoming).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortcutClashError);
    expect((error as ShortcutClashError).userMessage['zh-CN']).toBe('「新议价」的快捷词 /JJ 已被现有话术「议价」（/jj）使用（不区分大小写），没有导入任何内容。');
    expect(await db.templates.where('id').anyOf(['new-1', 'new-2']).count()).toBe(0);
    // The same template coming back (same id) is an update, not a clash.
    await expect(importTemplatePack(db, [{ ...template('tpl1', '/JJ', '议价') }])).resolves.toBe(1);
  });
});

describe('nesting depth', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('counts brackets outside strings only', () => {
    expect(jsonNestsDeeperThan(deep(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonNestsDeeperThan(deep(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ note: '['.repeat(1000) + '"\\"[' }))).toBe(false);
  });

  it('refuses a deeply nested backup with a reason instead of overflowing the stack', async () => {
    const db = freshDb();
    const backup = JSON.parse(serializeBackup(await createBackup(db, DEFAULT_SETTINGS, T0))) as Backup;
    const text = JSON.stringify({ ...backup, data: { ...backup.data, conversations: [] } }).replace('"conversations":[]', `"conversations":[{"key":"k","updatedAt":1,"haggle":{"message":"x","before":${deep(200_000)}}}]`);
    const result = await parseBackup(text, db.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!['zh-CN']).toContain(`文件的嵌套超过 ${MAX_JSON_DEPTH} 层`);
      expect(result.errors[0]!.en).toContain(`nests more than ${MAX_JSON_DEPTH} levels`);
    }
  });

  it('refuses a deeply nested template pack with the same reason', () => {
    const pack = `{"format":"${TEMPLATE_PACK_FORMAT}","version":1,"exportedAt":1,"templates":[${deep(200_000)}]}`;
    const result = parseTemplatePack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.en).toContain(`nests more than ${MAX_JSON_DEPTH} levels`);
  });
});
