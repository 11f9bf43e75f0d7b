/**
 * Reads one input line of the classify command: a plain message, or (when it begins with `{`)
 * a request object with the conversation before it and optional feedback. Validated with zod;
 * anything else that begins with `{` stays a plain message, as it was before requests existed.
 */
import { z } from 'zod';
import type { Turn } from './rule-classifier';
import { isSituationId, type SituationId } from './taxonomy';

const requestSchema = z.object({
  text: z.string(),
  history: z.array(z.object({ from: z.enum(['buyer', 'seller']), text: z.string() })).optional(),
  feedback: z.string().optional(),
});

export type RequestLine =
  | { kind: 'plain' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'request'; text: string; history?: Turn[]; feedback?: SituationId; feedbackError?: string };

export function parseRequestLine(line: string): RequestLine {
  if (!line.startsWith('{')) return { kind: 'plain' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'invalid', reason: 'begins with "{" but is not valid JSON' };
  }
  const parsed = requestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the object';
    return { kind: 'invalid', reason: `begins with "{" but is not a request object (${where}: ${issue?.message ?? 'invalid'})` };
  }
  const { text, history, feedback } = parsed.data;
  if (feedback === undefined) return { kind: 'request', text, history };
  if (!isSituationId(feedback)) return { kind: 'request', text, history, feedbackError: `unknown feedback situation id "${feedback}"` };
  return { kind: 'request', text, history, feedback };
}
