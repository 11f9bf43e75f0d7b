/**
 * What a hit's surroundings say about it. The same words that break a rule also appear in
 * replies that keep it: "请勿私下转账，谨防诈骗" warns the buyer against exactly what the
 * off-platform rule looks for, and "我们不做好评返现" names the banned practice to refuse it.
 * A reviewer reads those as harmless, so the detectors ask these helpers before reporting.
 *
 * Everything works on the normalised text (see normalize-text): commas and full stops between
 * Chinese clauses are '。', Latin text keeps its punctuation.
 */

/** Characters that end a clause (Chinese or Latin). */
const CLAUSE_END = /[。!?！？;；\n]|\.(?=\s|$)/g;

/** Where each clause break of the last text starts and ends; detectors ask about the same
 *  text many times in a row, so one scan serves them all. */
let breaksOf: { text: string; starts: number[]; ends: number[] } = { text: '', starts: [], ends: [] };
function clauseBreakList(text: string) {
  if (breaksOf.text !== text) {
    const starts: number[] = [];
    const ends: number[] = [];
    CLAUSE_END.lastIndex = 0;
    for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    breaksOf = { text, starts, ends };
  }
  return breaksOf;
}

/** Start of the clause holding `index`. */
export function clauseStart(text: string, index: number): number {
  const { starts, ends } = clauseBreakList(text);
  let start = 0;
  for (let i = 0; i < starts.length && starts[i]! < index; i += 1) start = ends[i]!;
  return start;
}

/** End (exclusive) of the clause holding `index`. */
export function clauseEnd(text: string, index: number): number {
  CLAUSE_END.lastIndex = index;
  const m = CLAUSE_END.exec(text);
  return m ? m.index : text.length;
}

/** Words that, shortly before a hit in the same clause, negate or forbid it. 别 is a negator
 *  except in 别的/别人 ("other"). */
const ZH_NEGATOR = /(?:请勿|切勿|勿|不要|不能|不可以|不可|不会|不允许|不准|不许|禁止|严禁|别(?![的人家])|不用|无需|不做|不搞|不参与|不支持|不接受|拒绝|没有|不得|谨防|提防|警惕|防止|小心|不存在|从不|从来不|绝不|不提供|不需要|不设|不给|不发|不返|不送|不参加|不存在)/;
const EN_NEGATOR = /\b(?:do not|don't|dont|never|not|no|won't|will not|cannot|can't|beware of|avoid|refuse to|aren't allowed to|isn't allowed|not allowed to)\b/;

/** True when the clause before the hit (up to `reach` characters) negates or forbids it. */
export function isNegated(text: string, start: number, reach = 10): boolean {
  const clause = clauseStart(text, start);
  // A-not-A questions (能不能, 可不可以, 要不要) ask; they do not negate.
  const before = text.slice(Math.max(clause, start - reach), start).replace(/(.)不\1|能不能|可不可以|要不要|会不会|是不是|行不行|好不好/g, '');
  // English spreads a negation over more characters ("we never ask customers to contact us on").
  const latinBefore = text.slice(Math.max(clause, start - reach * 5), start);
  // A bare 不/没/未 right before the hit negates it too: 不能治 → 不 + 能治.
  return ZH_NEGATOR.test(before) || /[不没未]$/.test(before) || EN_NEGATOR.test(latinBefore);
}

/** Anti-fraud and policy wording: a hit inside such a warning describes what the buyer must
 *  not do, it does not invite it. */
const WARNING = /别信|不要信|不要相信|别相信|不要理会|千万别|诈骗|骗子|骗局|防骗|上当|受骗|认准平台|都是假的|冒充|谨防|提防|警惕|违规|违反平台|平台(?:规定|禁止|不允许)|scam|fraud|phishing|beware|impersonat|against (?:the )?(?:platform|amazon|shopee|ebay)(?:'s)? (?:rules|policy|policies)/;

/** True when a warning word sits within `reach` characters either side of the hit. */
export function inWarning(text: string, start: number, end: number, reach = 30): boolean {
  // English words are longer: give them twice the reach.
  const far = /[a-z]/.test(text.slice(start, end)) ? reach * 2 : reach;
  return WARNING.test(text.slice(Math.max(0, start - far), Math.min(text.length, end + far)));
}

/** Negated or inside an anti-fraud warning: the usual reason a hit is harmless. */
export function isDisclaimed(text: string, start: number, end: number): boolean {
  return isNegated(text, start) || inWarning(text, start, end);
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex as cues. */
export function cues(text: string, re: RegExp): Cue[] {
  const found: Cue[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** Text strictly between two cues, whichever comes first. */
export function between(text: string, a: Cue, b: Cue): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : '';
}

/** Number of clause breaks in a stretch of text. */
export function clauseBreaks(stretch: string): number {
  return (stretch.match(CLAUSE_END) ?? []).length;
}
