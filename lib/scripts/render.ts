/**
 * Fills a template with the facts at hand. The text that reaches the chat box must never carry
 * a raw `{placeholder}`: a missing value takes the inline fallback, then the variable's default,
 * and otherwise the result is not ok and names what the seller still has to supply.
 */
import type { Locale } from '../i18n/localized';
import { parseTemplate, type TemplateProblem } from './template-syntax';
import { getVariable, type VariableName } from './variables';

export type VariableValues = Partial<Record<VariableName, string>>;

export type RenderResult =
  | { ok: true; text: string }
  | {
      ok: false;
      /** Variables with no value and no fallback, in order of first use; the UI asks for these. */
      missing: VariableName[];
      /** For display only: missing variables shown as 【label】. Never insert this into a chat. */
      preview: string;
      /** Syntax problems of the body (empty unless the template itself is broken). */
      problems: TemplateProblem[];
    };

/**
 * Control characters (except tab and newline) and bidirectional overrides: a pasted order
 * number or nickname can carry them, and they would corrupt or disguise the reply.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A value as it may be inserted: plain text, line endings unified, unsafe characters removed. */
export function cleanValue(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARS, '').trim();
  // An empty or blank value is the same as no value: a reply never says "您好，，".
  return cleaned === '' ? undefined : cleaned;
}

export function renderScript(body: string, values: VariableValues, locale: Locale): RenderResult {
  const { parts, problems } = parseTemplate(body);
  const missing: VariableName[] = [];
  let text = '';
  let preview = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      preview += part.text;
      continue;
    }
    const definition = getVariable(part.name);
    const filled =
      cleanValue(values[part.name]) ??
      cleanValue(part.fallback) ??
      cleanValue(definition.fallback?.[locale]);
    if (filled === undefined) {
      if (!missing.includes(part.name)) missing.push(part.name);
      preview += `【${definition.label[locale]}】`;
    } else {
      text += filled;
      preview += filled;
    }
  }
  if (missing.length === 0 && problems.length === 0) return { ok: true, text };
  // A broken body previews as written, so the seller sees what to fix.
  return { ok: false, missing, preview, problems };
}
