/**
 * The context gate trains on cross-fitted scores: a conversation is scored by message models
 * that never saw its writing pass. These check the fold assignment the trainer relies on.
 */
import { describe, expect, it } from 'vitest';
import { readTrainingCorpus } from '../../../lib/situations/corpus';
import { CROSSFIT_FOLDS, crossFitFold, passOf } from '../../../lib/situations/train';

describe('cross-fitting folds', () => {
  it('reads the writing pass from a corpus file name, and none from the older sets', () => {
    expect(passOf('w3.tsv')).toBe('w3');
    expect(passOf('w3-followups.jsonl')).toBe('w3');
    expect(passOf('extra-coverage.tsv')).toBeUndefined();
    expect(passOf('dev.tsv')).toBeUndefined();
    expect(crossFitFold('dev.tsv')).toBe(-1);
  });

  it('puts every training conversation in the fold of its own pass\u2019s messages, and every pass in exactly one fold', () => {
    const corpus = readTrainingCorpus();
    const passes = new Set(corpus.corpus.map((m) => passOf(m.source)));
    for (const pass of passes) expect(CROSSFIT_FOLDS.filter((fold) => fold.includes(pass!))).toHaveLength(1);
    const conversationFiles = new Set(corpus.followUps.map((f) => f.source));
    for (const file of conversationFiles) {
      expect(crossFitFold(file), file).toBeGreaterThanOrEqual(0);
      // The pass also wrote single messages, so the held-out fold hides its phrasing from both.
      expect(passes.has(passOf(file)), file).toBe(true);
    }
    for (const file of new Set(corpus.legacy.map((m) => m.source))) expect(crossFitFold(file)).toBe(-1);
  });
});
