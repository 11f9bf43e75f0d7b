/**
 * Builds lib/situations/lr-model.json from the training data (corpus.ts lists it):
 *   npm run train            write the model
 *   npm run train -- --check rebuild in memory and fail (exit 1) if the committed file differs
 * Deterministic: same sources, same data → the same bytes. The sealed split is never read.
 *
 * Steps: features for every training message; a model trained without one validation fold
 * (a hash of the text picks it) gives held-out logits, on which the temperature (calibration)
 * and the "unsure" threshold are fitted; then the final model trains on everything and keeps
 * that temperature.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTrainingCorpus, REPO_ROOT, type LabelledMessageWithSource, type TrainingCorpus } from './corpus';
import { foldOf } from './cross-validate';
import { extractFeatures, featureText, type FeatureOptions } from './features';
import {
  DEFAULT_LR_OPTIONS,
  fitTemperature,
  floatModel,
  lrLogits,
  serializeLr,
  softmaxInPlace,
  trainLr,
  type LrExample,
  type LrTrainOptions,
  type SerializedLrModel,
} from './lr-model';
import { normalizeMessage } from './normalize';
import { ruleEvidence } from './rule-classifier';
import { SITUATION_IDS } from './taxonomy';

/** Bump when the training procedure changes in a way the hashed sources would not show. */
export const TRAINER_VERSION = 'lr-train/1';
export const MODEL_PATH = resolve(REPO_ROOT, 'lib/situations/lr-model.json');

/** The sources whose change changes the model: features, lexicon, rules, trainer. */
export const TRAINER_SOURCES = [
  'lib/situations/train.ts',
  'lib/situations/lr-model.ts',
  'lib/situations/features.ts',
  'lib/situations/lexicon.ts',
  'lib/situations/normalize.ts',
  'lib/situations/traditional-chars.ts',
  'lib/situations/cue-rules.ts',
  'lib/situations/rule-classifier.ts',
  'lib/situations/corpus.ts',
  'lib/situations/taxonomy.ts',
];

export const FEATURES: FeatureOptions = { words: false, rules: true };
/** The machine-expanded English set is 4.5k near-duplicates: it must not outweigh the chats. */
export const ENGLISH_WEIGHT = 0.25;
export const VALIDATION_FOLDS = 5;
/** Answers at least this accurate on the validation fold count as sure. */
export const SURE_ACCURACY = 0.85;
export const MIN_MARGIN = 0.1;

