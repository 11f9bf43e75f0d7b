/**
 * The classifier the app uses: the trained logistic-regression model ranks the situations from
 * character grams, lexicon families and the cue rules' evidence; its probabilities are
 * temperature-calibrated, so "0.9" is right about nine times in ten. The rules keep the last
 * word where they are exact: a situation the buyer denied is never listed, and a bare
 * acknowledgement ("好的谢谢", "👌") with no conversation around it is 'other'.
 */
import { ruleEvidence, type Classification, type ClassifyOptions, type SituationScore, type Turn } from './rule-classifier';
import { extractFromNormalized } from './entities';
import { gateFeatures } from './context-gate';
import { extractFeatures, featureText, type FeatureVector } from './features';
import { ensembleProbabilities, lrLogits, softmaxInPlace, type Ensemble } from './lr-model';
import { normalizeMessage } from './normalize';
import { SITUATION_IDS, type SituationId } from './taxonomy';

const COUNT = SITUATION_IDS.length;
const OTHER = SITUATION_IDS.indexOf('other');
const GREETING = SITUATION_IDS.indexOf('greeting');
const MAX_LISTED = 3;
/** Listed after the main one down to this probability: the seller (and top-3) see three choices. */
const MIN_LISTED = 0.001;

/**
 * The hand-set mixing of a follow-up with the turns before it (withContext): used for a bare
 * number, and when a model carries no learned gate. Tuned on the training conversations, never on sealed.
 */
export interface ContextSettings {
  /** An own situation at least this probable wins over the open one. */
  ownWins: number;
  /** Otherwise the follow-up keeps this share of its own probabilities, the rest comes from the open one. */
  ownShare: number;
  /** How many turns back the open situation is looked for. */
  lookBack: number;
  /** A turn opens a situation when its main one is at least this probable. */
  opens: number;
  /** Seller turns count this much relative to the buyer's. */
  sellerWeight: number;
}
export const DEFAULT_CONTEXT: ContextSettings = { ownWins: 0.9, ownShare: 0.2, lookBack: 6, opens: 0.5, sellerWeight: 0.3 };

export interface ModelScores {
  /** Calibrated probabilities per situation (SITUATION_IDS order). */
  probabilities: Float64Array;
  cues: (string[] | undefined)[];
  /** The cue rules' evidence per situation. */
  evidence: Float64Array;
  /** A bare acknowledgement or emoji. */
  fragment: boolean;
  /** The message's features (the context gate reads its word families). */
  features: FeatureVector;
}

export type Classifier = (text: string, options?: ClassifyOptions) => Classification;

export function createModelClassifier(model: Ensemble, context: ContextSettings = DEFAULT_CONTEXT): Classifier {
  const scoreOf = (text: string): ModelScores => modelScores(model, text);
  return (text, options) => {
    const normalized = normalizeMessage(text ?? '');
    const entities = extractFromNormalized(normalized);
    const own = modelScores(model, text ?? '', normalized);
    const history = historyOf(options);
    let probabilities = own.probabilities;
    let inherited: SituationId | undefined;
    // A bare number ("120") is a counter-offer or an answer; the training conversations hold
    // too few of them for the gate, so the hand-set mixing carries the topic over.
    if (history.length > 0 && model.context && !BARE_NUMBER.test(normalized)) {
      // The gate alone decides. It reads how much the message says of its own (context-gate.ts),
      // so "能便宜点吗" after a tracking question or a new fault after a dispatch question
      // keeps its own situation, while "三天了还没到" after a refund stays the refund. An
      // override by the message's own score (0.9 or more wins) used to sit here; on the
      // training conversations, cross-validated, it cost 2.5 points top-1 and 5 top-3 (its own
      // score is that of the message read alone, sure of "logistics" for "还没到" whatever came before).
      const joined = learnedContext(model, own, history, scoreOf);
      probabilities = joined.probabilities;
      inherited = joined.inherited;
    } else if (history.length > 0) {
      const joined = withContext(text ?? '', own, history, scoreOf, context);
      probabilities = joined.probabilities;
      inherited = joined.inherited;
    } else if (own.fragment) {
      probabilities = fragmentAsOther(own.probabilities);
    }
    return { ...rank(probabilities, own, model, inherited, text), entities };
  };
}

