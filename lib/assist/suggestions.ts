/**
 * The seller's library and habits as `advise` ranks them: the built-ins as stored, overrides
 * and own scripts (lib/scripts/library.ts), and how often and lately each was used. What to
 * suggest for a conversation is decided by `advise` (lib/advise/advise.ts), which the sidebar
 * and the command share.
 */
import type { Template } from '../db/schemas';
import { effectiveScripts, type EffectiveScript } from '../scripts/library';
import { BUILTIN_SCRIPTS } from '../scripts/builtin-scripts';
import type { ScriptUsage } from '../scripts/suggest';

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
