/**
 * Multinomial logistic regression with L2 regularisation over sparse named features, trained
 * by plain SGD in a fixed order (a seeded shuffle), so the same data gives the same model file
 * byte for byte. The weights ship quantised to 8 bits (one global step), which keeps the file
 * small and loads as one typed array.
 */
import { SITUATION_IDS, type SituationId } from './taxonomy';
import type { FeatureOptions, FeatureVector } from './features';

export const LR_FORMAT = 'situation-lr/1';

export interface SerializedLrModel {
  format: typeof LR_FORMAT;
  classes: SituationId[];
  features: FeatureOptions;
  /** Divides the logits before the softmax; fitted on a validation fold (calibration). */
  temperature: number;
  /** Below this main probability, or this margin to the second, the answer is "not sure". */
  unsure: { minTop: number; minMargin: number };
  /** sha256 over the trainer's sources and its inputs; the staleness test recomputes it. */
  inputsHash: string;
  bias: number[];
  /** Quantisation step: weight = step × int8. */
  step: number;
  /** Feature names, sorted, one a line. */
  vocabulary: string;
  /** Int8 weights, feature-major (feature f, class c at f × classes + c), base64. */
  weights: string;
}

export interface LrExample {
  features: FeatureVector;
  label: number;
  weight: number;
}

export interface LrTrainOptions {
  /** L2 strength per example. */
  lambda: number;
  epochs: number;
  /** Initial learning rate; decays as lr0 / (1 + lr0·lambda·t). */
  lr0: number;
  seed: number;
  /** A feature must occur in at least this many examples to get weights. */
  minCount: number;
}

// lambda and minCount chosen on the validation fold (top-1 93.2% at 5e-6 against 92.5% at 2e-5 and
// 91.0% at 8e-5; a feature seen in 3+ messages rather than 2 costs nothing and shrinks the file).
export const DEFAULT_LR_OPTIONS: LrTrainOptions = { lambda: 5e-6, epochs: 12, lr0: 0.4, seed: 20261204, minCount: 3 };

/** Weights in float, before quantisation; what training returns. */
export interface LrWeights {
  vocabulary: string[];
  index: Map<string, number>;
  weights: Float64Array;
  bias: Float64Array;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function trainLr(examples: readonly LrExample[], options: LrTrainOptions = DEFAULT_LR_OPTIONS): LrWeights {
  const C = SITUATION_IDS.length;
  const support = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) support.set(name, (support.get(name) ?? 0) + 1);
  const vocabulary = [...support.entries()].filter(([, n]) => n >= options.minCount).map(([name]) => name);
  vocabulary.sort(byCodeUnit);
  const index = new Map(vocabulary.map((name, i) => [name, i]));

  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of e.features) {
      const f = index.get(name);
      if (f !== undefined) {
        idx.push(f);
        val.push(v);
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val), label: e.label, weight: e.weight };
  });

  const W = new Float64Array(vocabulary.length * C);
  const bias = new Float64Array(C);
  const z = new Float64Array(C);
  let scale = 1;
  let t = 0;
  const random = mulberry32(options.seed);
  const order = rows.map((_, i) => i);
  // The weights at the end of each epoch in the second half are averaged: SGD's last steps
  // jitter around the optimum, and their mean generalises (and calibrates) better.
  const averaged = new Float64Array(W.length);
  const averagedBias = new Float64Array(C);
  let snapshots = 0;
  const firstAveraged = Math.floor(options.epochs / 2);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the seeded generator: a fixed, well-mixed order every epoch.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      const eta = options.lr0 / (1 + options.lr0 * options.lambda * t++);
      for (let c = 0; c < C; c++) z[c] = 0;
      for (let k = 0; k < row.idx.length; k++) {
        const base = row.idx[k]! * C;
        const v = row.val[k]!;
        for (let c = 0; c < C; c++) z[c]! += v * W[base + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        z[c] = bias[c]! + scale * z[c]!;
        if (z[c]! > max) max = z[c]!;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < C; c++) z[c] = row.weight * (z[c]! / sum - (c === row.label ? 1 : 0));
      // L2 as a shrinking global scale: every weight decays without touching every weight.
      scale *= 1 - eta * options.lambda;
      const step = eta / scale;
      for (let k = 0; k < row.idx.length; k++) {
        const base = row.idx[k]! * C;
        const v = row.val[k]! * step;
        for (let c = 0; c < C; c++) W[base + c]! -= v * z[c]!;
      }
      for (let c = 0; c < C; c++) bias[c]! -= eta * z[c]!;
      if (scale < 1e-6) {
        for (let i = 0; i < W.length; i++) W[i]! *= scale;
        scale = 1;
      }
    }
    if (epoch >= firstAveraged) {
      for (let i = 0; i < W.length; i++) averaged[i]! += W[i]! * scale;
      for (let c = 0; c < C; c++) averagedBias[c]! += bias[c]!;
      snapshots++;
    }
  }
  for (let i = 0; i < W.length; i++) averaged[i]! /= snapshots;
  for (let c = 0; c < C; c++) averagedBias[c]! /= snapshots;
  return { vocabulary, index, weights: averaged, bias: averagedBias };
}

