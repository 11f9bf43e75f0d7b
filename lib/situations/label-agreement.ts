/**
 * How far the two independent labellings of the issue-12 corpus agree. The writers labelled
 * each message as they wrote it; a second person, seeing only the texts (and a follow-up's
 * history), labelled them again into `corpus/second-labels/<file>.labels.tsv` (header
 * `n	situation	also`, one row per message in the same order). Read by the labelled-set
 * test (which keeps the two aligned) and the bench (which prints the figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITUATION_IDS, type SituationId } from './taxonomy';

export interface Labelled {
  situation: string;
  also: string[];
}

export interface Agreement {
  file: string;
  rows: number;
  /** Rows whose main situation both labellings name. */
  mainAgreed: number;
  /** Rows where the main situation of each is among the other's situations. */
  overlapAgreed: number;
}

const KNOWN = new Set<string>(SITUATION_IDS);

export function isSituationId(id: string): id is SituationId {
  return KNOWN.has(id);
}

const ids = (field: string | undefined) => (field ?? '').split(',').filter((id) => id !== '');

/** The first labelling: the corpus file itself (`.tsv` rows or `.jsonl` follow-ups). */
export function firstLabels(path: string): Labelled[] {
  const content = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) {
    return content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const row = JSON.parse(line) as { situation: string; also?: string[] };
        return { situation: row.situation, also: row.also ?? [] };
      });
  }
  return content
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [, situation = '', also] = line.split('\t');
      return { situation, also: ids(also) };
    });
}

/** The second labelling, in row order; a row number out of sequence is an error. */
export function secondLabels(path: string): Labelled[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter((line) => line !== '');
  return rows.map((line, index) => {
    const [n, situation = '', also] = line.split('\t');
    if (Number(n) !== index + 1) throw new Error(`${path}: row ${index + 2} is numbered ${n}, expected ${index + 1}`);
    return { situation, also: ids(also) };
  });
}

export function agreement(file: string, first: readonly Labelled[], second: readonly Labelled[]): Agreement {
  if (first.length !== second.length) throw new Error(`${file}: ${first.length} rows labelled first, ${second.length} second`);
  let mainAgreed = 0;
  let overlapAgreed = 0;
  first.forEach((a, i) => {
    const b = second[i]!;
    if (a.situation === b.situation) mainAgreed += 1;
    if ([b.situation, ...b.also].includes(a.situation) && [a.situation, ...a.also].includes(b.situation)) overlapAgreed += 1;
  });
  return { file, rows: first.length, mainAgreed, overlapAgreed };
}

/** Every corpus file with its second labelling, relative to tests/fixtures/situations/corpus. */
export const DOUBLY_LABELLED = [
  'train/w1.tsv',
  'train/w1-followups.jsonl',
  'train/w2.tsv',
  'train/w2-followups.jsonl',
  'train/w3.tsv',
  'train/w3-followups.jsonl',
  'train/w4.tsv',
  'train/w4-followups.jsonl',
  'sealed/sealed.tsv',
  'sealed/sealed-followups.jsonl',
] as const;

export function corpusAgreement(corpusDir: string): Agreement[] {
  return DOUBLY_LABELLED.map((file) => {
    const name = file.split('/')[1]!.replace(/\.(tsv|jsonl)$/, '');
    return agreement(file, firstLabels(join(corpusDir, file)), secondLabels(join(corpusDir, 'second-labels', `${name}.labels.tsv`)));
  });
}
