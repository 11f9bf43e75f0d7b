/**
 * Builds lib/situations/lr-model.json from the training data (corpus.ts lists it):
 *   npm run train            write the model
 *   npm run train -- --check rebuild in memory and fail (exit 1) if the committed file differs
 * Deterministic: same sources, same data → the same bytes. Of the sealed split only the texts
 * are read, to drop the few short phrases that training files share with it.
 *
 * Steps: features for every training message; a model trained without one validation fold
 * (a hash of the product vertical picks it) gives held-out logits, on which the temperature (calibration)
 * is fitted; then the final model trains on everything and keeps
 * that temperature. The context gate then learns from the training conversations scored
 * cross-fitted: each by message models trained without its writing pass (CROSSFIT_FOLDS, four
 * more trainings: about 2 minutes in all on an idle 2-core machine, against 30 s before), so it
 * sees the scores new text gets, not the surer ones of text the models trained on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateFeatures } from './context-gate';
import { readTrainingCorpus, REPO_ROOT, textKey, type LabelledFollowUp, type LabelledMessageWithSource, type TrainingCorpus } from './corpus';
import { modelScores } from './model-classifier';
import { foldOf } from './cross-validate';
import { extractFeatures, featureText, META, RULE, WORD, type FeatureOptions, type FeatureVector } from './features';
import {
  DEFAULT_LR_OPTIONS,
  ENSEMBLE_FORMAT,
  fitTemperature,
  loadEnsemble,
  floatModel,
  lrLogits,
  mixedProbabilities,
  serializeLr,
  trainLr,
  type LrExample,
  type Ensemble,
  type LrTrainOptions,
  type SerializedEnsemble,
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
  'lib/situations/context-gate.ts',
  'lib/situations/model-classifier.ts',
];

/** The machine-expanded English set is 4.5k near-duplicates: it must not outweigh the chats. */
export const ENGLISH_WEIGHT = 0.25;
export const VALIDATION_FOLDS = 5;
/**
 * With calibrated scores, a main situation below 0.5 is more likely wrong than right: the
 * sidebar then offers choices. So does a second situation within 0.1 of the first.
 */
export const UNSURE_BELOW = 0.5;
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
  const messages = [...corpus.legacy, ...corpus.corpus, ...corpus.english].filter((m) => !corpus.sealedKeys.has(textKey(m.text)));
  const weights = messages.map((m) => (m.source.startsWith('en-support') ? ENGLISH_WEIGHT : 1));
  return { messages, weights };
}

export interface BuildResult {
  model: SerializedEnsemble;
  /** Validation-fold figures (the fold models'), for the log. */
  validation: { count: number; top1: number; temperature: number; minTop: number };
  /** The gate's training conversations and, for each, the message models that scored it. */
  gate?: { followUps: LabelledFollowUp[]; scorers: Ensemble[] };
}

/** The members of the shipped ensemble (shares: see buildModel, fitted on the validation fold). */
export const MEMBERS: { features: FeatureOptions; share: number }[] = [
  { features: { words: false, rules: true }, share: 0.5 },
  { features: { words: false, rules: false }, share: 0.5 },
];

