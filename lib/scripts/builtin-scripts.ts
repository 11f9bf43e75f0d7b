/**
 * All built-in reply scripts, in one list. The scripts themselves live in lib/scripts/builtin/,
 * one file per stage, so each file stays readable.
 */
import type { Locale } from '../i18n/localized';
import { AFTER_SALE_SCRIPTS } from './builtin/after-sale';
import { FLOW_SCRIPTS } from './builtin/flows';
import { LIFECYCLE_SCRIPTS } from './builtin/lifecycle';
import { MONEY_PLAYBOOK_SCRIPTS } from './builtin/money-playbooks';
import { ORDER_SCRIPTS } from './builtin/order';
import { PLAYBOOK_SCRIPTS } from './builtin/playbooks';
import { PRE_SALE_SCRIPTS } from './builtin/pre-sale';
import type { BuiltinScript, ScriptGroup, Tone } from './script-types';

export type { BuiltinScript, ScriptGroup, Tone } from './script-types';
export { FLOW_GROUPS, FLOW_GROUP_VARIABLES, LIFECYCLE_GROUPS, PLAYBOOK_GROUPS, PLAYBOOK_GROUP_VARIABLES, TONES } from './script-types';

export const BUILTIN_SCRIPTS: readonly BuiltinScript[] = [
  ...PRE_SALE_SCRIPTS,
  ...ORDER_SCRIPTS,
  ...AFTER_SALE_SCRIPTS,
  ...LIFECYCLE_SCRIPTS,
  ...PLAYBOOK_SCRIPTS,
  ...MONEY_PLAYBOOK_SCRIPTS,
  ...FLOW_SCRIPTS,
];

const byGroupAndLocale = new Map<string, BuiltinScript[]>();
for (const script of BUILTIN_SCRIPTS) {
  const key = `${script.group}|${script.locale}`;
  const list = byGroupAndLocale.get(key) ?? [];
  list.push(script);
  byGroupAndLocale.set(key, list);
}

const byId = new Map(BUILTIN_SCRIPTS.map((s) => [s.id, s]));

/**
 * The built-ins of a group in one language, in their declared order. With a tone, scripts of
 * that tone come first and the others follow, so a caller always gets something to offer.
 */
export function scriptsFor(group: ScriptGroup, locale: Locale, tone?: Tone): BuiltinScript[] {
  const list = byGroupAndLocale.get(`${group}|${locale}`) ?? [];
  if (!tone) return [...list];
  return [...list.filter((s) => s.tone === tone), ...list.filter((s) => s.tone !== tone)];
}

export function getBuiltinScript(id: string): BuiltinScript | undefined {
  return byId.get(id);
}
