import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../lib/db/schemas';
import { BUILTIN_SCRIPTS, scriptsFor } from '../../../lib/scripts/builtin-scripts';
import { defineGroup } from '../../../lib/scripts/script-types';
import { MAX_USAGE_BOOST, suggestReplies, usageBoost } from '../../../lib/scripts/suggest';

const NOW = Date.UTC(2025, 4, 20);
const DAY = 86_400_000;

// A small controlled library, so rankings do not depend on the wording of the real scripts.
const LIB = [
  ...defineGroup('damaged', {
    'zh-CN': [
      ['concise', 'd1', '抱歉亲，补发给您'],
      ['formal', 'd2', '您好，我们将为您补发'],
      ['warm', 'd3', '亲，真的抱歉，马上补发'],
      ['concise', 'd4', '{courier}补发，单号{tracking_no}'],
    ],
    en: [['warm', 'e1', 'Sorry, we will resend it']],
  }),
  ...defineGroup('complaint', { 'zh-CN': [['concise', 'c1', '已记录，{deadline}前回复']] }),
  ...defineGroup('logistics', { 'zh-CN': [['concise', 'l1', '在路上了亲']] }),
];

const ids = (r: { script: { id: string } }[]) => r.map((s) => s.script.id);

describe('suggestReplies', () => {
  it('offers the main situation in its declared order, in the requested language only', () => {
    const r = suggestReplies({ situations: [{ id: 'damaged', score: 0.9 }], locale: 'zh-CN', values: {}, builtins: LIB, now: NOW });
    expect(ids(r)).toEqual(['damaged.zh-CN.1', 'damaged.zh-CN.2', 'damaged.zh-CN.3']);
    expect(r.every((s) => s.situation === 'damaged' && s.rendered.ok)).toBe(true);
    const en = suggestReplies({ situations: [{ id: 'damaged', score: 0.9 }], locale: 'en', values: {}, builtins: LIB, now: NOW });
    expect(ids(en)).toEqual(['damaged.en.1']);
  });

  it('puts main-situation scripts first and keeps one place for a secondary situation', () => {
    const r = suggestReplies({
      situations: [{ id: 'damaged', score: 0.8 }, { id: 'complaint', score: 0.5 }],
      locale: 'zh-CN', values: { deadline: '今天 17 点' }, builtins: LIB, now: NOW,
    });
    expect(r.map((s) => s.situation)).toEqual(['damaged', 'damaged', 'complaint']);
    expect(r[2]!.rendered).toEqual({ ok: true, text: '已记录，今天 17 点前回复' });
  });

  it('orders secondary situations by stage, then score', () => {
    const r = suggestReplies({
      situations: [{ id: 'damaged', score: 0.8 }, { id: 'logistics', score: 0.6 }, { id: 'complaint', score: 0.4 }],
      locale: 'zh-CN', values: {}, builtins: LIB, now: NOW, limit: 10, stage: 'after_sale',
    });
    expect([...new Set(r.map((s) => s.situation))]).toEqual(['damaged', 'complaint', 'logistics']);
  });

  it('raises a script the seller uses often and lately, above ones declared before it', () => {
    const usage = { 'damaged.zh-CN.3': { count: 12, lastUsedAt: NOW - DAY } };
    const r = suggestReplies({ situations: [{ id: 'damaged', score: 1 }], locale: 'zh-CN', values: {}, usage, builtins: LIB, now: NOW });
    expect(ids(r)[0]).toBe('damaged.zh-CN.3');
  });

  it('bounds the usage boost and lets it fade with disuse', () => {
    expect(usageBoost({ count: 1_000_000, lastUsedAt: NOW }, NOW)).toBeLessThan(MAX_USAGE_BOOST);
    const fresh = usageBoost({ count: 5, lastUsedAt: NOW }, NOW);
    const stale = usageBoost({ count: 5, lastUsedAt: NOW - 60 * DAY }, NOW);
    expect(stale).toBeLessThan(fresh);
    expect(stale).toBeGreaterThan(0);
    expect(usageBoost({ count: 10, lastUsedAt: NOW }, NOW)).toBeGreaterThan(usageBoost({ count: 2, lastUsedAt: NOW }, NOW));
    expect(usageBoost(undefined, NOW)).toBe(0);
  });

  it('prefers the warm tone for VIP customers', () => {
    const r = suggestReplies({
      situations: [{ id: 'damaged', score: 1 }], locale: 'zh-CN', values: {}, builtins: LIB, now: NOW,
      customer: { vipLevel: 2, orderCount: 1 },
    });
    expect(r[0]!.script.tone).toBe('warm');
  });

  it('never fills a variable with an empty string: blank values are reported missing', () => {
    const r = suggestReplies({
      situations: [{ id: 'damaged', score: 1 }], locale: 'zh-CN', values: { courier: '', tracking_no: '  ' },
      builtins: LIB, now: NOW, limit: 4,
    });
    const withVars = r.find((s) => s.script.id === 'damaged.zh-CN.4')!;
    expect(withVars.rendered).toMatchObject({ ok: false, missing: ['courier', 'tracking_no'] });
    // Ready-to-insert replies rank above the one that still needs facts.
    expect(r.at(-1)!.script.id).toBe('damaged.zh-CN.4');
  });

  it("includes the seller's own templates and skips broken ones", () => {
    const t = (id: string, body: string) => templateSchema.parse({ id, situation: 'damaged', title: id, body, createdAt: 1, updatedAt: 1 });
    const r = suggestReplies({
      situations: [{ id: 'damaged', score: 1 }], locale: 'zh-CN', values: {}, builtins: LIB, now: NOW, limit: 10,
      userTemplates: [t('mine', '亲，我的专属话术'), t('broken', '亲 {oops}')],
    });
    expect(ids(r)).toContain('mine');
    expect(ids(r)).not.toContain('broken');
  });

  it('falls back to "other" without a situation and works on the real library', () => {
    const r = suggestReplies({ situations: [], locale: 'zh-CN', values: {}, now: NOW });
    expect(r.length).toBe(3);
    expect(r.every((s) => s.situation === 'other')).toBe(true);
    const real = suggestReplies({ situations: [{ id: 'quality_issue', score: 0.9 }, { id: 'bad_review', score: 0.4 }], locale: 'zh-CN', values: {}, now: NOW });
    expect(real.map((s) => s.situation)).toEqual(['quality_issue', 'quality_issue', 'bad_review']);
    expect(scriptsFor('quality_issue', 'zh-CN').map((s) => s.id)).toContain(real[0]!.script.id);
    expect(BUILTIN_SCRIPTS.length).toBeGreaterThan(150);
  });
});