/** The learned gate (context-gate.ts) over the follow-up and the turns before it. */
function learnedContext(model: Ensemble, own: ModelScores, history: readonly Turn[], scoreOf: (text: string) => ModelScores) {
  const gate = model.context!;
  const p = new Float64Array(COUNT);
  lrLogits(gate, gateFeatures(own, own.features, history, scoreOf), p);
  softmaxInPlace(p, gate.temperature);
  let top = 0;
  let ownTop = 0;
  for (let i = 1; i < COUNT; i++) {
    if (p[i]! > p[top]!) top = i;
    if (own.probabilities[i]! > own.probabilities[ownTop]!) ownTop = i;
  }
  return { probabilities: p, inherited: top !== ownTop ? SITUATION_IDS[top] : undefined };
}

/** Calibrated probabilities of one message on its own. */
export function modelScores(model: Ensemble, text: string, normalized = normalizeMessage(text)): ModelScores {
  const rules = ruleEvidence(normalized);
  const features = extractFeatures(featureText(text), model.features, rules);
  const p = ensembleProbabilities(model, features, new Float64Array(COUNT));
  // The rules read negation exactly: "不是质量问题" must not bring quality_issue back.
  let removed = 0;
  for (let i = 0; i < COUNT; i++) {
    if (rules.denied[i] && rules.evidence[i]! <= 0) {
      removed += p[i]!;
      p[i] = 0;
    }
  }
  if (removed > 0 && removed < 1) for (let i = 0; i < COUNT; i++) p[i]! /= 1 - removed;
  return { probabilities: p, cues: rules.cues, evidence: rules.evidence, fragment: rules.fragment, features };
}

function fragmentAsOther(p: Float64Array): Float64Array {
  const out = new Float64Array(p);
  if (out[OTHER]! >= Math.max(...out)) return out;
  // Keep the model's guesses as hints behind 'other', in their order.
  let max = 0;
  for (let i = 0; i < COUNT; i++) if (i !== OTHER && out[i]! > max) max = out[i]!;
  out[OTHER] = Math.max(max + 0.05, 0.5);
  const sum = out.reduce((a, b) => a + b, 0);
  for (let i = 0; i < COUNT; i++) out[i]! /= sum;
  return out;
}

function historyOf(options: ClassifyOptions | undefined): Turn[] {
  if (options?.history?.length) return options.history.filter((t) => t && typeof t.text === 'string' && t.text.trim() !== '');
  if (options?.previous?.length) return options.previous.filter((t) => typeof t === 'string' && t.trim() !== '').map((text) => ({ from: 'buyer', text }));
  return [];
}

/**
 * A follow-up with no situation of its own ("那怎么弄", "就晚了一天通融下嘛", "120") inherits
 * the open one: the situation of the latest turn that had one. A confident situation of its
 * own ("什么时候发货" after haggling) wins.
 */
