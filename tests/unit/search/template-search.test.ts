import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '../../../lib/db/schemas';
import { BUILTIN_SCRIPTS } from '../../../lib/scripts/builtin-scripts';
import { effectiveScripts } from '../../../lib/scripts/library';
import { buildTemplateIndex } from '../../../lib/search/template-search';

const T0 = Date.UTC(2024, 4, 1);
const builtins = effectiveScripts(BUILTIN_SCRIPTS, []);
const index = buildTemplateIndex(builtins);
const FREE_SHIPPING_ZH = BUILTIN_SCRIPTS.filter((s) => s.group === 'free_shipping' && s.locale === 'zh-CN').map((s) => s.id);

function template(fields: Partial<Template> & Pick<Template, 'id' | 'title' | 'body'>): Template {
  return templateSchema.parse({ situation: 'other', createdAt: T0, updatedAt: T0, ...fields });
}

describe('template search over the built-in library', () => {
  it.each(['包邮', 'baoyou', 'by', 'BY', ' bao you '])('"%s" finds every Chinese free-shipping script', (query) => {
    const ids = index.search(query).map((s) => s.id);
    expect(FREE_SHIPPING_ZH.length).toBeGreaterThanOrEqual(2);
    for (const id of FREE_SHIPPING_ZH) expect(ids).toContain(id);
  });

  it('"包邮" puts the free-shipping scripts ahead of a script that only mentions it in the text', () => {
    const mention = template({ id: 'mention', title: '发货时间', body: '今天下单明天发，满两件包邮' });
    const ids = buildTemplateIndex(effectiveScripts(BUILTIN_SCRIPTS, [mention])).search('包邮').map((s) => s.id);
    expect(ids).toContain('mention');
    for (const id of FREE_SHIPPING_ZH) expect(ids.indexOf(id)).toBeLessThan(ids.indexOf('mention'));
  });

  it('filters by locale and honours the limit', () => {
    const en = index.search('', { locale: 'en' });
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((s) => s.locale === 'en')).toBe(true);
    expect(index.search('', { limit: 3 })).toHaveLength(3);
    expect(index.search('shipping', { locale: 'en' }).map((s) => s.id)).toContain('free_shipping.en.1');
  });

  it('finds nothing for text no script has', () => {
    expect(index.search('zzqx量子纠缠')).toEqual([]);
  });
});

describe('template search ranking', () => {
  it('an exact shortcut match ranks first', () => {
    const own = template({ id: 'own-1', title: '发票说明', body: '亲，发票会随包裹寄出哦', shortcut: '/by' });
    const idx = buildTemplateIndex(effectiveScripts(BUILTIN_SCRIPTS, [own]));
    expect(idx.search('/by')[0]?.id).toBe('own-1');
    // Without the slash, "by" is pinyin initials and the shortcut owner does not jump ahead of 包邮.
    expect(idx.search('by')[0]?.id).not.toBe('own-1');
  });

  it('a favourite ranks above an otherwise equal match', () => {
    const plain = template({ id: 'plain', title: '包邮啦', body: '满两件就包邮', createdAt: T0 });
    const favourite = template({ id: 'fav', title: '包邮啦', body: '满两件就包邮', favourite: true, createdAt: T0 + 1 });
    const idx = buildTemplateIndex(effectiveScripts([], [plain, favourite]));
    expect(idx.search('包邮').map((s) => s.id)).toEqual(['fav', 'plain']);
    expect(idx.search('by').map((s) => s.id)).toEqual(['fav', 'plain']);
  });

  it('a favourite built-in (a saved copy marked favourite) rises above the other free-shipping scripts', () => {
    const target = FREE_SHIPPING_ZH.at(-1)!;
    const script = BUILTIN_SCRIPTS.find((s) => s.id === target)!;
    const saved = template({ id: target, situation: script.group, title: script.title, body: script.body, builtIn: true, favourite: true });
    const idx = buildTemplateIndex(effectiveScripts(BUILTIN_SCRIPTS, [saved]));
    expect(idx.search('包邮')[0]?.id).toBe(target);
  });

  it('usage lifts a script among equal matches', () => {
    const a = template({ id: 'a', title: '退货地址', body: '请寄到这里', createdAt: T0 });
    const b = template({ id: 'b', title: '退货地址', body: '请寄到这里', createdAt: T0 + 1 });
    const idx = buildTemplateIndex(effectiveScripts([], [a, b]), { b: { count: 8, lastUsedAt: T0 } });
    expect(idx.search('退货').map((s) => s.id)).toEqual(['b', 'a']);
  });
});