export function buildModel(
  corpus: TrainingCorpus,
  options: {
    members?: { features: FeatureOptions; share: number }[];
    train?: LrTrainOptions;
    hash?: string;
    /** Train the gate on the shipped models' own scores (the former way; for comparisons). */
    inSampleGate?: boolean;
  } = {},
): BuildResult {
  const members = options.members ?? MEMBERS;
  const train = options.train ?? DEFAULT_LR_OPTIONS;
  const union: FeatureOptions = { words: members.some((m) => m.features.words), rules: members.some((m) => m.features.rules) };
  const set = trainingSet(corpus);
  // One extraction with every kind of feature a member wants; a member's vocabulary only holds
  // its own kinds, so the others are ignored when it reads the vector.
  const all = set.messages.map((m, i) => toExample(m.text, m.situation, set.weights[i]!, union));
  const only = (features: FeatureOptions) => (e: LrExample): LrExample => ({ ...e, features: keep(e.features, features) });
  // Validation: a fold of the chat messages (not English), held out from the first models,
  // cut by product vertical (by file for the older sets without one), so it holds verticals
  // the fold models never saw, as the sealed split does; calibrated on messages the model
  // has seen the like of, the scores came out overconfident on new verticals.
  const groupOf = (m: LabelledMessageWithSource) => m.vertical ?? m.source;
  // The new corpus's verticals when there are any: the older sets were read while the rules
  // were written, so the rules look far better on them than on anything new.
  const pool = corpus.corpus.length > 0 ? corpus.corpus : corpus.legacy;
  const groups = [...new Set(pool.map(groupOf))];
  // Every fifth group in an order fixed by a hash of its name: a fifth of the groups, however few.
  groups.sort((a, b) => foldOf(a, 1 << 30) - foldOf(b, 1 << 30) || (a < b ? -1 : 1));
  const held = new Set(groups.filter((_, i) => i % VALIDATION_FOLDS === 0));
  const inPool = new Set<LabelledMessageWithSource>(pool);
  const isValidation = set.messages.map((m) => inPool.has(m) && held.has(groupOf(m)));
  const validationRows = all.filter((_, i) => isValidation[i]);
  const labels = validationRows.map((e) => e.label);
  const memberTemperatures: number[] = [];
  const foldMembers = members.map(({ features }) => {
    const model = floatModel(trainLr(all.filter((_, i) => !isValidation[i]).map(only(features)), train));
    const logits = validationRows.map((e) => {
      const z = new Float64Array(SITUATION_IDS.length);
      lrLogits(model, e.features, z);
      return z;
    });
    const temperature = fitTemperature(logits, labels);
    memberTemperatures.push(temperature);
    return { ...model, temperature };
  });
  // The first member's share is chosen on the validation fold (best top-1, then likelihood)
  // when there are two members; more members keep their declared shares.
  const candidates = members.length === 2 ? [0.3, 0.4, 0.5, 0.6, 0.7].map((a) => [a, 1 - a]) : [members.map((m) => m.share)];
  let best: { shares: number[]; right: number; nll: number; logs: Float64Array[] } | undefined;
  for (const shares of candidates) {
    const logs = validationRows.map((e) => {
      const p = mixedProbabilities(foldMembers, shares, e.features, new Float64Array(SITUATION_IDS.length));
      return p.map((x) => Math.log(Math.max(x, 1e-12)));
    });
    let right = 0;
    let nll = 0;
    logs.forEach((z, i) => {
      if (argmax(z) === labels[i]) right++;
      nll -= z[labels[i]!]!;
    });
    if (!best || right > best.right || (right === best.right && nll < best.nll)) best = { shares, right, nll, logs };
  }
  const shares = best!.shares;
  const mixedLogs = best!.logs;
  const temperature = fitTemperature(mixedLogs, labels);
  const right = best!.right;
  const hash = options.hash ?? inputsHash(corpus.files);
  const unsure = { minTop: UNSURE_BELOW, minMargin: MIN_MARGIN };
  const serializedMembers = members.map(({ features }, k) =>
    serializeLr(trainLr(all.map(only(features)), train), { features, temperature: memberTemperatures[k]!, unsure, inputsHash: hash }),
  );
  const model: SerializedEnsemble = {
    format: ENSEMBLE_FORMAT,
    classes: [...SITUATION_IDS],
    members: serializedMembers,
    mix: shares,
    temperature: Math.round(temperature * 1e6) / 1e6,
    unsure,
    inputsHash: hash,
  };
  const followUps = corpus.followUps.filter((f) => !corpus.sealedKeys.has(textKey(f.text)));
  let gateScorers: Ensemble[] | undefined;
  if (followUps.length >= 50) {
    // The gate learns from scores of text the message models never saw (cross-fitting): that is
    // what it meets on new chats. Scored by the shipped models, which trained on the same
    // writing passes, its conversations look surer than any new one.
    const scoredByShipped = options.inSampleGate ? loadEnsemble(model) : undefined;
    gateScorers = scoredByShipped ? followUps.map(() => scoredByShipped) : crossFittedScorers(model, set, all, followUps, members, train);
    model.context = trainContextGate(model, followUps, gateExamples(followUps, gateScorers), hash);
  }
  return {
    model,
    validation: { count: labels.length, top1: labels.length ? right / labels.length : 0, temperature, minTop: UNSURE_BELOW },
    gate: gateScorers ? { followUps, scorers: gateScorers } : undefined,
  };
}

/** The features a member with these options reads (rule and word features dropped when off). */
function keep(features: FeatureVector, options: FeatureOptions): FeatureVector {
  if (options.rules && options.words) return features;
  const out: FeatureVector = new Map();
  for (const [name, v] of features) {
    if (!options.words && name.startsWith(WORD)) continue;
    if (!options.rules && (name.startsWith(RULE) || name === `${META}fragment`)) continue;
    out.set(name, v);
  }
  return out;
}

export const GATE_OPTIONS: LrTrainOptions = { lambda: 1e-3, epochs: 30, lr0: 0.3, seed: 20261204, minCount: 1 };

/**
 * Cross-fitting folds: whole writing passes (the `w1`… prefix of a corpus file), so a held-out
 * conversation's message model never saw its pass's phrase pools, verticals or writer. Passes
 * w1–w4 each hold three verticals of their own; w5 (one writer, by hand, every vertical) is small
 * and goes with w4. The hand-written older sets and the English set belong to no pass and
 * always train.
 */