/** The model as prediction uses it. */
export interface LrModel {
  readonly serialized: SerializedLrModel;
  readonly index: ReadonlyMap<string, number>;
  readonly weights: Int8Array | Float64Array;
  readonly step: number;
  readonly bias: Float64Array;
  readonly temperature: number;
}

function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}
function fromBase64(text: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(text, 'base64'));
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function serializeLr(
  trained: LrWeights,
  meta: Pick<SerializedLrModel, 'features' | 'temperature' | 'unsure' | 'inputsHash'>,
): SerializedLrModel {
  let maxAbs = 0;
  for (const w of trained.weights) if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w);
  const step = maxAbs > 0 ? maxAbs / 127 : 1;
  const q = new Int8Array(trained.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(trained.weights[i]! / step);
  return {
    format: LR_FORMAT,
    classes: [...SITUATION_IDS],
    features: meta.features,
    temperature: round6(meta.temperature),
    unsure: meta.unsure,
    inputsHash: meta.inputsHash,
    bias: Array.from(trained.bias, round6),
    step: round6(step) || step,
    vocabulary: trained.vocabulary.join('\n'),
    weights: toBase64(new Uint8Array(q.buffer)),
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function loadLr(serialized: SerializedLrModel): LrModel {
  if (serialized.format !== LR_FORMAT) {
    throw new Error(`unsupported situation model format "${String(serialized.format)}"; regenerate it with npm run train`);
  }
  if (serialized.classes.join(',') !== SITUATION_IDS.join(',')) {
    throw new Error('situation model classes differ from the taxonomy; regenerate it with npm run train');
  }
  const vocabulary = serialized.vocabulary === '' ? [] : serialized.vocabulary.split('\n');
  const bytes = fromBase64(serialized.weights);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (weights.length !== vocabulary.length * SITUATION_IDS.length) {
    throw new Error(`situation model is corrupt: ${weights.length} weights for ${vocabulary.length} features; regenerate it with npm run train`);
  }
  return {
    serialized,
    index: new Map(vocabulary.map((name, i) => [name, i])),
    weights,
    step: serialized.step,
    bias: Float64Array.from(serialized.bias),
    temperature: serialized.temperature,
  };
}

/** A float model straight from training, for validation and comparisons before serialising. */
export function floatModel(trained: LrWeights, temperature = 1): LrModel {
  return { serialized: undefined as unknown as SerializedLrModel, index: trained.index, weights: trained.weights, step: 1, bias: trained.bias, temperature };
}

/** Raw logits (before temperature) into `out`; returns how many features the model knew. */
export function lrLogits(model: LrModel, features: FeatureVector, out: Float64Array): number {
  const C = out.length;
  for (let c = 0; c < C; c++) out[c] = 0;
  let known = 0;
  const { index, weights } = model;
  for (const [name, v] of features) {
    const f = index.get(name);
    if (f === undefined) continue;
    known++;
    const base = f * C;
    for (let c = 0; c < C; c++) out[c]! += v * weights[base + c]!;
  }
  for (let c = 0; c < C; c++) out[c] = model.bias[c]! + model.step * out[c]!;
  return known;
}

/** Softmax of logits / temperature, in place. */
export function softmaxInPlace(logits: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c++) if (logits[c]! / temperature > max) max = logits[c]! / temperature;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += logits[c] = Math.exp(logits[c]! / temperature - max);
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}

/**
 * The temperature that minimises the negative log-likelihood of the labels (golden-section
 * search on log T). Fitted on a validation fold the model did not train on.
 */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  const nll = (logT: number) => {
    const T = Math.exp(logT);
    let total = 0;
    logits.forEach((z, i) => {
      let max = -Infinity;
      for (const v of z) if (v / T > max) max = v / T;
      let sum = 0;
      for (const v of z) sum += Math.exp(v / T - max);
      total -= z[labels[i]!]! / T - max - Math.log(sum);
    });
    return total;
  };
  let a = Math.log(0.2);
  let b = Math.log(10);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = nll(c);
  let fd = nll(d);
  for (let k = 0; k < 40; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = nll(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = nll(d);
    }
  }
  return Math.exp((a + b) / 2);
}

