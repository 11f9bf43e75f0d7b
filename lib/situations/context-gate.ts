/**
 * How a follow-up joins the turns before it, learned from the labelled training conversations
 * (corpus/train/*.jsonl): a small logistic regression over what the message model says about
 * the follow-up alone, about the buyer's last turn before it and about the seller's last turn,
 * their pairs ("refund after damaged" → damaged, labelling rule 1), and the follow-up's word
 * families (closing words, follow-up openers, questions). Cross-validated on those
 * conversations it beat the hand-set mixing (77.5% against 71.5% top-1).
 *
 * A linear gate cannot by itself weigh the earlier turns less when the follow-up names things
 * of its own: "杯子碎了一个 还少发了一个勺子" after a dispatch question came out as the
 * dispatch question, "那怎么弄" rightly inherits. So it also gets the message's own strength
 * (how much the cue rules found in it: 0 for "那怎么弄", 1 for a named fault or a bare
 * "那算了") and the two sides scaled by it: its own scores times the strength, the earlier
 * turns' times what is left. The gate learns from the conversations how far each side counts
 * at each strength.
 */
import { LEX, META, type FeatureVector } from './features';
import type { ModelScores } from './model-classifier';
import type { Turn } from './rule-classifier';
import { SITUATION_IDS } from './taxonomy';

const MIN = 0.01;
const OTHER = SITUATION_IDS.indexOf('other');
/** Rule evidence at which a message counts as fully carrying its own situation (a cue of weight 3, or several smaller). */
const FULL_STRENGTH = 3;

/**
 * 0..1: how much the message says of its own, read from the cue rules' strongest evidence. A bare
 * acknowledgement ("那算了", "好吧") says all it has to say: it closes the topic (labelling
 * convention 10), so it counts as fully its own too, with 'other' as its situation.
 */
export function ownStrength(own: ModelScores): number {
  if (own.fragment) return 1;
  let evidence = 0;
  own.evidence.forEach((e, i) => {
    if (i !== OTHER && e > evidence) evidence = e;
  });
  return Math.min(1, evidence / FULL_STRENGTH);
}

function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  return best;
}

/**
 * The gate's features. `own` is the follow-up's scores alone with its word families
 * (`lexicon`: the LEX and META features of the message); `scoreOf` scores earlier turns.
 */
export function gateFeatures(own: ModelScores, lexicon: FeatureVector, history: readonly Turn[], scoreOf: (text: string) => ModelScores): FeatureVector {
  const f: FeatureVector = new Map();
  own.probabilities.forEach((p, i) => {
    if (p > MIN) f.set(`own:${i}`, p);
  });
  const ownTop = argmax(own.probabilities);
  let buyer: Float64Array | undefined;
  let seller: Float64Array | undefined;
  for (let k = history.length - 1; k >= 0 && !(buyer && seller); k--) {
    const turn = history[k]!;
    if (turn.from === 'buyer' && !buyer) buyer = scoreOf(turn.text).probabilities;
    else if (turn.from === 'seller' && !seller) seller = scoreOf(turn.text).probabilities;
  }
  if (buyer) {
    buyer.forEach((p, i) => {
      if (p > MIN) f.set(`buyer:${i}`, p);
    });
    f.set(`pair:${ownTop}|${argmax(buyer)}`, 1);
  }
  if (seller) {
    seller.forEach((p, i) => {
      if (p > MIN) f.set(`seller:${i}`, p);
    });
    f.set(`spair:${ownTop}|${argmax(seller)}`, 1);
  }
  for (const [name, v] of lexicon) if (name.startsWith(LEX) || name.startsWith(META)) f.set(name, v);
  if (own.fragment) f.set('fragment', 1);
  // Interactions a linear gate cannot form itself: own scores count with the message's strength,
  // the earlier turns' with what it leaves open.
  const strength = ownStrength(own);
  f.set('strength', strength);
  own.probabilities.forEach((p, i) => {
    if (p > MIN) f.set(`ownx:${i}`, p * strength);
  });
  buyer?.forEach((p, i) => {
    if (p > MIN) f.set(`buyerx:${i}`, p * (1 - strength));
  });
  seller?.forEach((p, i) => {
    if (p > MIN) f.set(`sellerx:${i}`, p * (1 - strength));
  });
  return f;
}
