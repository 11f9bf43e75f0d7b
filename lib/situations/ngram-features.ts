/**
 * Character n-gram features (1–3) of a normalised message, the input of the statistical
 * fallback. Characters rather than words because Chinese chat has no spaces and buyers invent
 * spellings (木有, 肿么, 发piao); overlapping pieces still match what the model has seen.
 */

const DIGITS = /\d+/g;
const MAX_N = 3;

/**
 * Distinct n-grams of `normalized` (output of normalizeMessage). Digit runs become one '0' so
 * "85出不出" and "120出不出" share their features; a space pads both ends so a word boundary
 * is part of the gram ("退 " at the end of a message reads differently from "退款").
 * Returned deduplicated: presence, not frequency, carries the signal in short messages.
 */
export function ngramFeatures(normalized: string): string[] {
  const text = ` ${normalized.replace(DIGITS, '0')} `;
  const chars = Array.from(text);
  const seen = new Set<string>();
  for (let n = 1; n <= MAX_N; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = n === 1 ? chars[i]! : chars.slice(i, i + n).join('');
      // Lone spaces say nothing about the situation.
      if (n === 1 && gram === ' ') continue;
      seen.add(gram);
    }
  }
  return [...seen];
}
