/**
 * The conversation as the classifier wants it: the newest buyer message and the turns before
 * it (buyer's and the seller's, oldest first, at most `limit`), from the chat messages the
 * sidebar reads off the page (`agent` is the seller's side).
 */
import type { Classification, Turn } from './rule-classifier';
import type { SituationId } from './taxonomy';

export interface ChatLine {
  from: 'buyer' | 'agent' | 'seller';
  text: string;
}

export function lastBuyerWithHistory(messages: readonly ChatLine[], limit = 20): { text: string; history: Turn[] } | undefined {
  let last = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.from === 'buyer' && messages[i]!.text.trim() !== '') {
      last = i;
      break;
    }
  }
  if (last < 0) return undefined;
  const history: Turn[] = messages
    .slice(Math.max(0, last - limit), last)
    .filter((m) => m.text.trim() !== '')
    .map((m) => ({ from: m.from === 'buyer' ? 'buyer' : 'seller', text: m.text }));
  return { text: messages[last]!.text, history };
}

/**
 * The seller picked one of the offered situations: it becomes the main one (the others keep
 * their order after it) and the answer is no longer unsure.
 */
export function chooseSituation(classification: Classification, id: SituationId): Classification {
  const picked = classification.situations.find((s) => s.id === id) ?? { id, score: 0, cues: [] };
  return { ...classification, situations: [picked, ...classification.situations.filter((s) => s.id !== id)], unsure: false };
}
