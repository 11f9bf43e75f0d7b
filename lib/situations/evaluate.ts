import type { Classification } from './rule-classifier';
import { isSituationId, SITUATION_IDS, type SituationId } from './taxonomy';

/** One labelled example: a buyer message, its main situation and any secondary ones. */
export interface LabelledMessage {
  text: string;
  situation: SituationId;
  also: SituationId[];
  /** 1-based line in the source file, for error messages and reports. */
  line: number;
}

export interface SituationAccuracy {
  id: SituationId;
  count: number;
  top1: number;
  top3: number;
}

export interface EvaluationReport {
  count: number;
  /** Fractions 0..1. */
  top1: number;
  top3: number;
  /** Of the examples whose label is not 'other', how many the classifier called 'other'. */
  missedAsOther: number;
  /** Of the examples labelled 'other', how many it labelled as something else. */
  falseSituation: number;
  perSituation: SituationAccuracy[];
  /** Examples whose label was not first, for tuning. */
  errors: { example: LabelledMessage; predicted: SituationId[] }[];
}

/**
 * Reads a labelled TSV (header `text<TAB>situation[<TAB>also…]`, `also` comma-separated).
 * Unknown ids are an error naming the line, so a typo in a fixture cannot silently lower a score.
 */
export function parseLabelledTsv(content: string): LabelledMessage[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const textCol = header.indexOf('text');
  const situationCol = header.indexOf('situation');
  const alsoCol = header.indexOf('also');
  if (textCol < 0 || situationCol < 0) {
    throw new Error(`TSV header must name the columns "text" and "situation"; found: ${lines[0] ?? '(empty file)'}`);
  }
  const examples: LabelledMessage[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const text = cols[textCol] ?? '';
    const situation = (cols[situationCol] ?? '').trim();
    if (!isSituationId(situation)) {
      throw new Error(`line ${n + 1}: unknown situation id "${situation}" (expected one of ${SITUATION_IDS.join(', ')})`);
    }
    const also: SituationId[] = [];
    for (const part of (alsoCol >= 0 ? (cols[alsoCol] ?? '') : '').split(',')) {
      const id = part.trim();
      if (id === '') continue;
      if (!isSituationId(id)) throw new Error(`line ${n + 1}: unknown secondary situation id "${id}"`);
      also.push(id);
    }
    examples.push({ text, situation, also, line: n + 1 });
  }
  return examples;
}

export function evaluate(
  examples: readonly LabelledMessage[],
  classifyFn: (text: string) => Pick<Classification, 'situations'>,
): EvaluationReport {
  const per = new Map<SituationId, SituationAccuracy>();
  let top1 = 0;
  let top3 = 0;
  let missedAsOther = 0;
  let falseSituation = 0;
  const errors: EvaluationReport['errors'] = [];
  for (const example of examples) {
    const predicted = classifyFn(example.text).situations.map((s) => s.id);
    const entry = per.get(example.situation) ?? { id: example.situation, count: 0, top1: 0, top3: 0 };
    per.set(example.situation, entry);
    entry.count++;
    const first = predicted[0] === example.situation;
    const inTop3 = predicted.slice(0, 3).includes(example.situation);
    if (first) {
      top1++;
      entry.top1++;
    } else {
      errors.push({ example, predicted });
    }
    if (inTop3) {
      top3++;
      entry.top3++;
    }
    if (example.situation !== 'other' && predicted[0] === 'other') missedAsOther++;
    if (example.situation === 'other' && predicted[0] !== 'other') falseSituation++;
  }
  const count = examples.length;
  const perSituation = SITUATION_IDS.filter((id) => per.has(id)).map((id) => {
    const e = per.get(id)!;
    return { id, count: e.count, top1: e.top1 / e.count, top3: e.top3 / e.count };
  });
  return {
    count,
    top1: count ? top1 / count : 0,
    top3: count ? top3 / count : 0,
    missedAsOther,
    falseSituation,
    perSituation,
    errors,
  };
}

/** A fixed-width table for the benchmark's console output. */
export function formatReport(title: string, report: EvaluationReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const rows = report.perSituation.map(
    (s) => `  ${s.id.padEnd(16)} ${pct(s.top1)} ${pct(s.top3)} ${String(s.count).padStart(6)}`,
  );
  return [
    `${title}: ${report.count} messages, top-1 ${pct(report.top1).trim()}, top-3 ${pct(report.top3).trim()}, ` +
      `missed as other ${report.missedAsOther}, 'other' given a situation ${report.falseSituation}`,
    `  ${'situation'.padEnd(16)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'count'.padStart(6)}`,
    ...rows,
  ].join('\n');
}
