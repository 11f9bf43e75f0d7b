/** The reply-script library's public API. */
export { VARIABLES, VARIABLE_NAMES, getVariable, isVariableName } from './variables';
export type { VariableDefinition, VariableName, VariableSource } from './variables';
export { parseTemplate, positionOf, suggestVariable, validateTemplate, variablesIn } from './template-syntax';
export type { ParsedTemplate, TemplatePart, TemplatePosition, TemplateProblem, TemplateProblemKind } from './template-syntax';
export { cleanValue, renderScript } from './render';
export type { RenderResult, VariableValues } from './render';
export {
  BUILTIN_SCRIPTS,
  FLOW_GROUPS,
  FLOW_GROUP_VARIABLES,
  LIFECYCLE_GROUPS,
  PLAYBOOK_GROUPS,
  PLAYBOOK_GROUP_VARIABLES,
  TONES,
  getBuiltinScript,
  scriptsFor,
} from './builtin-scripts';
export type { BuiltinScript, ScriptGroup, Tone } from './builtin-scripts';
export type { FlowGroup, LifecycleGroup, PlaybookGroup } from './script-types';
export { CLAIMS, CLAIM_IDS, NO_FACTS, ORDER_STAGES, claimsBacked, detectClaims, unbackedClaims } from './claims';
export type { ClaimId, OrderStage, ReplyFacts } from './claims';
export { currencyFor, formatMoney } from './money';
export { careTip, isSizedByBody, productFamily, PRODUCT_FAMILIES } from './product-category';
export type { ProductFamily } from './product-category';
export { shortProductName } from './product-name';
export { effectiveScripts } from './library';
export type { EffectiveScript, ScriptOrigin } from './library';
export { MAX_USAGE_BOOST, suggestReplies, usageBoost } from './suggest';
export type { ScriptUsage, SuggestInput, Suggestion } from './suggest';