/** Words that close a topic rather than continue it (with the model seeing nothing else). */
const idx = (id: SituationId) => SITUATION_IDS.indexOf(id);
const REQUESTS = new Set(['return_request', 'refund', 'complaint', 'bad_review'].map((id) => idx(id as SituationId)));
const THREATS = new Set(['complaint', 'bad_review'].map((id) => idx(id as SituationId)));
/** Open situation → own situations of a follow-up that stay secondary to it. */
const FOLLOWS = new Map<number, Set<number>>([
  ...(['damaged', 'missing_item', 'wrong_item', 'quality_issue', 'size_fit'] as const).map((id) => [idx(id), REQUESTS] as [number, Set<number>]),
  ...(['return_request', 'refund'] as const).map((id) => [idx(id), THREATS] as [number, Set<number>]),
]);
const BARE_NUMBER = /^[\s.,#+\-/:¥$元块]*\d[\d\s.,#+\-/:¥$元块]*$/;
const CLOSING = /(算了|谢谢|谢啦|好的|好哒|好滴|好嘞|没事了|行吧|知道了|明白了|晓得了|拍了|下单了|等着|再说|再想想|再看看|去认证|ok|thanks|never ?mind|nvm)/;

export function withContext(
  text: string,
  own: ModelScores,
  history: readonly Turn[],
  scoreOf: (text: string) => ModelScores,
  settings: ContextSettings,
): { probabilities: Float64Array; inherited?: SituationId } {
  const p = own.probabilities;
  // "好吧", "哦 那算了", "行 辛苦": closing words end the topic, they do not continue it
  // (the labelled conversations agree: they are 'other' whatever came before).
  const normalized = normalizeMessage(text);
  // A bare number ("120") is a counter-offer or an answer: it continues the topic.
  if (own.fragment && !BARE_NUMBER.test(normalized)) return { probabilities: fragmentAsOther(p) };
  let top = 0;
  for (let i = 1; i < COUNT; i++) if (p[i]! > p[top]!) top = i;
  // "那就算了吧谢谢", "好哒 去认证了", "中 那俺拍了": nothing of its own and a closing word.
  if (top === OTHER && CLOSING.test(normalized)) return { probabilities: p };

  // The open situation: the latest turns that had one, newest first. A seller's turn ("已经超过
  //七天无理由了哦") counts for sellerWeight of what is left; the buyer's own words before it
  // fill the rest.
  const open = new Float64Array(COUNT);
  let remaining = 1;
  for (let k = history.length - 1, seen = 0; k >= 0 && seen < settings.lookBack && remaining > 0.01; k--, seen++) {
    const turn = history[k]!;
    const earlier = scoreOf(turn.text).probabilities;
    let main = 0;
    for (let i = 1; i < COUNT; i++) if (earlier[i]! > earlier[main]!) main = i;
    // A greeting or a closing word opens nothing a follow-up could continue.
    if (main === OTHER || main === GREETING || earlier[main]! < settings.opens) continue;
    const weight = remaining * (turn.from === 'seller' ? settings.sellerWeight : 1);
    for (let i = 0; i < COUNT; i++) open[i]! += weight * earlier[i]!;
    remaining -= weight;
  }
  const openWeight = 1 - remaining;
  if (openWeight <= 0) return { probabilities: p };
  for (let i = 0; i < COUNT; i++) open[i]! /= openWeight;
  let openMain = 0;
  for (let i = 1; i < COUNT; i++) if (open[i]! > open[openMain]!) openMain = i;

  // Labelling rules 1 and 3 across turns: after a named problem, "退款啦" or "换个新的吧" is
  // the request that problem motivates, so the problem stays main; after a request, a threat
  // ("再不退我就投诉") stays secondary to it.
  if (FOLLOWS.get(openMain)?.has(top)) {
    const out = new Float64Array(COUNT);
    for (let i = 0; i < COUNT; i++) out[i] = 0.5 * open[i]! + 0.5 * p[i]!;
    if (out[openMain]! < out[top]!) [out[openMain], out[top]] = [out[top]!, out[openMain]!];
    return { probabilities: out, inherited: SITUATION_IDS[openMain] };
  }
  if (top !== OTHER && p[top]! >= settings.ownWins) return { probabilities: p };

  // The follow-up's own 'other' mass is "nothing of its own": that share goes to the open
  // situation. Whatever weak situation it has of its own keeps its probability, less ownShare
  // of it moved over as well, so a guess below ownWins does not beat the open topic.
  const out = new Float64Array(COUNT);
  const moved = openWeight * (p[OTHER]! + (1 - settings.ownShare) * (1 - p[OTHER]!));
  for (let i = 0; i < COUNT; i++) {
    const kept = i === OTHER ? p[i]! * (1 - openWeight) : p[i]! * (1 - openWeight * (1 - settings.ownShare));
    out[i] = kept + moved * open[i]!;
  }
  let best = 0;
  for (let i = 1; i < COUNT; i++) if (out[i]! > out[best]!) best = i;
  return { probabilities: out, inherited: best !== top ? SITUATION_IDS[best] : undefined };
}

/** Rule evidence at which a situation the message also carries is listed after the main one. */
const RULE_ALSO = 1.0;

function rank(
  p: Float64Array,
  own: ModelScores,
  model: Ensemble,
  inherited: SituationId | undefined,
  text: string,
): Omit<Classification, 'entities'> {
  const { cues, evidence } = own;
  const order = Array.from({ length: COUNT }, (_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b);
  // After the main one: what the rules clearly found too ("尺码太小 我要退货" also asks for a
  // return, which a confident model leaves at 0.01), then the model's next guesses.
  const key = (i: number) => p[i]! + (evidence[i]! >= RULE_ALSO && p[i]! > 0 ? 1 : 0);
  const rest = order.slice(1).filter((i) => p[i]! >= MIN_LISTED || (evidence[i]! >= RULE_ALSO && p[i]! > 0));
  rest.sort((a, b) => key(b) - key(a) || a - b);
  const listed = [order[0]!, ...rest].slice(0, MAX_LISTED);
  const situations: SituationScore[] = listed.map((i) => ({
    id: SITUATION_IDS[i]!,
    score: Math.round(p[i]! * 1000) / 1000,
    cues: SITUATION_IDS[i] === inherited ? [text.trim()].filter(Boolean) : (cues[i] ?? []),
  }));
  const first = p[order[0]!]!;
  const second = p[order[1]!]!;
  const { minTop, minMargin } = model.serialized.unsure;
  return { situations, unsure: first < minTop || first - second < minMargin };
}
