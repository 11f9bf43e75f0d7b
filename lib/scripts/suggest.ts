/**
 * Picks the replies to offer for what the buyer said. Scripts of the main situation come first,
 * then those of the secondary ones; within a situation the seller's habits count (scripts used
 * often and lately rise, within a bound, so one habit cannot bury the rest of the library) and
 * loyal customers get the warmer tone.
 */
import type { Template } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import { isSituationId, getSituation, type SituationStage } from '../situations/taxonomy';
import { BUILTIN_SCRIPTS } from './builtin-scripts';
import { claimsBacked, NO_FACTS, type ReplyFacts } from './claims';
import { effectiveScripts, type EffectiveScript } from './library';
import { renderScript, type RenderResult, type VariableValues } from './render';
import type { BuiltinScript } from './script-types';

export interface ScriptUsage {
  count: number;
  /** Epoch milliseconds. */
  lastUsedAt: number;
}

export interface SuggestInput {
  /** From the classifier; the first is the main situation. Ids may also be lifecycle/playbook groups. */
  situations: readonly { id: string; score: number }[];
  locale: Locale;
  values: VariableValues;
  userTemplates?: readonly Template[];
  /** Keyed by effective script id. */
  usage?: Readonly<Record<string, ScriptUsage>>;
  customer?: { vipLevel: number; orderCount: number };
  /** Where the conversation is (e.g. the order has shipped): secondary situations of this stage go first. */
  stage?: SituationStage;
  limit?: number;
  /** A precomputed effective library, to skip merging on every keystroke. */
  library?: readonly EffectiveScript[];
  builtins?: readonly BuiltinScript[];
  now?: number;
  /**
   * What the order and shop data back (lib/assist/fill-values.ts `replyFacts`). A script whose
   * claims these facts do not back is not offered; without facts nothing is known, so only
   * scripts that claim nothing are.
   */
  facts?: ReplyFacts;
}

export interface Suggestion {
  script: EffectiveScript;
  /** The situation (or group) this script answers. */
  situation: string;
  rendered: RenderResult;
  score: number;
}

/** The usage boost never exceeds this, while the base order moves by 0.05 per position. */
export const MAX_USAGE_BOOST = 1;
const POSITION_STEP = 0.05;
const RECENCY_HALF_LIFE_DAYS = 14;
const WARM_FOR_LOYAL_BONUS = 0.5;
const FAVOURITE_BONUS = 0.3;
const OWN_TEMPLATE_BONUS = 0.25;
const READY_BONUS = 0.2;
const DAY_MS = 86_400_000;

/** Bounded in [0, MAX_USAGE_BOOST): saturates with count, halves every two weeks of disuse down to 40%. */
export function usageBoost(usage: ScriptUsage | undefined, now: number): number {
  if (!usage || !(usage.count > 0)) return 0;
  const frequency = 1 - 1 / (1 + usage.count / 3);
  const ageDays = Math.max(0, (now - usage.lastUsedAt) / DAY_MS);
  const recency = Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
  return MAX_USAGE_BOOST * frequency * (0.4 + 0.6 * recency);
}

export function suggestReplies(input: SuggestInput): Suggestion[] {
  const limit = Math.max(0, Math.floor(input.limit ?? 3));
  if (limit === 0) return [];
  const now = input.now ?? Date.now();
  const library = input.library ?? effectiveScripts(input.builtins ?? BUILTIN_SCRIPTS, input.userTemplates ?? []);
  const loyal = !!input.customer && (input.customer.vipLevel > 0 || input.customer.orderCount >= 3);

  const tiers = orderSituations(input.situations, input.stage).map((situation) => {
    const facts = input.facts ?? NO_FACTS;
    const scripts = library.filter(
      (s) => s.group === situation && s.locale === input.locale && claimsBacked(s.claims, facts),
    );
    const ranked = scripts.map((script, position) => {
      const rendered = renderScript(script.body, input.values, input.locale);
      let score = -position * POSITION_STEP + usageBoost(input.usage?.[script.id], now);
      if (loyal && script.tone === 'warm') score += WARM_FOR_LOYAL_BONUS;
      if (script.favourite) score += FAVOURITE_BONUS;
      if (script.origin === 'user') score += OWN_TEMPLATE_BONUS;
      if (rendered.ok) score += READY_BONUS;
      // A template whose body is broken cannot be inserted; offering it only to fail is worse than not.
      if (!rendered.ok && rendered.problems.length > 0) return undefined;
      return { script, situation, rendered, score };
    });
    return ranked
      .filter((s): s is Suggestion => s !== undefined)
      .sort((a, b) => b.score - a.score);
  });

  const [main = [], ...secondary] = tiers;
  const secondaryFlat = secondary.flat();
  // The main situation fills the list, but one place is kept for the best secondary script so a
  // message with two problems ("broken, and I'll complain") shows a reply to both.
  const mainQuota = secondaryFlat.length > 0 && limit > 1 ? limit - 1 : limit;
  const picked = main.slice(0, mainQuota);
  for (const s of secondaryFlat) {
    if (picked.length >= limit) break;
    if (!picked.some((p) => p.script.id === s.script.id)) picked.push(s);
  }
  for (const s of main.slice(mainQuota)) {
    if (picked.length >= limit) break;
    picked.push(s);
  }
  const tierOf = (s: Suggestion) => tiers.findIndex((t) => t.includes(s));
  return picked.sort((a, b) => tierOf(a) - tierOf(b) || b.score - a.score);
}

/** The main situation first; then the others, those matching the stage ahead, by score. */
function orderSituations(
  situations: SuggestInput['situations'],
  stage: SituationStage | undefined,
): string[] {
  const seen = new Set<string>();
  const unique = situations.filter((s) => {
    if (!s.id || seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
  if (unique.length === 0) return ['other'];
  const [main, ...rest] = unique;
  const stageRank = (id: string): number => {
    if (!stage || !isSituationId(id)) return 0;
    const own = getSituation(id).stage;
    return own === stage || own === 'any' ? 0 : 1;
  };
  const others = rest
    .filter((s) => s.score > 0)
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => stageRank(a.id) - stageRank(b.id) || b.score - a.score || a.i - b.i)
    .map((s) => s.id);
  return [main!.id, ...others];
}
