/** The reply-script library's public API. */
export { VARIABLES, VARIABLE_NAMES, getVariable, isVariableName } from './variables';
export type { VariableDefinition, VariableName, VariableSource } from './variables';
export { parseTemplate, positionOf, suggestVariable, validateTemplate, variablesIn } from './template-syntax';
export type { ParsedTemplate, TemplatePart, TemplatePosition, TemplateProblem, TemplateProblemKind } from './template-syntax';
export { cleanValue, renderScript } from './render';
export type { RenderResult, VariableValues } from './render';
export {
  BUILTIN_SCRIPTS,
  LIFECYCLE_GROUPS,
  PLAYBOOK_GROUPS,
  PLAYBOOK_GROUP_VARIABLES,
  TONES,
  getBuiltinScript,
  scriptsFor,
} from './builtin-scripts';
export type { BuiltinScript, ScriptGroup, Tone } from './builtin-scripts';
export type { LifecycleGroup, PlaybookGroup } from './script-types';
export { effectiveScripts } from './library';
export type { EffectiveScript, ScriptOrigin } from './library';
export { MAX_USAGE_BOOST, suggestReplies, usageBoost } from './suggest';
export type { ScriptUsage, SuggestInput, Suggestion } from './suggest';
