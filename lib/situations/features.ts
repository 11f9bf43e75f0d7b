/**
 * Features of one buyer message for the trained (logistic regression) model: character 1–4
 * grams, optionally words from the platform's Chinese segmenter, the lexicon families, and what
 * the cue rules found. The rules stay what they are good at (numbers, negation, ids); the model
 * learns how far to trust them beside everything else.
 *
 * Feature names are strings. Character grams are plain text; every other kind starts with a
 * private-use character that normalised text never contains (featureText strips them), so the
 * kinds cannot collide.
 */
import { LEXICON } from './lexicon';
import { normalizeMessage } from './normalize';
import { SITUATION_IDS } from './taxonomy';
import type { RuleEvidence } from './rule-classifier';

export const WORD = '\uE100';
export const LEX = '\uE101';
export const RULE = '\uE102';
export const META = '\uE103';

/** A placeholder left by anonymisation, by what it hides; one token each (see featureText). */
const PLACEHOLDER_KINDS: [RegExp, string][] = [
  [/订单|单号|order/, '\uE001'],
  [/金额|价格|价钱|钱|money|amount|price/, '\uE002'],
  [/链接|网址|link|url/, '\uE003'],
  [/姓名|名字|昵称|name/, '\uE004'],
  [/地址|address/, '\uE005'],
  [/电话|手机|phone|tel/, '\uE006'],
  [/日期|时间|date|time/, '\uE007'],
  [/数字|数量|number|num/, '\uE008'],
];
const OTHER_PLACEHOLDER = '\uE009';
const MASK = '\uE00A';
const LONG_NUMBER = '\uE00B';

const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const BRACKETED = /[[【{<《]\s*([^\]】}>》\n]{1,12}?)\s*[\]】}>》]/g;
const MASK_RUN = /[*＊]{2,}/g;
const DIGITS = /\d+/g;

/**
 * The message as the model reads it: `[订单1]` → one "order" token, `[金额2]` → one "amount"
 * token, `**` masks → one mask token, then the usual normalisation (NFKC, lower case,
 * simplified characters), then digit runs → `0` (prices, counts) or one id token (7+ digits:
 * order, tracking and phone numbers), so "85出不出" and "120出不出" read alike.
 */
export function featureText(raw: string): string {
  let text = (raw ?? '').replace(PRIVATE_USE, '');
  text = text.replace(BRACKETED, (_, inner: string) => {
    const lower = inner.toLowerCase();
    for (const [pattern, token] of PLACEHOLDER_KINDS) if (pattern.test(lower)) return ` ${token} `;
    return ` ${OTHER_PLACEHOLDER} `;
  });
  text = text.replace(MASK_RUN, MASK);
  text = normalizeMessage(text);
  return text.replace(DIGITS, (run) => (run.length >= 7 ? LONG_NUMBER : '0'));
}

export interface FeatureOptions {
  /** Add words from Intl.Segmenter('zh'), when the runtime has it. */
  words: boolean;
  /** Add the cue rules' evidence. */
  rules: boolean;
}

export type FeatureVector = Map<string, number>;

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

const HAS_CJK = /[\u3400-\u9fff]/;

/** Words of two or more characters with Chinese in them; single characters are grams already. */
export function segmentWords(text: string): string[] {
  const seg = getSegmenter();
  if (!seg) return [];
  const words: string[] = [];
  for (const part of seg.segment(text)) {
    if (part.isWordLike && part.segment.length >= 2 && HAS_CJK.test(part.segment)) words.push(part.segment);
  }
  return words;
}

const LENGTH_BANDS: [number, string][] = [
  [4, 'len<4'],
  [7, 'len<7'],
  [16, 'len<16'],
  [41, 'len<41'],
  [Infinity, 'len>40'],
];

/**
 * The feature vector of a message. `text` is featureText(raw); `rules` is what the cue rules
 * found on the same message (omit when options.rules is false). Grams and words are binary and
 * scaled by 1/√count, so a long paragraph does not outvote a short message by sheer length.
 */
export function extractFeatures(text: string, options: FeatureOptions, rules?: RuleEvidence): FeatureVector {
  const features: FeatureVector = new Map();
  const padded = ` ${text} `;
  const length = padded.length;
  for (let i = 0; i < length; i++) {
    for (let n = 1; n <= 4 && i + n <= length; n++) {
      const gram = padded.slice(i, i + n);
      if (gram === ' ' || gram === '  ') continue;
      features.set(gram, 1);
    }
  }
  // Binary grams scaled to unit length (set after counting: repeats count once).
  const gramValue = features.size ? 1 / Math.sqrt(features.size) : 0;
  for (const gram of features.keys()) features.set(gram, gramValue);

  if (options.words) {
    const words = new Set(segmentWords(text));
    const wordValue = words.size ? 1 / Math.sqrt(words.size) : 0;
    for (const word of words) features.set(WORD + word, wordValue);
  }

  for (const { name, pattern } of LEXICON) {
    pattern.lastIndex = 0;
    let count = 0;
    while (pattern.exec(text) !== null && count < 3) count++;
    pattern.lastIndex = 0;
    if (count > 0) features.set(LEX + name, count === 1 ? 1 : count === 2 ? 1.4 : 1.7);
  }

  const chars = [...text].length;
  const band = LENGTH_BANDS.find(([limit]) => chars < limit)![1];
  features.set(META + band, 1);

  if (options.rules && rules) {
    for (let i = 0; i < SITUATION_IDS.length; i++) {
      const e = rules.evidence[i]!;
      if (e > 0) features.set(RULE + SITUATION_IDS[i], Math.min(e, 3));
      if (rules.denied[i]) features.set(`${RULE}!${SITUATION_IDS[i]}`, 1);
    }
    if (rules.fragment) features.set(META + 'fragment', 1);
  }
  return features;
}
