/**
 * How the quick-reply list is arranged when the seller browses instead of searching:
 * favourites first, then the recently used, then everything grouped by situation in order
 * of the order's life (before the sale, the order, after the sale, follow-ups, playbooks).
 */
import type { EffectiveScript } from '../scripts/library';
import type { ScriptUsage } from '../scripts/suggest';
import { getSituation, isSituationId, SITUATION_IDS } from '../situations/taxonomy';

export const BROWSE_STAGES = ['pre_sale', 'order', 'after_sale', 'followup', 'playbook', 'other'] as const;
export type BrowseStage = (typeof BROWSE_STAGES)[number];

export function stageOfGroup(group: string): BrowseStage {
  if (group.startsWith('lifecycle.')) return 'followup';
  if (group.startsWith('playbook.')) return 'playbook';
  if (isSituationId(group)) {
    const stage = getSituation(group).stage;
    return stage === 'any' ? 'other' : stage;
  }
  return 'other';
}

export type BrowseSection = 'favourites' | 'recent' | 'group';

export interface BrowseEntry {
  script: EffectiveScript;
  section: BrowseSection;
}

const RECENT_COUNT = 5;

export function arrangeForBrowsing(
  scripts: readonly EffectiveScript[],
  usage: Readonly<Record<string, ScriptUsage>>,
  stage: BrowseStage | 'all',
): BrowseEntry[] {
  const inStage = scripts.filter((s) => stage === 'all' || stageOfGroup(s.group) === stage);
  const favourites = inStage.filter((s) => s.favourite);
  const shown = new Set(favourites.map((s) => s.id));
  const recent = inStage
    .filter((s) => !shown.has(s.id) && usage[s.id])
    .sort((a, b) => usage[b.id]!.lastUsedAt - usage[a.id]!.lastUsedAt)
    .slice(0, RECENT_COUNT);
  for (const s of recent) shown.add(s.id);
  const order = (s: EffectiveScript) => {
    const situationIndex = SITUATION_IDS.indexOf(s.group as (typeof SITUATION_IDS)[number]);
    return [BROWSE_STAGES.indexOf(stageOfGroup(s.group)), situationIndex < 0 ? 99 : situationIndex, s.group] as const;
  };
  const rest = inStage
    .filter((s) => !shown.has(s.id))
    .sort((a, b) => {
      const [sa, ia, ga] = order(a);
      const [sb, ib, gb] = order(b);
      return sa - sb || ia - ib || ga.localeCompare(gb);
    });
  return [
    ...favourites.map((script) => ({ script, section: 'favourites' as const })),
    ...recent.map((script) => ({ script, section: 'recent' as const })),
    ...rest.map((script) => ({ script, section: 'group' as const })),
  ];
}
