import { forEachGramKey, gramKey, ngramFeatures } from './ngram-features';
import { SITUATION_IDS, type SituationId } from './taxonomy';

/**
 * A multinomial naive Bayes model over character n-grams, used where the cue rules are silent
 * or weak. Counts are stored as integers (each example contributes its integer weight), so
 * training is exactly reproducible and the committed JSON can be checked against a fresh run.
 */
export interface SerializedNgramModel {
  format: 'situation-ngram-nb/1';
  classes: SituationId[];
  /** Additive smoothing of every feature count. */
  alpha: number;
  /** Per class, the sum of kept feature counts. */
  totals: number[];
  /** One line per kept gram: `gram<TAB>classIndex:count,classIndex:count…`, sorted by gram. */
  grams: string;
}

export interface TrainingExample {
  text: string;
  situation: SituationId;
  /** Integer weight of the example (a hand-written chat line counts more than a machine one). */
  weight: number;
}

export interface TrainOptions {
  alpha: number;
  /** A gram must occur in at least this many examples to be kept. */
  minExamples: number;
}

// Grams seen in fewer than 4 examples add nothing measurable in cross-validation (97.0% top-1 with
// 2, 3 or 4) but double the model: dropping them keeps the bundle and the lookup table small.
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { alpha: 0.5, minExamples: 4 };

/**
 * `normalize` must be the same function that prepares text for prediction; it is passed in so
 * this module does not decide how messages are normalised.
 */
export function trainNgramModel(
  examples: readonly TrainingExample[],
  normalize: (text: string) => string,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): SerializedNgramModel {
  const classIndex = new Map<SituationId, number>(SITUATION_IDS.map((id, i) => [id, i]));
  const counts = new Map<string, Map<number, number>>();
  const support = new Map<string, number>();
  for (const example of examples) {
    if (!Number.isInteger(example.weight) || example.weight <= 0) {
      throw new Error(`training weight must be a positive integer, got ${example.weight} for "${example.text}"`);
    }
    const c = classIndex.get(example.situation);
    if (c === undefined) throw new Error(`unknown situation "${example.situation}" in training data`);
    for (const gram of ngramFeatures(normalize(example.text))) {
      support.set(gram, (support.get(gram) ?? 0) + 1);
      let perClass = counts.get(gram);
      if (!perClass) counts.set(gram, (perClass = new Map()));
      perClass.set(c, (perClass.get(c) ?? 0) + example.weight);
    }
  }
  const kept = [...counts.keys()].filter((g) => (support.get(g) ?? 0) >= options.minExamples && !g.includes('\n') && !g.includes('\t'));
  kept.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const totals = new Array<number>(SITUATION_IDS.length).fill(0);
  const lines: string[] = [];
  for (const gram of kept) {
    const perClass = [...counts.get(gram)!.entries()].sort((a, b) => a[0] - b[0]);
    for (const [c, n] of perClass) totals[c]! += n;
    lines.push(`${gram}\t${perClass.map(([c, n]) => `${c}:${n}`).join(',')}`);
  }
  return { format: 'situation-ngram-nb/1', classes: [...SITUATION_IDS], alpha: options.alpha, totals, grams: lines.join('\n') };
}

/**
 * The model in the form prediction needs: per gram (by its packed key), a slice
 * start[g]..start[g+1] of the classes that saw it and log(1 + count/alpha) for each.
 */
export interface NgramModel {
  readonly classCount: number;
  /** log(alpha / (total_c + alpha·V)): what every known gram contributes to class c by default. */
  readonly base: Float64Array;
  readonly index: ReadonlyMap<number, number>;
  readonly start: Int32Array;
  readonly classes: Uint8Array;
  readonly bonus: Float64Array;
  /** Scratch: the call in which a gram was last counted, so repeated grams count once. */
  readonly stamp: Int32Array;
}

export function loadNgramModel(serialized: SerializedNgramModel): NgramModel {
  if (serialized.format !== 'situation-ngram-nb/1') {
    throw new Error(`unsupported n-gram model format "${String(serialized.format)}"; regenerate it with npx tsx lib/situations/train-ngram.ts`);
  }
  if (serialized.classes.join(',') !== SITUATION_IDS.join(',')) {
    throw new Error('n-gram model classes differ from the taxonomy; regenerate it with npx tsx lib/situations/train-ngram.ts');
  }
  const lines = serialized.grams === '' ? [] : serialized.grams.split('\n');
  const index = new Map<number, number>();
  const start = new Int32Array(lines.length + 1);
  const classList: number[] = [];
  const bonusList: number[] = [];
  lines.forEach((line, g) => {
    const tab = line.indexOf('\t');
    start[g] = classList.length;
    for (const part of line.slice(tab + 1).split(',')) {
      const colon = part.indexOf(':');
      classList.push(Number(part.slice(0, colon)));
      bonusList.push(Math.log(1 + Number(part.slice(colon + 1)) / serialized.alpha));
    }
    index.set(gramKey(line.slice(0, tab)), g);
  });
  start[lines.length] = classList.length;
  const base = new Float64Array(serialized.classes.length);
  serialized.totals.forEach((total, c) => {
    base[c] = Math.log(serialized.alpha / (total + serialized.alpha * lines.length));
  });
  return {
    classCount: serialized.classes.length,
    base,
    index,
    start,
    classes: Uint8Array.from(classList),
    bonus: Float64Array.from(bonusList),
    stamp: new Int32Array(lines.length),
  };
}

let call = 0;

/**
 * Class probabilities for a normalised message, written into `out` (length classCount).
 * Naive Bayes log-likelihoods are far too confident on overlapping n-grams, so they are divided
 * by a temperature before the softmax. Returns how many of the message's grams the model knew.
 */
export function ngramPosterior(model: NgramModel, normalized: string, temperature: number, out: Float64Array): number {
  const count = model.classCount;
  out.fill(0);
  let known = 0;
  const stampNow = (call = (call + 1) | 0) || (call = 1);
  const { index, start, classes, bonus, stamp } = model;
  forEachGramKey(normalized, (key) => {
    const g = index.get(key);
    if (g === undefined || stamp[g] === stampNow) return;
    stamp[g] = stampNow;
    known++;
    for (let k = start[g]!, end = start[g + 1]!; k < end; k++) out[classes[k]!]! += bonus[k]!;
  });
  if (known === 0) {
    out.fill(1 / count);
    return 0;
  }
  let max = -Infinity;
  for (let c = 0; c < count; c++) {
    out[c] = (out[c]! + known * model.base[c]!) / temperature;
    if (out[c]! > max) max = out[c]!;
  }
  let sum = 0;
  for (let c = 0; c < count; c++) sum += out[c] = Math.exp(out[c]! - max);
  for (let c = 0; c < count; c++) out[c]! /= sum;
  return known;
}
