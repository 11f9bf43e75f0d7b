/**
 * The effective library: the built-ins as the seller has adjusted them, plus the seller's own
 * templates. A user template with `overridesId` replaces that built-in's text but keeps its id,
 * so follow-up tasks and usage statistics that name the built-in keep working; `hidden` on
 * such an override removes the built-in from view.
 */
import type { Template } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import { detectClaims, type ClaimId } from './claims';
import { TONES, type BuiltinScript, type Tone } from './script-types';

export type ScriptOrigin = 'builtin' | 'override' | 'user';

export interface EffectiveScript {
  /** The built-in's id for built-ins and their overrides; the template's id for own templates. */
  id: string;
  /** A situation id or a lifecycle/playbook group; free-form for the seller's own templates. */
  group: string;
  locale: Locale;
  tone: Tone;
  title: string;
  body: string;
  tags: readonly string[];
  origin: ScriptOrigin;
  /** The user template this script comes from (overrides and own templates). */
  templateId?: string;
  shortcut?: string;
  favourite: boolean;
  /**
   * What the text states as fact: a built-in's declaration, or for an edited built-in what its
   * new words say. The seller's own templates carry none: they answer for their own words.
   */
  claims: readonly ClaimId[];
}

const TONE_TAGS: Record<string, Tone> = {
  warm: 'warm',
  concise: 'concise',
  formal: 'formal',
  热情: 'warm',
  亲切: 'warm',
  简洁: 'concise',
  正式: 'formal',
};

/** A template has no tone field; the seller can tag one, else it inherits or reads as warm. */
function toneOf(template: Template, inherited?: Tone): Tone {
  for (const tag of template.tags) {
    const tone = TONE_TAGS[tag.trim().toLowerCase()] ?? TONE_TAGS[tag.trim()];
    if (tone && (TONES as readonly string[]).includes(tone)) return tone;
  }
  return inherited ?? 'warm';
}

function fromBuiltin(b: BuiltinScript): EffectiveScript {
  return {
    id: b.id,
    group: b.group,
    locale: b.locale,
    tone: b.tone,
    title: b.title,
    body: b.body,
    tags: b.tags,
    origin: 'builtin',
    favourite: false,
    claims: b.claims,
  };
}

function fromTemplate(t: Template, origin: ScriptOrigin, base?: BuiltinScript): EffectiveScript {
  return {
    id: base ? base.id : t.id,
    group: base ? base.group : t.situation,
    locale: t.locale,
    tone: toneOf(t, base?.tone),
    title: t.title,
    body: t.body,
    tags: t.tags,
    origin,
    templateId: t.id,
    ...(t.shortcut ? { shortcut: t.shortcut } : {}),
    favourite: t.favourite,
    claims: origin === 'override' ? detectClaims(t.body, t.locale) : [],
  };
}

export function effectiveScripts(
  builtins: readonly BuiltinScript[],
  userTemplates: readonly Template[],
): EffectiveScript[] {
  const builtinIds = new Set(builtins.map((b) => b.id));
  // A template stored with builtIn and a built-in's id is a saved copy of that built-in.
  const targetOf = (t: Template): string | undefined =>
    t.overridesId ?? (t.builtIn && builtinIds.has(t.id) ? t.id : undefined);

  const overrides = new Map<string, Template>();
  const own: Template[] = [];
  for (const t of userTemplates) {
    const target = targetOf(t);
    if (target && builtinIds.has(target)) {
      // Two overrides of one built-in (e.g. after an import): the newer edit wins.
      const previous = overrides.get(target);
      if (!previous || t.updatedAt >= previous.updatedAt) overrides.set(target, t);
    } else if (!t.hidden) {
      // An override whose built-in no longer exists is kept as the seller's own script.
      own.push(t);
    }
  }

  const result: EffectiveScript[] = [];
  for (const b of builtins) {
    const o = overrides.get(b.id);
    if (!o) result.push(fromBuiltin(b));
    else if (!o.hidden) result.push(fromTemplate(o, 'override', b));
  }
  own.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  for (const t of own) result.push(fromTemplate(t, 'user'));
  return result;
}
