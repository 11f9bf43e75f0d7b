import { describe, expect, it } from 'vitest';
import { BUILTIN_SCRIPTS } from '../../../lib/scripts/builtin-scripts';
import { effectiveScripts, type EffectiveScript } from '../../../lib/scripts/library';
import { arrangeForBrowsing, stageOfGroup } from '../../../lib/search/template-browse';

const library: EffectiveScript[] = effectiveScripts(BUILTIN_SCRIPTS, []).filter((s) => s.locale === 'zh-CN');

describe('browsing quick replies', () => {
  it('puts favourites first, then the recently used, then groups in the order of the order life', () => {
    const favourite = { ...library.find((s) => s.group === 'refund')!, favourite: true };
    const scripts = library.map((s) => (s.id === favourite.id ? favourite : s));
    const used = scripts.find((s) => s.group === 'logistics')!;
    const entries = arrangeForBrowsing(scripts, { [used.id]: { count: 3, lastUsedAt: 1000 } }, 'all');

    expect(entries[0]).toEqual({ script: favourite, section: 'favourites' });
    expect(entries[1]).toEqual({ script: used, section: 'recent' });
    const stages = entries.filter((e) => e.section === 'group').map((e) => stageOfGroup(e.script.group));
    const firstIndex = (stage: string) => stages.indexOf(stage as never);
    expect(firstIndex('pre_sale')).toBeLessThan(firstIndex('order'));
    expect(firstIndex('order')).toBeLessThan(firstIndex('after_sale'));
    expect(firstIndex('after_sale')).toBeLessThan(firstIndex('followup'));
    // Every script appears exactly once.
    expect(new Set(entries.map((e) => e.script.id)).size).toBe(scripts.length);
    expect(entries).toHaveLength(scripts.length);
  });

  it('filters by stage', () => {
    const entries = arrangeForBrowsing(library, {}, 'followup');
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((e) => e.script.group.startsWith('lifecycle.'))).toBe(true);
    expect(stageOfGroup('haggle')).toBe('pre_sale');
    expect(stageOfGroup('damaged')).toBe('after_sale');
    expect(stageOfGroup('playbook.haggle_counter')).toBe('playbook');
    expect(stageOfGroup('other')).toBe('other');
  });
});
