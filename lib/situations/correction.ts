/**
 * The seller's correction of the sidebar's situation: the picked situation becomes the only
 * one that counts (score 1), so the replies and the playbook all follow it; the classifier's
 * other guesses stay listed at score 0, which nothing ranks or decides on.
 */
import type { Classification } from './rule-classifier';
import type { SituationId } from './taxonomy';

/** Longest message stored as an example (the archive's limit). */
export const MAX_EXAMPLE_TEXT = 2000;

export function correctSituation(classification: Classification, id: SituationId): Classification {
  const own = classification.situations.find((s) => s.id === id);
  return {
    ...classification,
    situations: [
      { id, score: 1, cues: own?.cues ?? [] },
      ...classification.situations.filter((s) => s.id !== id).map((s) => ({ ...s, score: 0 })),
    ],
    unsure: false,
  };
}
