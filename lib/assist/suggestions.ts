/**
 * The sidebar's suggestions: the classifier's situations, the seller's templates (built-ins
 * as stored, overrides, own scripts) and their usage, ranked by lib/scripts.
 */
import type { Customer, Template } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import type { VariableValues } from '../scripts/render';
import { effectiveScripts, type EffectiveScript } from '../scripts/library';
import { BUILTIN_SCRIPTS } from '../scripts/builtin-scripts';
import { suggestReplies, type ScriptUsage } from '../scripts/suggest';
import type { Classification } from '../situations';

export interface SuggestionView {
  id: string;
  title: string;
  body: string;
  situation: string;
}

export function usageOf(templates: readonly Template[]): Record<string, ScriptUsage> {
  const usage: Record<string, ScriptUsage> = {};
  for (const t of templates) {
    if (t.usageCount > 0) usage[t.overridesId ?? t.id] = { count: t.usageCount, lastUsedAt: t.lastUsedAt ?? 0 };
  }
  return usage;
}

export function libraryOf(templates: readonly Template[]): EffectiveScript[] {
  return effectiveScripts(BUILTIN_SCRIPTS, templates);
}

export function suggestionsFor(input: {
  classification: Classification;
  templates: readonly Template[];
  locale: Locale;
  values: VariableValues;
  customer?: Customer;
  orderCount?: number;
  limit?: number;
}): SuggestionView[] {
  return suggestReplies({
    situations: input.classification.situations,
    locale: input.locale,
    values: input.values,
    library: libraryOf(input.templates),
    usage: usageOf(input.templates),
    customer: input.customer ? { vipLevel: input.customer.vipLevel, orderCount: input.orderCount ?? 0 } : undefined,
    limit: input.limit ?? 3,
  }).map((s) => ({ id: s.script.id, title: s.script.title, body: s.script.body, situation: s.situation }));
}

/** The script a playbook step names, as the seller's library has it. */
export function firstScriptOf(library: readonly EffectiveScript[], group: string, locale: Locale): EffectiveScript | undefined {
  return library.find((s) => s.group === group && s.locale === locale);
}
