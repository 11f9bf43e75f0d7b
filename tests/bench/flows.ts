/**
 * The conversation flows and the claims filter: `decideFlow` runs on every buyer message, and
 * `suggestReplies` with facts on every message too, so both should stay far below a frame.
 * The conversations are the scenario fixtures, replayed round-robin.
 */
import { readFileSync } from 'node:fs';
import { fillSourcesOfConversation, fillValues, replyFacts } from '../../lib/assist/fill-values';
import { decideFlow } from '../../lib/playbooks/flow-playbooks';
import { suggestReplies } from '../../lib/scripts/suggest';
import { conversationFromLine, type AdviseInputLine } from '../unit/playbooks/advise-input';

function time(label: string, n: number, fn: (i: number) => void): void {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - start;
  console.log(`${label}: ${((ms * 1000) / n).toFixed(1)} µs/call (${n} calls)`);
}

export async function run(): Promise<void> {
  const lines = readFileSync(new URL('../fixtures/advise/flows.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => conversationFromLine((JSON.parse(l) as { input: AdviseInputLine }).input));
  time(`decideFlow (${lines.length} fixture conversations)`, 20_000, (i) => {
    decideFlow(lines[i % lines.length]!);
  });
  time('fillValues + replyFacts', 20_000, (i) => {
    const src = fillSourcesOfConversation(lines[i % lines.length]!);
    fillValues(src);
    replyFacts(src);
  });
  const src = fillSourcesOfConversation(lines[0]!);
  const values = fillValues(src);
  const facts = replyFacts(src);
  time('suggestReplies with the claims filter (logistics, 3 replies)', 5_000, () => {
    suggestReplies({ situations: [{ id: 'logistics', score: 1 }, { id: 'complaint', score: 0.4 }], locale: 'zh-CN', values, facts, now: src.now! });
  });
}