export const CROSSFIT_FOLDS: readonly (readonly string[])[] = [['w1'], ['w2'], ['w3'], ['w4', 'w5']];

export function passOf(source: string): string | undefined {
  return /^(w\d+)[-.]/.exec(source)?.[1];
}

export function crossFitFold(source: string): number {
  const pass = passOf(source);
  return pass === undefined ? -1 : CROSSFIT_FOLDS.findIndex((fold) => fold.includes(pass));
}

/**
 * For each conversation, message models trained without its fold: without the fold's passes and
 * without any other message whose text (NFKC, case, whitespace folded) occurs in the fold's
 * messages or conversations, so a phrase two passes share does not leak either. The models keep
 * the shipped calibration (member temperatures, shares, mixture temperature), which was fitted
 * on held-out verticals.
 */
function crossFittedScorers(
  model: SerializedEnsemble,
  set: TrainingSet,
  all: readonly LrExample[],
  followUps: readonly LabelledFollowUp[],
  members: readonly { features: FeatureOptions }[],
  train: LrTrainOptions,
): Ensemble[] {
  const messageFold = set.messages.map((m) => crossFitFold(m.source));
  const followUpFold = followUps.map((f) => crossFitFold(f.source));
  const scorers: Ensemble[] = [];
  CROSSFIT_FOLDS.forEach((_, k) => {
    if (!followUpFold.includes(k)) return;
    const heldTexts = new Set<string>();
    set.messages.forEach((m, i) => {
      if (messageFold[i] === k) heldTexts.add(textKey(m.text));
    });
    followUps.forEach((f, i) => {
      if (followUpFold[i] !== k) return;
      heldTexts.add(textKey(f.text));
      for (const turn of f.history) heldTexts.add(textKey(turn.text));
    });
    const rows = all.filter((_, i) => messageFold[i] !== k && !heldTexts.has(textKey(set.messages[i]!.text)));
    const serialized = members.map(({ features }, m) =>
      serializeLr(trainLr(rows.map((e) => ({ ...e, features: keep(e.features, features) })), train), {
        features,
        temperature: model.members[m]!.temperature,
        unsure: model.unsure,
        inputsHash: model.inputsHash,
      }),
    );
    const ensemble = loadEnsemble({ ...model, members: serialized, context: undefined });
    followUps.forEach((_, i) => {
      if (followUpFold[i] === k) scorers[i] = ensemble;
    });
  });
  // A conversation of no pass (none today) is scored by the shipped models.
  const shipped = loadEnsemble({ ...model, context: undefined });
  return followUps.map((_, i) => scorers[i] ?? shipped);
}

/** The gate's training rows: each conversation scored by its own message models. */
export function gateExamples(followUps: readonly LabelledFollowUp[], scorers: readonly Ensemble[]): LrExample[] {
  return followUps.map((f, i) => {
    const scoreOf = (text: string) => modelScores(scorers[i]!, text);
    const own = scoreOf(f.text);
    return { features: gateFeatures(own, own.features, f.history, scoreOf), label: SITUATION_IDS.indexOf(f.situation), weight: 1 };
  });
}

/** Which gate cross-validation fold a conversation falls in (a hash of its text and place). */
export function gateFold(followUp: LabelledFollowUp, i: number): number {
  return foldOf(`${followUp.text}|${i}`, VALIDATION_FOLDS);
}

/**
 * The follow-up gate, trained on the training conversations' rows (gateExamples); its
 * temperature is fitted on 5-fold cross-validated logits.
 */
function trainContextGate(model: SerializedEnsemble, followUps: readonly LabelledFollowUp[], examples: readonly LrExample[], hash: string): SerializedLrModel {
  const logits: Float64Array[] = [];
  const labels: number[] = [];
  const fold = followUps.map(gateFold);
  for (let k = 0; k < VALIDATION_FOLDS; k++) {
    const m = floatModel(trainLr(examples.filter((_, i) => fold[i] !== k), GATE_OPTIONS));
    examples.forEach((e, i) => {
      if (fold[i] !== k) return;
      const z = new Float64Array(SITUATION_IDS.length);
      lrLogits(m, e.features, z);
      logits.push(z);
      labels.push(e.label);
    });
  }
  const temperature = fitTemperature(logits, labels);
  return serializeLr(trainLr(examples, GATE_OPTIONS), { features: { words: false, rules: false }, temperature, unsure: model.unsure, inputsHash: hash });
}

function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[best]!) best = i;
  return best;
}

export function serializeModelFile(model: SerializedEnsemble): string {
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
