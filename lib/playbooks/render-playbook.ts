/**
 * Turns a playbook's decision into reply texts: the built-in scripts of its group, filled with
 * the playbook's values plus whatever the page knows (buyer name, product...). The playbook's
 * own values win, since they carry its decision (the price, the deadline).
 */
import type { Locale } from '../i18n/localized';
import { scriptsFor, type Tone } from '../scripts/builtin-scripts';
import { renderScript, type RenderResult, type VariableValues } from '../scripts/render';
import type { ScriptGroup } from '../scripts/script-types';
import { isVariableName } from '../scripts/variables';
import { valuesFor, type PlaybookValues } from './playbook-values';

export interface RenderedPlaybookReply {
  scriptId: string;
  title: string;
  result: RenderResult;
}

export function renderPlaybookReplies(
  decision: { scriptGroup: ScriptGroup; values: PlaybookValues },
  locale: Locale,
  options: { tone?: Tone; pageValues?: VariableValues } = {},
): RenderedPlaybookReply[] {
  const values: VariableValues = { ...options.pageValues };
  for (const [name, value] of Object.entries(valuesFor(decision.values, locale))) {
    if (isVariableName(name)) values[name] = value;
  }
  return scriptsFor(decision.scriptGroup, locale, options.tone).map((script) => ({
    scriptId: script.id,
    title: script.title,
    result: renderScript(script.body, values, locale),
  }));
}
