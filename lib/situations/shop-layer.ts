/**
 * A shop's own corrections, learned at once: nearest neighbours over the examples the seller
 * labelled (a correction, a script inserted from another situation), blended with the model.
 * Pure and in memory; whoever persists the examples (the archive database) rebuilds the layer
 * with createShopLayer(stored) and calls learn() for each new one.
 *
 * Similarity is the cosine of the same character-gram vectors the model reads (binary grams
 * scaled to unit length), so "尺码偏小 要换大一号" and "尺码偏小 换大一号吧" are close while
 * a message sharing one word is not.
 */
import type { Classification, SituationScore } from './rule-classifier';
import { extractFeatures, featureText, type FeatureVector } from './features';
import { isSituationId, SITUATION_IDS, type SituationId } from './taxonomy';

export interface ShopExample {
  text: string;
  situation: SituationId;
}

export interface ShopLayerSettings {
  /** Neighbours below this similarity say nothing. */
  minSimilarity: number;
  /** Similarity at which the neighbours' vote takes its full share. */
  fullSimilarity: number;
  /** The largest share of the blended scores the neighbours can take. */
  maxShare: number;
  neighbours: number;
}
export const DEFAULT_SHOP_LAYER: ShopLayerSettings = { minSimilarity: 0.35, fullSimilarity: 0.8, maxShare: 0.85, neighbours: 3 };

export interface ShopLayer {
  /** Stores a labelled example; later blends see it. A repeated text takes the newest label. */
  learn(text: string, situation: SituationId): void;
  /** The classification with the shop's examples blended in (unchanged when none is similar). */
  blend(classification: Classification, text: string): Classification;
  /** The stored examples, oldest first. */
  examples(): ShopExample[];
  readonly size: number;
}

const FEATURE_OPTIONS = { words: false, rules: false } as const;
const MAX_LISTED = 3;

function gramVector(text: string): FeatureVector {
  const all = extractFeatures(featureText(text), FEATURE_OPTIONS);
  // Only the character grams (plain names); lexicon and length markers would make unrelated
  // short messages look alike.
  const grams: FeatureVector = new Map();
  let norm = 0;
  for (const [name, v] of all) {
    const code = name.charCodeAt(0);
    if (code >= 0xe100 && code <= 0xe1ff) continue;
    grams.set(name, v);
    norm += v * v;
  }
  if (norm > 0) for (const [name, v] of grams) grams.set(name, v / Math.sqrt(norm));
  return grams;
}

function cosine(a: FeatureVector, b: FeatureVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [name, v] of small) {
    const w = large.get(name);
    if (w !== undefined) dot += v * w;
  }
  return dot;
}

export function createShopLayer(initial: readonly ShopExample[] = [], settings: ShopLayerSettings = DEFAULT_SHOP_LAYER): ShopLayer {
  const stored: { text: string; situation: SituationId; vector: FeatureVector }[] = [];
  const byText = new Map<string, number>();

  const learn = (text: string, situation: SituationId) => {
    if (!isSituationId(situation)) throw new Error(`unknown situation id "${String(situation)}"`);
    const key = featureText(text);
    if (key === '') return;
    const at = byText.get(key);
    if (at !== undefined) {
      stored[at]!.situation = situation;
      return;
    }
    byText.set(key, stored.length);
    stored.push({ text, situation, vector: gramVector(text) });
  };
  for (const e of initial) learn(e.text, e.situation);

  const blend = (classification: Classification, text: string): Classification => {
    if (stored.length === 0) return classification;
    const vector = gramVector(text);
    if (vector.size === 0) return classification;
    const near: { sim: number; situation: SituationId }[] = [];
    for (const e of stored) {
      const sim = cosine(vector, e.vector);
      if (sim < settings.minSimilarity) continue;
      near.push({ sim, situation: e.situation });
    }
    if (near.length === 0) return classification;
    near.sort((a, b) => b.sim - a.sim);
    const top = near.slice(0, settings.neighbours);
    const vote = new Map<SituationId, number>();
    let total = 0;
    for (const n of top) {
      vote.set(n.situation, (vote.get(n.situation) ?? 0) + n.sim);
      total += n.sim;
    }
    const closeness = Math.min(1, (top[0]!.sim - settings.minSimilarity) / (settings.fullSimilarity - settings.minSimilarity));
    const share = settings.maxShare * closeness;
    const scores = new Map<SituationId, number>();
    for (const s of classification.situations) scores.set(s.id, (1 - share) * s.score);
    for (const [id, v] of vote) scores.set(id, (scores.get(id) ?? 0) + (share * v) / total);
    const cuesOf = new Map(classification.situations.map((s) => [s.id, s.cues]));
    const situations: SituationScore[] = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || SITUATION_IDS.indexOf(a[0]) - SITUATION_IDS.indexOf(b[0]))
      .slice(0, MAX_LISTED)
      .map(([id, score]) => ({ id, score: Math.round(score * 1000) / 1000, cues: cuesOf.get(id) ?? [] }));
    const first = situations[0]!.score;
    const second = situations[1]?.score ?? 0;
    // A close neighbour settles it; otherwise the model's doubt stands.
    const unsure = closeness >= 0.5 ? first - second < 0.1 : (classification.unsure ?? false);
    return { ...classification, situations, unsure };
  };

  return {
    learn,
    blend,
    examples: () => stored.map(({ text, situation }) => ({ text, situation })),
    get size() {
      return stored.length;
    },
  };
}
