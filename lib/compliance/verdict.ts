/**
 * One verdict per reply, for places that show a single state (the `check-reply` command, a
 * suggestion's badge): any blocking finding blocks, otherwise any warning warns.
 */
import { checkCompliance } from './check-compliance.ts';
import type { ComplianceFinding, ComplianceOptions, RuleId } from './types.ts';

export type ComplianceVerdict = 'block' | 'warn' | 'ok';

export function verdictOf(findings: readonly ComplianceFinding[]): ComplianceVerdict {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  return findings.length > 0 ? 'warn' : 'ok';
}

export interface ReplyCheck {
  verdict: ComplianceVerdict;
  /** Rules that fired, each once, in the order they first occur in the text. */
  rules: RuleId[];
  findings: ComplianceFinding[];
}

export function checkReply(text: string, options: ComplianceOptions = {}): ReplyCheck {
  const findings = checkCompliance(text, options);
  const rules = [...new Set(findings.map((f) => f.rule))];
  return { verdict: verdictOf(findings), rules, findings };
}
