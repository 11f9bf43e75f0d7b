import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanValue, renderScript } from '../../../lib/scripts/render';
import { VARIABLES, type VariableName } from '../../../lib/scripts/variables';

describe('renderScript', () => {
  it('fills values', () => {
    expect(renderScript('{buyer_name}，{courier} {tracking_no}', { buyer_name: '小雨', courier: '中通', tracking_no: '7351' }, 'zh-CN')).toEqual({
      ok: true,
      text: '小雨，中通 7351',
    });
  });

  it('uses the inline fallback before the default fallback', () => {
    expect(renderScript('{buyer_name|宝子}您好', {}, 'zh-CN')).toEqual({ ok: true, text: '宝子您好' });
    expect(renderScript('{buyer_name}您好', {}, 'zh-CN')).toEqual({ ok: true, text: '亲您好' });
    expect(renderScript('Hi {buyer_name},', {}, 'en')).toEqual({ ok: true, text: 'Hi there,' });
  });

  it('treats blank values as missing instead of inserting an empty string', () => {
    expect(renderScript('{buyer_name}您好', { buyer_name: '  \u0007 ' }, 'zh-CN')).toEqual({ ok: true, text: '亲您好' });
  });

  it('reports missing values without a fallback and previews them by label', () => {
    const result = renderScript('{courier} 单号 {tracking_no}，{courier}', { tracking_no: '7351' }, 'zh-CN');
    expect(result).toEqual({ ok: false, missing: ['courier'], preview: '【快递公司】 单号 7351，【快递公司】', problems: [] });
    const en = renderScript('Ships {ship_date} via {courier}', {}, 'en');
    expect(en.ok).toBe(false);
    if (!en.ok) {
      expect(en.missing).toEqual(['ship_date', 'courier']);
      expect(en.preview).toBe('Ships 【Ship date】 via 【Courier】');
    }
  });

  it('is not ok for a broken body and previews it as written', () => {
    const result = renderScript('亲 {foo} {product}', { product: '睡衣' }, 'zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.missing).toEqual([]);
      expect(result.problems[0]!.kind).toBe('unknown_variable');
      expect(result.preview).toBe('亲 {foo} 睡衣');
    }
  });

  it('inserts values as plain text: no re-expansion, no control characters', () => {
    const r = renderScript('{buyer_name}：{order_no}', { buyer_name: '{shop_name}<b>', order_no: 'A\u0000B\u202EC\r\nD' }, 'zh-CN');
    expect(r).toEqual({ ok: true, text: '{shop_name}<b>：ABC\nD' });
    expect(cleanValue('\t x \n')).toBe('x');
    expect(cleanValue('')).toBeUndefined();
  });

  it('property: ok text never contains a placeholder; otherwise missing lists exactly the unfilled variables', () => {
    const names = VARIABLES.map((d) => d.name);
    const plain = fc.string({ maxLength: 8 }).map((s) => s.replace(/[{}]/g, ''));
    const part = fc.oneof(
      plain,
      fc.record({ name: fc.constantFrom(...names), fallback: fc.option(plain, { nil: undefined }) }),
    );
    const values = fc.dictionary(fc.constantFrom(...names), fc.oneof(plain, fc.constant(''), fc.constant('  ')));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), values, fc.constantFrom('zh-CN' as const, 'en' as const), (parts, vals, locale) => {
        const body = parts
          .map((p) => (typeof p === 'string' ? p : `{${p.name}${p.fallback?.trim() ? `|${p.fallback}` : ''}}`))
          .join('');
        const result = renderScript(body, vals as Partial<Record<VariableName, string>>, locale);
        if (result.ok) {
          expect(result.text).not.toMatch(/[{}]/);
        } else {
          expect(result.problems).toEqual([]);
          for (const name of result.missing) {
            expect(vals[name as VariableName]?.trim() ?? '').toBe('');
            expect(VARIABLES.find((d) => d.name === name)!).not.toHaveProperty(['fallback', locale]);
          }
          expect(result.preview).not.toMatch(/[{}]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
