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
import { jsonNestsDeeperThan, tooDeepMessage } from './json-depth';

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
  if (jsonNestsDeeperThan(json)) return { ok: false, errors: [tooDeepMessage()] };
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
  // Keyed in lower case: expansion matches any case, so /TY and /ty are the same shortcut.
  const shortcuts = new Map<string, { n: number; shortcut: string }>();
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
      const first = shortcuts.get(shortcut.toLowerCase());
      if (first) {
        errors.push(
          localized(
            `第 ${n} 条：快捷词 ${shortcut} 与第 ${first.n} 条的 ${first.shortcut} 重复（不区分大小写）`,
            `Entry ${n}: shortcut ${shortcut} repeats ${first.shortcut} of entry ${first.n} (case does not matter)`,
          ),
        );
      } else shortcuts.set(shortcut.toLowerCase(), { n, shortcut });
    }
    templates.push({ ...parsed.data, builtIn: false });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}

/** A pack's shortcut is taken by another template already in the library; nothing was written. */
export class ShortcutClashError extends Error {
  override readonly name = 'ShortcutClashError';
  constructor(readonly userMessage: Localized) {
    super(userMessage.en);
  }
}

/** Write a parsed pack in one transaction; an entry with the same id replaces the old one. */
export async function importTemplatePack(db: SellerDb, templates: readonly Template[]): Promise<number> {
  await db.transaction('rw', db.templates, async () => {
    // A shortcut already used by a different local template, in any case, would make
    // expansion ambiguous (it matches /TY and /ty alike).
    for (const t of templates) {
      if (!t.shortcut) continue;
      const clash = (await db.templates.where('shortcut').equalsIgnoreCase(t.shortcut).toArray()).find((other) => other.id !== t.id);
      if (clash) {
        throw new ShortcutClashError(
          localized(
            `「${t.title}」的快捷词 ${t.shortcut} 已被现有话术「${clash.title}」（${clash.shortcut}）使用（不区分大小写），没有导入任何内容。`,
            `The shortcut ${t.shortcut} of "${t.title}" is already used by "${clash.title}" (${clash.shortcut}), ignoring case; nothing was imported.`,
          ),
        );
      }
    }
    await db.templates.bulkPut([...templates]);
  });
  return templates.length;
}
