/**
 * Small helpers shared by the rule detectors. Detectors work on the normalised view and
 * return ranges in its coordinates; check-compliance maps them back to the original.
 */
import type { ComplianceOptions, Severity } from '../types.ts';
import type { NormalizedView } from '../normalize-text.ts';

export interface RawMatch {
  start: number;
  end: number;
  /** Overrides the rule's default severity for this match. */
  severity?: Severity;
}

export interface RuleDetector {
  detect(view: NormalizedView, options: ComplianceOptions): RawMatch[];
}

/** Decides whether a regex hit is a real violation, looking at its surroundings. */
export type HitFilter = (text: string, start: number, end: number, match: RegExpExecArray) => boolean;

export interface PatternSpec {
  re: RegExp;
  accept?: HitFilter;
  severity?: Severity;
}

/** Runs every pattern (each must carry the g flag) and collects accepted hits. */
export function scan(text: string, patterns: readonly PatternSpec[]): RawMatch[] {
  const hits: RawMatch[] = [];
  for (const { re, accept, severity } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (!accept || accept(text, start, end, m)) hits.push(severity ? { start, end, severity } : { start, end });
    }
  }
  return hits;
}

/** Builds a detector from a fixed list of patterns. */
export function patternDetector(patterns: readonly PatternSpec[]): RuleDetector {
  return { detect: (view) => scan(view.text, patterns) };
}

/** Characters that close a clause in the normalised text (see normalize-text). */
export const CLAUSE = '。!?！？;；\\n';