/**
 * Several logistic-regression members over different feature sets, their probabilities mixed
 * and the mixture calibrated once more (q ∝ p^(1/T)). One member reads the cue rules' evidence
 * and trusts them; one reads only the text and ranks the runners-up better; the mix does both.
 */
export const ENSEMBLE_FORMAT = 'situation-ensemble/1';

export interface SerializedEnsemble {
  format: typeof ENSEMBLE_FORMAT;
  classes: SituationId[];
  members: SerializedLrModel[];
  /** Share of each member in the mixture (sums to 1). */
  mix: number[];
  /** Calibration of the mixture, fitted on the validation fold. */
  temperature: number;
  unsure: { minTop: number; minMargin: number };
  inputsHash: string;
  /** The learned context gate for follow-ups (context-gate.ts); absent: hand-set mixing. */
  context?: SerializedLrModel;
}

export interface Ensemble {
  readonly serialized: SerializedEnsemble;
  readonly members: LrModel[];
  readonly mix: number[];
  readonly temperature: number;
  /** The union of the members' feature options: what to extract once for all. */
  readonly features: FeatureOptions;
  /** Every member's features under one index, so prediction looks each name up once. */
  readonly union: ReadonlyMap<string, number>;
  /** Per member: union index → that member's feature row, −1 when it has none. */
  readonly rows: Int32Array[];
  readonly context?: LrModel;
}

export function loadEnsemble(serialized: SerializedEnsemble): Ensemble {
  if (serialized.format !== ENSEMBLE_FORMAT) {
    throw new Error(`unsupported situation model format "${String(serialized.format)}"; regenerate it with npm run train`);
  }
  if (serialized.classes.join(',') !== SITUATION_IDS.join(',')) {
    throw new Error('situation model classes differ from the taxonomy; regenerate it with npm run train');
  }
  const members = serialized.members.map(loadLr);
  const union = new Map<string, number>();
  for (const m of members) for (const name of m.index.keys()) if (!union.has(name)) union.set(name, union.size);
  const rows = members.map((m) => {
    const row = new Int32Array(union.size).fill(-1);
    for (const [name, f] of m.index) row[union.get(name)!] = f;
    return row;
  });
  return {
    serialized,
    members,
    union,
    rows,
    context: serialized.context ? loadLr(serialized.context) : undefined,
    mix: serialized.mix,
    temperature: serialized.temperature,
    features: {
      words: serialized.members.some((m) => m.features.words),
      rules: serialized.members.some((m) => m.features.rules),
    },
  };
}

/** Each member's calibrated probabilities, mixed: the uncalibrated ensemble output, into `out`. */
export function mixedProbabilities(members: readonly LrModel[], mix: readonly number[], features: FeatureVector, out: Float64Array): Float64Array {
  const z = new Float64Array(out.length);
  out.fill(0);
  members.forEach((member, k) => {
    lrLogits(member, features, z);
    softmaxInPlace(z, member.temperature);
    for (let c = 0; c < out.length; c++) out[c]! += mix[k]! * z[c]!;
  });
  return out;
}

/** q ∝ p^(1/T), in place: temperature scaling of a mixture's log-probabilities. */
export function calibrateInPlace(p: Float64Array, temperature: number): Float64Array {
  for (let c = 0; c < p.length; c++) p[c] = Math.log(Math.max(p[c]!, 1e-12));
  return softmaxInPlace(p, temperature);
}

export function ensembleProbabilities(model: Ensemble, features: FeatureVector, out: Float64Array): Float64Array {
  const C = out.length;
  const M = model.members.length;
  const z = new Float64Array(C * M);
  for (const [name, v] of features) {
    const u = model.union.get(name);
    if (u === undefined) continue;
    for (let k = 0; k < M; k++) {
      const f = model.rows[k]![u]!;
      if (f < 0) continue;
      const weights = model.members[k]!.weights;
      const base = f * C;
      const at = k * C;
      for (let c = 0; c < C; c++) z[at + c]! += v * weights[base + c]!;
    }
  }
  out.fill(0);
  for (let k = 0; k < M; k++) {
    const member = model.members[k]!;
    const logits = z.subarray(k * C, (k + 1) * C);
    for (let c = 0; c < C; c++) logits[c] = member.bias[c]! + member.step * logits[c]!;
    softmaxInPlace(logits, member.temperature);
    for (let c = 0; c < C; c++) out[c]! += model.mix[k]! * logits[c]!;
  }
  return calibrateInPlace(out, model.temperature);
}
