export { checkCompliance, ComplianceInputError, MAX_CHECK_LENGTH } from './check-compliance.ts';
export { RULE_CATALOG, type RuleInfo } from './rule-catalog.ts';
export { RULE_IDS } from './types.ts';
export type { ComplianceContext, ComplianceFinding, ComplianceOptions, RuleId, Severity, TextSpan } from './types.ts';
export { checkReply, verdictOf, type ComplianceVerdict, type ReplyCheck } from './verdict.ts';
