/**
 * Character n-gram features (1–3) of a normalised message, the input of the statistical
 * fallback. Characters rather than words because Chinese chat has no spaces and buyers invent
 * spellings (木有, 肿么, 发piao); overlapping pieces still match what the model has seen.
 *
 * Grams are taken over UTF-16 code units, so prediction can pack each gram into one number
 * (no string per gram, which is most of the cost at tens of thousands of messages a second).
 * An emoji thus yields its surrogate halves; training and prediction agree on that.
 */

const DIGITS = /\d+/g;
const SPACE = 32;

/**
 * Digit runs become one '0' so "85出不出" and "120出不出" share their features; a space pads
 * both ends so a word boundary is part of the gram ("退 " at the end reads differently from "退款").
 */
function prepare(normalized: string): string {
  return ` ${normalized.replace(DIGITS, '0')} `;
}

/** Distinct n-grams of `normalized` (output of normalizeMessage), as strings: for training. */
export function ngramFeatures(normalized: string): string[] {
  const text = prepare(normalized);
  const seen = new Set<string>();
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= text.length; i++) {
      // Lone spaces say nothing about the situation.
      if (n === 1 && text.charCodeAt(i) === SPACE) continue;
      seen.add(text.slice(i, i + n));
    }
  }
  return [...seen];
}

const UNIT = 65536;

/** One number per gram: its length, then its code units, 16 bits each (50 bits, exact in a double). */
export function gramKey(gram: string): number {
  let key = gram.length;
  for (let i = 0; i < gram.length; i++) key = key * UNIT + gram.charCodeAt(i);
  return key;
}

/**
 * Calls `visit` with the key of every n-gram `ngramFeatures` would return (possibly more than
 * once for a repeated gram; the caller deduplicates).
 */
export function forEachGramKey(normalized: string, visit: (key: number) => void): void {
  const text = prepare(normalized);
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const a = text.charCodeAt(i);
    if (a !== SPACE) visit(1 * UNIT + a);
    if (i + 1 < length) {
      const b = text.charCodeAt(i + 1);
      visit((2 * UNIT + a) * UNIT + b);
      if (i + 2 < length) visit(((3 * UNIT + a) * UNIT + b) * UNIT + text.charCodeAt(i + 2));
    }
  }
}
