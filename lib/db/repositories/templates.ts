import { z } from 'zod';
import type { SellerDb } from '../database';
import { templateSchema, type Template } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';
import { BUILTIN_SCRIPTS } from '../../scripts/builtin-scripts';

export const templateInputSchema = templateSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type TemplateInput = z.input<typeof templateInputSchema>;

/**
 * Built-in scripts live in code and are copied into the templates table so that search,
 * favourites, hiding and usage counts work the same for every template. Re-seeding (on each
 * install or update) refreshes their text but keeps what the seller did with them.
 */
export async function seedBuiltinTemplates(db: SellerDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    const existing = new Map((await db.templates.where('id').anyOf(BUILTIN_SCRIPTS.map((s) => s.id)).toArray()).map((t) => [t.id, t]));
    // A built-in the seller edited in place is theirs now (builtIn false): never overwritten.
    const records = BUILTIN_SCRIPTS.filter((script) => existing.get(script.id)?.builtIn !== false).map((script) => {
      const kept = existing.get(script.id);
      const unchanged = kept && kept.body === script.body && kept.title === script.title;
      return validate('template', templateSchema, {
        id: script.id,
        situation: script.group,
        title: script.title,
        body: script.body,
        locale: script.locale,
        tags: [...script.tags],
        builtIn: true,
        hidden: kept?.hidden ?? false,
        favourite: kept?.favourite ?? false,
        usageCount: kept?.usageCount ?? 0,
        lastUsedAt: kept?.lastUsedAt,
        shortcut: kept?.shortcut,
        createdAt: kept?.createdAt ?? now,
        updatedAt: unchanged ? kept.updatedAt : now,
      });
    });
    await db.templates.bulkPut(records);
    return records.length;
  });
}

/**
 * Save the seller's edit of a template. Editing a built-in keeps its id (tasks and usage
 * refer to it) and marks it as the seller's own override, so updates never overwrite it.
 */
export async function saveUserTemplate(
  db: SellerDb,
  input: TemplateInput & { id?: string },
  now = Date.now(),
): Promise<Template> {
  return db.transaction('rw', db.templates, async () => {
    const existing = input.id ? await db.templates.get(input.id) : undefined;
    if (input.shortcut) {
      // In any case, as text expansion matches them (/TY and /ty are one shortcut).
      const clash = await db.templates.where('shortcut').equalsIgnoreCase(input.shortcut).first();
      if (clash && clash.id !== input.id) throw new ShortcutTakenError(input.shortcut, clash.title);
    }
    const editsBuiltin = existing?.builtIn === true;
    const template = validate('template', templateSchema, {
      ...existing,
      ...input,
      builtIn: false,
      overridesId: editsBuiltin ? existing.id : (input.overridesId ?? existing?.overridesId),
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.templates.put(template);
    return template;
  });
}

export class ShortcutTakenError extends Error {
  override readonly name = 'ShortcutTakenError';
  constructor(
    readonly shortcut: string,
    readonly takenBy: string,
  ) {
    super(`shortcut ${shortcut} is already used by "${takenBy}"`);
  }
}

export async function recordTemplateUse(db: SellerDb, id: string, now = Date.now()): Promise<void> {
  await db.templates.where('id').equals(id).modify((template) => {
    template.usageCount += 1;
    template.lastUsedAt = now;
  });
}

export async function setTemplateFlags(
  db: SellerDb,
  id: string,
  flags: Partial<Pick<Template, 'hidden' | 'favourite' | 'shortcut'>>,
): Promise<void> {
  await db.templates.update(id, { ...flags, updatedAt: Date.now() });
}

/** Put a built-in back to the shipped text, dropping the seller's edit of it. */
export async function resetBuiltinTemplate(db: SellerDb, id: string): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(id);
    if (!existing || existing.overridesId !== id) return;
    await db.templates.put({ ...existing, builtIn: true, overridesId: undefined, updatedAt: Date.now() });
  });
  await seedBuiltinTemplates(db);
}

export async function deleteUserTemplate(db: SellerDb, id: string): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(id);
    if (!existing) return;
    if (existing.builtIn || existing.overridesId === id) throw new Error('built-in templates are hidden, not deleted');
    await db.templates.delete(id);
  });
}
