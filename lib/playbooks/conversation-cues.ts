/**
 * Reading a conversation the way the flows need it: the buyer's latest message, the buyer's
 * earlier ones (newest first) where a problem raised two messages ago still lives, and what
 * the seller has already said (a reminder sent once is not sent again).
 */
import type { FlowConversation, FlowLine } from './flow-types';

export function buyerLines(c: FlowConversation): FlowLine[] {
  return c.messages.filter((m) => m.from === 'buyer' && m.text.trim() !== '');
}

export function lastBuyerText(c: FlowConversation): string | undefined {
  return buyerLines(c).at(-1)?.text;
}

/** The conversation's last line is the buyer's: something is waiting for an answer. */
export function buyerSpokeLast(c: FlowConversation): boolean {
  const last = [...c.messages].reverse().find((m) => m.text.trim() !== '');
  return last?.from === 'buyer';
}

/** Buyer texts, newest first. */
export function buyerTextsNewestFirst(c: FlowConversation): string[] {
  return buyerLines(c)
    .map((m) => m.text)
    .reverse();
}

export function sellerSaid(c: FlowConversation, pattern: RegExp): boolean {
  return c.messages.some((m) => m.from === 'seller' && pattern.test(m.text));
}

export function anyBuyerSaid(c: FlowConversation, pattern: RegExp): boolean {
  return buyerLines(c).some((m) => pattern.test(m.text));
}

/** Rule keys: per order when there is one, else per conversation day. */
export function ruleFor(c: FlowConversation, rule: string): string {
  if (c.order) return `${c.order.id}:${rule}`;
  return `conversation:${rule}:${new Date(c.now).toISOString().slice(0, 10)}`;
}
