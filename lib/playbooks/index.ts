/** The playbooks' public surface: one module per playbook, re-exported for callers. */
export * from './haggle';
export * from './returns';
export * from './reviews';
export * from './lifecycle';
export * from './render-playbook';
export { valuesFor, formatPrice, formatAmount, type PlaybookValue, type PlaybookValues } from './playbook-values';
export { ruleKey, withoutExisting, type TaskDraft } from './task-draft';
