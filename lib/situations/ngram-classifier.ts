/**
 * The classifier as it was before issue 12: the cue rules blended with the character n-gram
 * naive Bayes model. Kept for the architecture comparison in the benchmark; the app does not
 * import it (the n-gram model stays out of the bundle).
 */
import { createClassifier, type Classifier } from './rule-classifier';
import { loadNgramModel, type SerializedNgramModel } from './ngram-model';
import serializedModel from './ngram-model.json';

export const classifyWithNgram: Classifier = createClassifier(loadNgramModel(serializedModel as SerializedNgramModel));
