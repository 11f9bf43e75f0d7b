/**
 * The conversation-flow scenarios (tests/fixtures/advise/flows.jsonl: logistics, complaints,
 * 催付, confirmation, lost sale, 加微信, 售后进度) run through the whole `advise` function, as the
 * sidebar and the command run them: with every playbook in the registry competing, the flow a
 * seasoned seller expects must own the conversation, plan its tasks, and offer replies that say
 * what it should and nothing nobody checked. tests/unit/playbooks/flow-scenarios.test.ts checks
 * the flows alone, in more detail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/advise/advise';
import { adviseInputSchema, conversationFromInput } from '../../../lib/advise/advise-input';

interface FlowExpectation {
  playbook: string;
  decision: string;
  tasks: string[];
  shopPaysReturnShipping?: boolean;
  mentions?: string[];
  never?: string[];
  noReplies?: boolean;
}

const lines = readFileSync(new URL('../../fixtures/advise/flows.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { name: string; input: unknown; expect: FlowExpectation });

describe('conversation flows through advise', () => {
  it.each(lines.map((l) => [l.name, l] as const))('%s', (_name, { input, expect: want }) => {
    const view = advise(conversationFromInput(adviseInputSchema.parse(input)));
    expect({ playbook: view.playbook?.id, decision: view.playbook?.decision }).toEqual({ playbook: want.playbook, decision: want.decision });
    expect(view.tasks.map((t) => t.kind)).toEqual(want.tasks);
    if (want.shopPaysReturnShipping !== undefined) expect(view.playbook?.shopPaysReturnShipping).toBe(want.shopPaysReturnShipping);
    if (want.noReplies) return;
    expect(view.replies.length).toBeGreaterThan(0);
    for (const r of view.replies) {
      expect(r.compliance, `${r.id}: ${r.text}`).not.toBe('block');
      for (const pattern of want.never ?? []) expect(r.text, `${r.id} must not say ${pattern}`).not.toMatch(new RegExp(pattern, 'i'));
    }
    const complete = view.replies.filter((r) => r.missing.length === 0).map((r) => r.text);
    expect(complete.length, 'at least one reply fills completely').toBeGreaterThan(0);
    for (const pattern of want.mentions ?? []) {
      expect(complete.some((text) => new RegExp(pattern, 'i').test(text)), `some complete reply says ${pattern}`).toBe(true);
    }
  });
});
