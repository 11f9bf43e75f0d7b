/**
 * Command-line contract:
 *   npm run --silent advise < conversations.jsonl
 * One conversation per input line (JSON, see lib/advise/advise-input.ts); one JSON object per
 * line out, in order: exactly what the sidebar would show for it
 *   {"situations": [...], "replies": [...], "playbook": {...} | null, "tasks": [...]}.
 * Every line is checked before anything is written: a bad line gets a message on stderr naming
 * the line and the field, exit code 2, and nothing on stdout. Blank lines are skipped.
 */
import { createInterface } from 'node:readline';
import { advise } from './advise';
import { adviseInputSchema, conversationFromInput, describeIssues } from './advise-input';
import { offsetOf, printable } from './advise-cli-format';
import type { AdviseConversation } from './types';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const parsed: { conversation: AdviseConversation; offset: number }[] = [];
  const errors: string[] = [];
  let n = 0;
  for await (const raw of lines) {
    n += 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      errors.push(`line ${n}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const result = adviseInputSchema.safeParse(json);
    if (!result.success) {
      errors.push(...describeIssues(n, result.error).split('\n'));
      continue;
    }
    parsed.push({ conversation: conversationFromInput(result.data), offset: offsetOf(result.data.now) });
  }
  if (errors.length > 0) {
    process.stderr.write(`advise: ${errors.join('\nadvise: ')}\n`);
    process.exitCode = 2;
    return;
  }
  let buffer = '';
  for (const { conversation, offset } of parsed) {
    buffer += JSON.stringify(printable(advise(conversation), offset)) + '\n';
    if (buffer.length > 64 * 1024) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  if (buffer) process.stdout.write(buffer);
}

main().catch((error: unknown) => {
  process.stderr.write(`advise: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
