import { createClassifier, type BlendSettings, DEFAULT_BLEND } from './rule-classifier';
import { evaluate, type EvaluationReport, type LabelledMessage } from './evaluate';
import { DEFAULT_TRAIN_OPTIONS, loadNgramModel, trainNgramModel, type TrainingExample, type TrainOptions } from './ngram-model';
import { normalizeMessage } from './normalize';

/**
 * k-fold cross-validation of the n-gram part: the chat examples are cut into k folds by a hash
 * of their text (stable across runs and file order); each fold is scored by a classifier whose
 * model never saw it. The rules were written while reading these sets, so the figure still
 * flatters the rules; it is honest about the model only.
 */
export interface CrossValidationInput {
  chat: readonly LabelledMessage[];
  /** Always in training, never scored (e.g. the machine-expanded English set). */
  alwaysTrain: readonly LabelledMessage[];
  toExamples: (chat: readonly LabelledMessage[], always: readonly LabelledMessage[]) => TrainingExample[];
  folds?: number;
  blend?: BlendSettings;
  train?: TrainOptions;
}

export function foldOf(text: string, folds: number): number {
  // FNV-1a: a cheap, well-spread hash, so folds do not follow file order (grouped by situation).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % folds;
}

export function crossValidate(input: CrossValidationInput): EvaluationReport {
  const folds = input.folds ?? 5;
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`cross-validation needs at least 2 folds, got ${folds}`);
  const fold = input.chat.map((m) => foldOf(m.text, folds));
  const predictions = new Map<LabelledMessage, ReturnType<ReturnType<typeof createClassifier>>>();
  for (let k = 0; k < folds; k++) {
    const train = input.chat.filter((_, i) => fold[i] !== k);
    const test = input.chat.filter((_, i) => fold[i] === k);
    const model = loadNgramModel(trainNgramModel(input.toExamples(train, input.alwaysTrain), normalizeMessage, input.train ?? DEFAULT_TRAIN_OPTIONS));
    const classify = createClassifier(model, input.blend ?? DEFAULT_BLEND);
    for (const m of test) predictions.set(m, classify(m.text));
  }
  // One evaluation over all folds, in the input's order, so per-situation figures add up.
  const byText = new Map<string, ReturnType<ReturnType<typeof createClassifier>>>();
  for (const [m, p] of predictions) byText.set(m.text, p);
  return evaluate(input.chat, (text) => byText.get(text)!);
}
