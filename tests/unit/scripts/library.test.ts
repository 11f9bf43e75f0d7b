import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '../../../lib/db/schemas';
import { BUILTIN_SCRIPTS, getBuiltinScript, scriptsFor } from '../../../lib/scripts/builtin-scripts';
import { effectiveScripts } from '../../../lib/scripts/library';

function template(fields: Partial<Template> & Pick<Template, 'id'>): Template {
  return templateSchema.parse({
    situation: 'haggle',
    title: 'mine',
    body: '亲，我的话术',
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  });
}

describe('scriptsFor', () => {
  it('returns a group in one language, preferred tone first', () => {
    const all = scriptsFor('damaged', 'zh-CN');
    expect(all.every((s) => s.group === 'damaged' && s.locale === 'zh-CN')).toBe(true);
    const formalFirst = scriptsFor('damaged', 'zh-CN', 'formal');
    expect(formalFirst[0]!.tone).toBe('formal');
    expect(formalFirst).toHaveLength(all.length);
    expect(getBuiltinScript('haggle.zh-CN.1')?.group).toBe('haggle');
  });
});

describe('effectiveScripts', () => {
  it('without user templates is the built-ins as they are', () => {
    const lib = effectiveScripts(BUILTIN_SCRIPTS, []);
    expect(lib.map((s) => s.id)).toEqual(BUILTIN_SCRIPTS.map((s) => s.id));
    expect(lib.every((s) => s.origin === 'builtin')).toBe(true);
  });

  it('an override replaces the text but keeps the built-in id, place and tone', () => {
    const target = scriptsFor('haggle', 'zh-CN')[2]!;
    const lib = effectiveScripts(BUILTIN_SCRIPTS, [
      template({ id: 'u1', overridesId: target.id, body: '亲，改过的版本', shortcut: '/yj' }),
    ]);
    const index = lib.findIndex((s) => s.id === target.id);
    expect(index).toBe(BUILTIN_SCRIPTS.indexOf(target));
    expect(lib[index]).toMatchObject({ id: target.id, group: 'haggle', body: '亲，改过的版本', origin: 'override', templateId: 'u1', tone: target.tone, shortcut: '/yj' });
    expect(lib).toHaveLength(BUILTIN_SCRIPTS.length);
  });

  it('the newer of two overrides wins', () => {
    const lib = effectiveScripts(BUILTIN_SCRIPTS, [
      template({ id: 'new', overridesId: 'haggle.zh-CN.1', body: '新', updatedAt: 20 }),
      template({ id: 'old', overridesId: 'haggle.zh-CN.1', body: '旧', updatedAt: 10 }),
    ]);
    expect(lib.find((s) => s.id === 'haggle.zh-CN.1')!.body).toBe('新');
  });

  it('hiding removes a built-in; a hidden own template is not shown either', () => {
    const lib = effectiveScripts(BUILTIN_SCRIPTS, [
      template({ id: 'h', overridesId: 'haggle.zh-CN.1', hidden: true }),
      template({ id: 'mine-hidden', hidden: true }),
    ]);
    expect(lib.some((s) => s.id === 'haggle.zh-CN.1')).toBe(false);
    expect(lib.some((s) => s.id === 'mine-hidden' || s.templateId === 'h')).toBe(false);
    expect(lib).toHaveLength(BUILTIN_SCRIPTS.length - 1);
  });

  it('own templates follow the built-ins in creation order; tone comes from a tag; a dangling override stays as own', () => {
    const lib = effectiveScripts(BUILTIN_SCRIPTS, [
      template({ id: 'b', createdAt: 5, tags: ['正式'] }),
      template({ id: 'a', createdAt: 3 }),
      template({ id: 'c', createdAt: 9, overridesId: 'gone.zh-CN.9' }),
    ]);
    const own = lib.slice(BUILTIN_SCRIPTS.length);
    expect(own.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(own.map((s) => s.origin)).toEqual(['user', 'user', 'user']);
    expect(own[1]!.tone).toBe('formal');
    expect(own[0]!.tone).toBe('warm');
  });
});