export function inputsHash(files: readonly string[], root = REPO_ROOT): string {
  const hash = createHash('sha256');
  hash.update(`${TRAINER_VERSION}\n`);
  for (const rel of TRAINER_SOURCES) {
    hash.update(`${rel}\n`);
    hash.update(readFileSync(resolve(root, rel)));
  }
  for (const file of files) {
    // Paths relative to the repo, so the hash does not depend on where it is checked out.
    hash.update(`${file.startsWith(root) ? file.slice(root.length + 1) : file.slice(file.lastIndexOf('/') + 1)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function toExample(text: string, situation: string, weight: number, features: FeatureOptions): LrExample {
  const rules = features.rules ? ruleEvidence(normalizeMessage(text)) : undefined;
  return { features: extractFeatures(featureText(text), features, rules), label: SITUATION_IDS.indexOf(situation as never), weight };
}

export interface TrainingSet {
  messages: LabelledMessageWithSource[];
  weights: number[];
}

export function trainingSet(corpus: TrainingCorpus): TrainingSet {
  const messages = [...corpus.legacy, ...corpus.corpus, ...corpus.english];
  const weights = messages.map((m) => (m.source.startsWith('en-support') ? ENGLISH_WEIGHT : 1));
  return { messages, weights };
}

export interface BuildResult {
  model: SerializedLrModel;
  /** Validation-fold figures (the fold model's), for the log. */
  validation: { count: number; top1: number; temperature: number; minTop: number };
}

export function buildModel(
  corpus: TrainingCorpus,
  options: { features?: FeatureOptions; train?: LrTrainOptions; hash?: string } = {},
): BuildResult {
  const features = options.features ?? FEATURES;
  const train = options.train ?? DEFAULT_LR_OPTIONS;
  const set = trainingSet(corpus);
  const examples = set.messages.map((m, i) => toExample(m.text, m.situation, set.weights[i]!, features));
  // Validation: a fold of the chat messages (not English), held out from a first model.
  const isValidation = set.messages.map((m) => !m.source.startsWith('en-support') && foldOf(m.text, VALIDATION_FOLDS) === 0);
  const foldModel = floatModel(trainLr(examples.filter((_, i) => !isValidation[i]), train));
  const logits: Float64Array[] = [];
  const labels: number[] = [];
  examples.forEach((e, i) => {
    if (!isValidation[i]) return;
    const z = new Float64Array(SITUATION_IDS.length);
    lrLogits(foldModel, e.features, z);
    logits.push(z);
    labels.push(e.label);
  });
  const temperature = fitTemperature(logits, labels);
  const minTop = sureThreshold(logits, labels, temperature);
  let right = 0;
  logits.forEach((z, i) => {
    if (argmax(z) === labels[i]) right++;
  });
  const final = trainLr(examples, train);
  const model = serializeLr(final, {
    features,
    temperature,
    unsure: { minTop, minMargin: MIN_MARGIN },
    inputsHash: options.hash ?? inputsHash(corpus.files),
  });
  return { model, validation: { count: logits.length, top1: logits.length ? right / logits.length : 0, temperature, minTop } };
}

function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[best]!) best = i;
  return best;
}

/** The lowest main probability (in steps of 0.05) above which validation answers are ≥ SURE_ACCURACY right. */
function sureThreshold(logits: readonly Float64Array[], labels: readonly number[], temperature: number): number {
  const rows = logits.map((z, i) => {
    const p = softmaxInPlace(new Float64Array(z), temperature);
    const top = argmax(p);
    return { p: p[top]!, right: top === labels[i] };
  });
  for (let t = 0.3; t <= 0.9001; t += 0.05) {
    const sure = rows.filter((r) => r.p >= t);
    if (sure.length === 0) break;
    if (sure.filter((r) => r.right).length / sure.length >= SURE_ACCURACY) return Math.round(t * 100) / 100;
  }
  return 0.9;
}

export function serializeModelFile(model: SerializedLrModel): string {
  return JSON.stringify(model) + '\n';
}

/** The hash the committed model must carry for the current sources and data. */
export function currentInputsHash(root = REPO_ROOT): string {
  return inputsHash(readTrainingCorpus(root).files, root);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const started = performance.now();
  const corpus = readTrainingCorpus();
  const { model, validation } = buildModel(corpus);
  const content = serializeModelFile(model);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary =
    `${corpus.legacy.length} legacy + ${corpus.corpus.length} corpus + ${corpus.english.length} English messages; ` +
    `validation fold ${validation.count}: top-1 ${(validation.top1 * 100).toFixed(1)}%, temperature ${validation.temperature.toFixed(3)}, ` +
    `unsure below ${validation.minTop}; ${(Buffer.byteLength(content) / 1024).toFixed(0)} KB, ${seconds} s`;
  if (process.argv.includes('--check')) {
    const committed = existsSync(MODEL_PATH) ? readFileSync(MODEL_PATH, 'utf8') : '';
    if (committed !== content) {
      console.error(`lr-model.json is stale: it differs from a fresh build (${summary}). Run npm run train and commit it.`);
      process.exit(1);
    }
    console.log(`lr-model.json is up to date (${summary})`);
  } else {
    writeFileSync(MODEL_PATH, content);
    console.log(`wrote ${MODEL_PATH}: ${summary}`);
  }
}
