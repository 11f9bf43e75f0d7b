/**
 * The corpus's second labelling (tests/fixtures/situations/corpus/second-labels) stays aligned
 * with the corpus and within the taxonomy: a shifted or truncated file would make the reported
 * agreement meaningless. Two careful labellings agree far above chance (24 situations); a file
 * out of step with its corpus would fall to a few percent.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAgreement, DOUBLY_LABELLED, isSituationId, secondLabels } from '../../../lib/situations/label-agreement';

const CORPUS = join(process.cwd(), 'tests/fixtures/situations/corpus');

describe('the corpus labelled twice', () => {
  it.each(DOUBLY_LABELLED.map((file) => [file]))('%s: every second label is a situation id, at most two more', (file) => {
    const name = file.split('/')[1]!.replace(/\.(tsv|jsonl)$/, '');
    for (const row of secondLabels(join(CORPUS, 'second-labels', `${name}.labels.tsv`))) {
      expect(isSituationId(row.situation), row.situation).toBe(true);
      expect(row.also.every(isSituationId)).toBe(true);
      expect(row.also.length).toBeLessThanOrEqual(2);
      expect(row.also).not.toContain(row.situation);
    }
  });

  it('has as many rows as its corpus file, and the two labellings agree on the main situation of at least 80% of each', () => {
    for (const a of corpusAgreement(CORPUS)) {
      expect(a.mainAgreed / a.rows, a.file).toBeGreaterThanOrEqual(0.8);
    }
  });
});
