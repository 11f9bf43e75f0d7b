/**
 * The template syntax: `{name}` or `{name|fallback}` for a variable, `{{` and `}}` for literal
 * braces. Parsing never throws: it returns the parts it could read and a list of problems, each
 * with a position the editor can point at and a message in both languages.
 */
import type { Locale, Localized } from '../i18n/localized';
import { VARIABLES, isVariableName, type VariableName } from './variables';

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: VariableName; fallback?: string; raw: string; /** 0-based offset of the opening brace. */ offset: number };

export type TemplateProblemKind = 'unknown_variable' | 'unbalanced_brace' | 'empty_variable';

export interface TemplatePosition {
  /** 1-based offset in UTF-16 code units, as editors' selection APIs count. */
  index: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in characters (code points), as a person counts them. */
  column: number;
}

export interface TemplateProblem {
  kind: TemplateProblemKind;
  position: TemplatePosition;
  /** The offending piece of the body, e.g. `{buyer_nmae}` or `{`. */
  text: string;
  /** For an unknown variable: the known variable it most likely meant. */
  suggestion?: VariableName;
  message: Localized;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  problems: TemplateProblem[];
}

/** A variable name as it may be written; anything else between braces is not a variable. */
const NAME_SHAPE = /^[a-z][a-z0-9_]*$/;

export function parseTemplate(body: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  const flushText = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };

  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '{' && body[i + 1] === '{') {
      text += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && body[i + 1] === '}') {
      text += '}';
      i += 2;
      continue;
    }
    if (ch === '}') {
      problems.push(problem(body, 'unbalanced_brace', i, '}'));
      text += '}';
      i += 1;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i += 1;
      continue;
    }
    // A placeholder ends at the next `}`; a newline or another `{` first means this one was
    // never closed (a placeholder spanning lines is always a typo in a chat reply).
    const end = findPlaceholderEnd(body, i + 1);
    if (end < 0) {
      problems.push(problem(body, 'unbalanced_brace', i, '{'));
      text += '{';
      i += 1;
      continue;
    }
    const raw = body.slice(i, end + 1);
    const inner = body.slice(i + 1, end);
    const bar = inner.indexOf('|');
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar < 0 ? undefined : inner.slice(bar + 1).trim();
    if (!name || fallback === '') {
      problems.push(problem(body, 'empty_variable', i, raw));
      text += raw;
    } else if (!isVariableName(name)) {
      problems.push(problem(body, 'unknown_variable', i, raw, suggestVariable(name)));
      text += raw;
    } else {
      flushText();
      parts.push({ kind: 'variable', name, raw, offset: i, ...(fallback ? { fallback } : {}) });
    }
    i = end + 1;
  }
  flushText();
  return { parts, problems };
}

export function validateTemplate(body: string, locale: Locale = 'zh-CN'): TemplateProblem[] {
  // The locale decides nothing today (messages carry both languages); it is accepted so
  // callers state the language they will show, and locale-specific checks can be added here.
  void locale;
  return parseTemplate(body).problems;
}

/** The distinct variables a body uses, in order of first use. */
export function variablesIn(body: string): VariableName[] {
  const seen = new Set<VariableName>();
  for (const part of parseTemplate(body).parts) if (part.kind === 'variable') seen.add(part.name);
  return [...seen];
}

function findPlaceholderEnd(body: string, from: number): number {
  for (let j = from; j < body.length; j++) {
    const c = body[j];
    if (c === '}') return j;
    if (c === '{' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

export function positionOf(body: string, offset: number): TemplatePosition {
  const before = body.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  const column = Array.from(before.slice(lastNewline + 1)).length + 1;
  return { index: offset + 1, line, column };
}

function problem(
  body: string,
  kind: TemplateProblemKind,
  offset: number,
  text: string,
  suggestion?: VariableName,
): TemplateProblem {
  const position = positionOf(body, offset);
  return {
    kind,
    position,
    text,
    ...(suggestion ? { suggestion } : {}),
    message: messageFor(kind, text, position, suggestion),
  };
}

function messageFor(
  kind: TemplateProblemKind,
  text: string,
  { line, column }: TemplatePosition,
  suggestion?: VariableName,
): Localized {
  const zhAt = `（第 ${line} 行第 ${column} 列）`;
  const enAt = `at line ${line}, column ${column}`;
  switch (kind) {
    case 'unknown_variable': {
      const zhHint = suggestion ? `，是不是想写 {${suggestion}}？` : '';
      const enHint = suggestion ? `; did you mean {${suggestion}}?` : '';
      return { 'zh-CN': `未知变量 ${text}${zhAt}${zhHint}`, en: `Unknown variable ${text} ${enAt}${enHint}` };
    }
    case 'empty_variable':
      return {
        'zh-CN': `变量 ${text} 缺少名称或备用值${zhAt}`,
        en: `Variable ${text} has no name or an empty fallback ${enAt}`,
      };
    case 'unbalanced_brace':
      return text === '{'
        ? {
            'zh-CN': `“{” 没有对应的 “}”${zhAt}；如要输入大括号本身，请写 “{{”`,
            en: `"{" is never closed ${enAt}; write "{{" for a literal brace`,
          }
        : {
            'zh-CN': `多余的 “}”${zhAt}；如要输入大括号本身，请写 “}}”`,
            en: `Stray "}" ${enAt}; write "}}" for a literal brace`,
          };
  }
}

/**
 * The known variable a mistyped name most likely meant: first by shape (buyerName, Buyer Name,
 * buyer-name), then by the Chinese or English label (买家称呼), then by edit distance.
 */
export function suggestVariable(written: string): VariableName | undefined {
  const trimmed = written.trim();
  const normalised = trimmed
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (isVariableName(normalised)) return normalised;
  for (const d of VARIABLES) {
    if (d.label['zh-CN'] === trimmed || d.label.en.toLowerCase() === trimmed.toLowerCase()) {
      return d.name;
    }
  }
  if (!NAME_SHAPE.test(normalised)) return undefined;
  let best: VariableName | undefined;
  let bestDistance = Infinity;
  for (const d of VARIABLES) {
    const distance = editDistance(normalised, d.name);
    if (distance < bestDistance) {
      best = d.name;
      bestDistance = distance;
    }
  }
  // Beyond about a third of the name, the "closest" name is a guess, not a typo fix.
  const allowed = Math.max(2, Math.floor(normalised.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Optimal string alignment distance: insert, delete, substitute, swap neighbours. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (r === 0 ? c : c === 0 ? r : 0)),
  );
  for (let r = 1; r < rows; r++) {
    for (let c = 1; c < cols; c++) {
      const cost = a[r - 1] === b[c - 1] ? 0 : 1;
      let value = Math.min(d[r - 1]![c]! + 1, d[r]![c - 1]! + 1, d[r - 1]![c - 1]! + cost);
      if (r > 1 && c > 1 && a[r - 1] === b[c - 2] && a[r - 2] === b[c - 1]) {
        value = Math.min(value, d[r - 2]![c - 2]! + 1);
      }
      d[r]![c] = value;
    }
  }
  return d[a.length]![b.length]!;
}
