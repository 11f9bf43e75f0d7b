/**
 * Whole conversations through the flows, as a seasoned seller would judge them: which flow
 * owns the conversation, its decision, the follow-ups it plans, and the replies it offers
 * (complete from the data, within the platform rules, saying what they must and never what
 * nobody checked). The lines are `advise` input with the expected outcome beside it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillSourcesOfConversation, fillValues, replyFacts } from '../../../lib/assist/fill-values';
import { checkCompliance } from '../../../lib/compliance';
import type { Platform } from '../../../lib/db/schemas';
import { decideFlow } from '../../../lib/playbooks/flow-playbooks';
import { valuesFor } from '../../../lib/playbooks/playbook-values';
import { scriptsFor } from '../../../lib/scripts/builtin-scripts';
import { claimsBacked } from '../../../lib/scripts/claims';
import { renderScript } from '../../../lib/scripts/render';
import { conversationFromLine, type AdviseInputLine } from './advise-input';

interface Expectation {
  playbook: string;
  case: string;
  decision: string;
  tasks: string[];
  shopPaysReturnShipping?: boolean;
  /** The planned task falls within this many hours (escalations are not left for a day). */
  taskWithinHours?: number;
  taskAt?: string;
  /** Patterns that some complete reply must contain. */
  mentions?: string[];
  /** Patterns no offered reply may contain. */
  never?: string[];
  noReplies?: boolean;
}

const lines = readFileSync(new URL('../../fixtures/advise/flows.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { name: string; input: AdviseInputLine; expect: Expectation });

function repliesFor(input: AdviseInputLine) {
  const c = conversationFromLine(input);
  const verdict = decideFlow(c);
  if (!verdict) return { c, verdict, replies: [] };
  const src = fillSourcesOfConversation(c);
  const facts = replyFacts(src);
  const values = { ...fillValues(src), ...valuesFor(verdict.values, c.locale) };
  const replies = verdict.replyGroups.flatMap((group) =>
    scriptsFor(group, c.locale)
      .filter((s) => claimsBacked(s.claims, facts))
      .map((s) => ({ id: s.id, result: renderScript(s.body, values, c.locale) })),
  );
  return { c, verdict, replies };
}

describe('conversation flows: scenario fixtures', () => {
  it('has at least 15 conversations', () => {
    expect(lines.length).toBeGreaterThanOrEqual(15);
  });

  for (const { name, input, expect: want } of lines) {
    it(name, () => {
      const { c, verdict, replies } = repliesFor(input);
      expect(verdict, 'a flow decides').not.toBeNull();
      expect({ playbook: verdict!.id, case: verdict!.case, decision: verdict!.decision }).toEqual({
        playbook: want.playbook,
        case: want.case,
        decision: want.decision,
      });
      expect(verdict!.tasks.map((t) => t.kind)).toEqual(want.tasks);
      if (want.shopPaysReturnShipping !== undefined) expect(verdict!.shopPaysReturnShipping).toBe(want.shopPaysReturnShipping);
      for (const task of verdict!.tasks) {
        expect(task.dueAt).toBeGreaterThanOrEqual(c.now);
        if (want.taskWithinHours !== undefined) expect(task.dueAt - c.now).toBeLessThanOrEqual(want.taskWithinHours * 3_600_000);
      }
      if (want.taskAt) expect(verdict!.tasks[0]!.dueAt).toBe(Date.parse(want.taskAt));
      expect(verdict!.advice[c.locale].length).toBeGreaterThan(20);

      if (want.noReplies) {
        expect(replies).toEqual([]);
        return;
      }
      const complete = replies.flatMap((r) => (r.result.ok ? [r.result.text] : []));
      expect(complete.length, `complete replies among ${replies.map((r) => r.id)}`).toBeGreaterThan(0);
      for (const text of complete) {
        const blocked = checkCompliance(text, { platform: c.platform as Platform }).filter((f) => f.severity === 'block');
        expect(blocked.map((f) => `${f.rule}: ${f.span.text}`), text).toEqual([]);
        for (const bad of want.never ?? []) expect(text, `must not say /${bad}/`).not.toMatch(new RegExp(bad, 'i'));
        // The advise input holds no address: no reply may leave one to be made up.
        expect(text).not.toMatch(/【/);
      }
      for (const must of want.mentions ?? []) {
        expect(complete.some((t) => new RegExp(must, 'i').test(t)), `some reply says /${must}/:\n${complete.join('\n')}`).toBe(true);
      }
    });
  }
});
