import { describe, expect, it } from 'vitest';
import {
  parseTemplate,
  suggestVariable,
  validateTemplate,
  variablesIn,
} from '../../../lib/scripts/template-syntax';
import { VARIABLES, isVariableName } from '../../../lib/scripts/variables';

describe('variables', () => {
  it('declares each name once, in snake_case, with labels in both languages', () => {
    const names = VARIABLES.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of VARIABLES) {
      expect(d.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(d.label['zh-CN']).not.toBe('');
      expect(d.label.en).not.toBe('');
    }
    expect(isVariableName('buyer_name')).toBe(true);
    expect(isVariableName('buyerName')).toBe(false);
  });
});

describe('parseTemplate', () => {
  it('splits text, variables, inline fallbacks and literal braces', () => {
    const { parts, problems } = parseTemplate('{{x}} {buyer_name|亲}好，{product}');
    expect(problems).toEqual([]);
    expect(parts).toEqual([
      { kind: 'text', text: '{x} ' },
      { kind: 'variable', name: 'buyer_name', fallback: '亲', raw: '{buyer_name|亲}', offset: 6 },
      { kind: 'text', text: '好，' },
      { kind: 'variable', name: 'product', raw: '{product}', offset: 22 },
    ]);
    expect(variablesIn('{product}{sku}{product}')).toEqual(['product', 'sku']);
  });
});

describe('validateTemplate', () => {
  it('reports an unknown variable with its index, line and column and both messages', () => {
    const [p, ...rest] = validateTemplate('亲，您好\n收到{foo}了吗', 'zh-CN');
    expect(rest).toEqual([]);
    expect(p!.kind).toBe('unknown_variable');
    expect(p!.text).toBe('{foo}');
    expect(p!.position).toEqual({ index: 8, line: 2, column: 3 });
    expect(p!.message['zh-CN']).toBe('未知变量 {foo}（第 2 行第 3 列）');
    expect(p!.message.en).toBe('Unknown variable {foo} at line 2, column 3');
  });

  it('counts columns in characters even after an emoji', () => {
    const [p] = validateTemplate('😊{foo}');
    expect(p!.position).toEqual({ index: 3, line: 1, column: 2 });
  });

  it('suggests the closest known name for a typo', () => {
    const [p] = validateTemplate('Hi {buyer_nmae}!', 'en');
    expect(p!.suggestion).toBe('buyer_name');
    expect(p!.message.en).toBe(
      'Unknown variable {buyer_nmae} at line 1, column 4; did you mean {buyer_name}?',
    );
    expect(p!.message['zh-CN']).toContain('是不是想写 {buyer_name}');
    expect(suggestVariable('trackingNo')).toBe('tracking_no');
    expect(suggestVariable('Order No')).toBe('order_no');
    expect(suggestVariable('快递单号')).toBe('tracking_no');
    expect(suggestVariable('coureir')).toBe('courier');
    // Too far from anything known: no guess.
    expect(suggestVariable('weather')).toBeUndefined();
  });

  it('reports unbalanced braces: unclosed, closed on another line, stray closing', () => {
    const unclosed = validateTemplate('亲 {buyer_name 您好');
    expect(unclosed).toHaveLength(1);
    expect(unclosed[0]).toMatchObject({ kind: 'unbalanced_brace', text: '{', position: { index: 3, line: 1, column: 3 } });
    expect(unclosed[0]!.message.en).toContain('"{" is never closed at line 1, column 3');

    const acrossLines = validateTemplate('{product\n}');
    expect(acrossLines.map((p) => p.kind)).toEqual(['unbalanced_brace', 'unbalanced_brace']);
    expect(acrossLines[1]!.position).toEqual({ index: 10, line: 2, column: 1 });

    const stray = validateTemplate('ok } ok');
    expect(stray).toHaveLength(1);
    expect(stray[0]).toMatchObject({ kind: 'unbalanced_brace', text: '}', position: { index: 4 } });
    expect(stray[0]!.message['zh-CN']).toBe('多余的 “}”（第 1 行第 4 列）；如要输入大括号本身，请写 “}}”');
  });

  it('reports empty placeholders and empty fallbacks', () => {
    expect(validateTemplate('a{}b').map((p) => [p.kind, p.text])).toEqual([['empty_variable', '{}']]);
    expect(validateTemplate('{ |x}')[0]!.kind).toBe('empty_variable');
    expect(validateTemplate('{buyer_name|}')[0]!.kind).toBe('empty_variable');
  });

  it('accepts escaped braces and every declared variable', () => {
    const body = VARIABLES.map((d) => `{${d.name}}`).join(' ') + ' {{literal}} }} {{';
    expect(validateTemplate(body)).toEqual([]);
  });
});
