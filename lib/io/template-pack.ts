/**
 * Template packs: the seller's own templates and edits of built-ins as one JSON file, so a
 * team shares one library. Import is all or nothing: every entry is validated first and
 * any problem is reported by its position with nothing written.
 */
import { z } from 'zod';
import type { SellerDb } from '../db/database';
import { templateSchema, type Template } from '../db/schemas';
import { localized, type Localized } from '../i18n/localized';
import { validateTemplate } from '../scripts/template-syntax';

export const TEMPLATE_PACK_FORMAT = 'seller-assistant/template-pack';
export const TEMPLATE_PACK_VERSION = 1;

const packSchema = z.object({
  format: z.literal(TEMPLATE_PACK_FORMAT),
  version: z.literal(TEMPLATE_PACK_VERSION),
  exportedAt: z.number(),
  templates: z.array(z.unknown()).max(20_000),
});

export function exportTemplatePack(templates: readonly Template[], now = Date.now()): string {
  // Untouched built-ins ship with the extension; only the seller's work travels.
  const own = templates.filter((t) => !t.builtIn);
  return JSON.stringify({ format: TEMPLATE_PACK_FORMAT, version: TEMPLATE_PACK_VERSION, exportedAt: now, templates: own }, null, 2);
}

export type PackParse = { ok: true; templates: Template[] } | { ok: false; errors: Localized[] };

export function parseTemplatePack(json: string): PackParse {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, errors: [localized('文件不是有效的 JSON。', 'The file is not valid JSON.')] };
  }
  const pack = packSchema.safeParse(raw);
  if (!pack.success) {
    return { ok: false, errors: [localized('这不是售后助手的话术包（格式或版本不对）。', 'This is not a Seller Assistant template pack (wrong format or version).')] };
  }
  const errors: Localized[] = [];
  const templates: Template[] = [];
  const shortcuts = new Map<string, number>();
  pack.data.templates.forEach((entry, index) => {
    const n = index + 1;
    const parsed = templateSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push(localized(`第 ${n} 条：${issue.path.join('.')} ${issue.message}`, `Entry ${n}: ${issue.path.join('.')} ${issue.message}`));
      return;
    }
    const problem = validateTemplate(parsed.data.body)[0];
    if (problem) {
      errors.push(localized(`第 ${n} 条「${parsed.data.title}」：${problem.message['zh-CN']}`, `Entry ${n} "${parsed.data.title}": ${problem.message.en}`));
      return;
    }
    const shortcut = parsed.data.shortcut;
    if (shortcut) {
      const first = shortcuts.get(shortcut);
      if (first) errors.push(localized(`第 ${n} 条：快捷词 ${shortcut} 与第 ${first} 条重复`, `Entry ${n}: shortcut ${shortcut} repeats entry ${first}`));
      else shortcuts.set(shortcut, n);
    }
    templates.push({ ...parsed.data, builtIn: false });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}

/** Write a parsed pack in one transaction; an entry with the same id replaces the old one. */
export async function importTemplatePack(db: SellerDb, templates: readonly Template[]): Promise<number> {
  await db.transaction('rw', db.templates, async () => {
    // A shortcut already used by a different local template would make expansion ambiguous.
    for (const t of templates) {
      if (!t.shortcut) continue;
      const clash = await db.templates.where('shortcut').equals(t.shortcut).first();
      if (clash && clash.id !== t.id) throw new Error(`shortcut ${t.shortcut} is already used by "${clash.title}"`);
    }
    await db.templates.bulkPut([...templates]);
  });
  return templates.length;
}
