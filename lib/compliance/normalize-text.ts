/**
 * A normalised view of the seller's text that the rule patterns run on, with a map back
 * to the original offsets so findings can highlight what the seller actually typed.
 *
 * Sellers (and the scripts they copy) dodge keyword filters with full-width letters
 * (Ｖ Ｘ), spaces or dots between characters (加 微 信, 加.微.信) and zero-width
 * characters. The view therefore:
 *  - applies NFKC per code point (full-width → ASCII, ① → 1) and lower-cases;
 *  - drops zero-width characters;
 *  - drops whitespace and filler punctuation that sits next to a CJK character, so
 *    CJK words are contiguous, while Latin words keep single spaces for word boundaries.
 */
export interface NormalizedView {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`: start offset of its source in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`: end offset (exclusive) of its source in the original. */
  ends: number[];
  original: string;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]|\ufe0f/u;
/** Emoji that stand in for a word in dodged spellings: 五⭐ (五星), 返💰 (返钱), 🧧 (红包).
 *  Hearts and sparkles are pure decoration inside a word (v❤信, 薇♥信) and are dropped. */
const SYMBOL_WORDS: Readonly<Record<string, string>> = { '⭐': '星', '★': '星', '☆': '星', '🌟': '星', '💰': '钱', '💴': '钱', '🧧': '红包' };
const DECORATION = /[\u2764\u2665\u2661\u{1f493}-\u{1f49f}\u2728]/u;
const WHITESPACE = /\s/u;
/** Punctuation used purely to split a word so filters miss it. */
const FILLER = /[·•・*_\-~|/\\.。,，、'"`^]/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

interface Unit {
  ch: string;
  start: number;
  end: number;
}

/** NFKC + lower case for one code point. ASCII and common CJK ideographs (unchanged by NFKC)
 *  take a fast path: this runs on every keystroke. */
function fold(cp: string, code: number): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp;
  if (code >= 0x4e00 && code <= 0x9fff) return cp;
  if (DECORATION.test(cp)) return '·';
  return SYMBOL_WORDS[cp] ?? cp.normalize('NFKC').toLowerCase();
}

export function normalizeText(original: string): NormalizedView {
  // Pass 1: NFKC + lower-case per code point, keeping the source offsets.
  const units: Unit[] = [];
  let offset = 0;
  for (const cp of original) {
    const start = offset;
    offset += cp.length;
    const code = cp.codePointAt(0)!;
    if (code >= 0x80 && ZERO_WIDTH.test(cp)) continue;
    const folded = fold(cp, code);
    for (const ch of folded) units.push({ ch, start, end: offset });
  }

  // Pass 2: decide which separators survive. A run of whitespace/filler is removed when it
  // touches a CJK character on either side; between Latin letters or digits, whitespace
  // collapses to one space and filler punctuation stays as typed.
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    const isSep = WHITESPACE.test(u.ch) || FILLER.test(u.ch);
    if (!isSep) {
      out.push(u);
      i += 1;
      continue;
    }
    let j = i;
    while (j < units.length && (WHITESPACE.test(units[j]!.ch) || FILLER.test(units[j]!.ch))) j += 1;
    const before = out.at(-1)?.ch;
    const after = units[j]?.ch;
    const touchesCjk = (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after));
    if (!touchesCjk) {
      for (let k = i; k < j; k += 1) {
        const s = units[k]!;
        if (WHITESPACE.test(s.ch)) {
          if (out.at(-1)?.ch !== ' ') out.push({ ch: ' ', start: s.start, end: s.end });
        } else {
          out.push(s);
        }
      }
    } else if (runHasSentenceBreak(units, i, j)) {
      // Keep a sentence break so "。" between two clauses still separates them for the
      // patterns that must not reach across sentences.
      out.push({ ch: '。', start: units[i]!.start, end: units[j - 1]!.end });
    }
    i = j;
  }

  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const u of out) {
    text += u.ch;
    for (let k = 0; k < u.ch.length; k += 1) {
      starts.push(u.start);
      ends.push(u.end);
    }
  }
  return { text, starts, ends, original };
}

/** A full stop, comma or line break between CJK clauses is a real break, not a dodge,
 *  when it is followed by more than a single character (加.微.信 splits every char). */
function runHasSentenceBreak(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const ch = units[k]!.ch;
    if (ch === '\n' || ch === '。' || ch === ',' || ch === '，' || ch === '、') {
      return !isSingleCharSplit(units, from, to);
    }
  }
  return false;
}

/** True when the run splits single characters: X.Y.Z, where the run on the far side of the
 *  next character is another separator. Commas and line breaks are never dodges. */
function isSingleCharSplit(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const ch = units[k]!.ch;
    if (ch === '\n' || ch === ',' || ch === '，' || ch === '、') return false;
  }
  const prevPrev = units[from - 2]?.ch;
  const nextNext = units[to + 1]?.ch;
  const isSepChar = (c: string | undefined) => c !== undefined && (WHITESPACE.test(c) || FILLER.test(c));
  return isSepChar(prevPrev) || isSepChar(nextNext);
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function toOriginalSpan(view: NormalizedView, start: number, end: number) {
  const oStart = view.starts[start] ?? view.original.length;
  const oEnd = end > start ? (view.ends[end - 1] ?? view.original.length) : oStart;
  return { start: oStart, end: oEnd, text: view.original.slice(oStart, oEnd) };
}
