/**
 * Finding a template as the seller types: by title, body, shortcut, tag, and for Chinese by
 * full pinyin or initials. Built once per template list (pinyin conversion is the costly
 * part), then each keystroke is plain substring checks over precomputed strings.
 */
import type { EffectiveScript } from '../scripts/library';
import type { ScriptUsage } from '../scripts/suggest';
import { foldForSearch, pinyinForms } from './pinyin-keys';
import { getSituation, isSituationId } from '../situations/taxonomy';

interface Indexed {
  template: EffectiveScript;
  text: string;
  title: string;
  pinyinFull: string;
  pinyinInitials: string;
}

export interface TemplateIndex {
  search(query: string, options?: { limit?: number; locale?: string }): EffectiveScript[];
}

export function buildTemplateIndex(
  scripts: readonly EffectiveScript[],
  usage: Readonly<Record<string, ScriptUsage>> = {},
): TemplateIndex {
  const entries: Indexed[] = scripts.map((template) => {
      const title = foldForSearch(template.title);
      // The situation's name counts as a title word: "包邮" finds every free-shipping script.
      const situationName = isSituationId(template.group) ? getSituation(template.group).name['zh-CN'] : '';
      const titlePinyin = pinyinForms(template.title);
      const extraPinyin = pinyinForms(`${situationName} ${template.tags.join(' ')}`);
      return {
        template,
        title: `${title} ${foldForSearch(situationName)}`,
        text: foldForSearch([template.title, template.body, template.shortcut ?? '', situationName, ...template.tags].join(' ')),
        pinyinFull: `${titlePinyin.full} ${extraPinyin.full}`,
        pinyinInitials: `${titlePinyin.initials} ${extraPinyin.initials}`,
      };
    });

  return {
    search(query, { limit = 50, locale } = {}) {
      const q = foldForSearch(query);
      const scored: { template: EffectiveScript; score: number }[] = [];
      for (const entry of entries) {
        if (locale && entry.template.locale !== locale) continue;
        const score = q === '' ? 1 : matchScore(entry, q);
        if (score > 0) scored.push({ template: entry.template, score: score + preference(entry.template, usage[entry.template.id]) });
      }
      scored.sort((a, b) => b.score - a.score);
      return scored.slice(0, limit).map((s) => s.template);
    },
  };
}

function matchScore(entry: Indexed, q: string): number {
  if (entry.template.shortcut && foldForSearch(entry.template.shortcut) === q) return 100;
  if (entry.title.includes(q)) return 50;
  if (/^[a-z]+$/.test(q)) {
    if (entry.pinyinInitials.split(' ').some((initials) => initials.startsWith(q))) return 40;
    if (entry.pinyinFull.includes(q)) return 35;
    if (entry.pinyinInitials.includes(q)) return 25;
  }
  if (entry.text.includes(q)) return 20;
  return 0;
}

/** Favourites first, then what the seller uses often and lately. */
function preference(template: EffectiveScript, used: ScriptUsage | undefined): number {
  return (template.favourite ? 10 : 0) + Math.min(5, Math.log2(1 + (used?.count ?? 0)));
}
