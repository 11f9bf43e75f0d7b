/**
 * Command-line contract used by the classifier's evaluation:
 *   npm run --silent classify < messages.txt
 * One buyer message per input line (UTF-8, LF or CRLF); one JSON object per line out, in order:
 *   {"text": "...", "situations": [{"id": "haggle", "score": 0.93}, ...]}
 * Empty lines are classified as 'other'. Nothing else goes to stdout.
 */
import { createInterface } from 'node:readline';
import { classify } from './classify';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const rawLine of lines) {
    const text = rawLine.replace(/\r$/, '');
    const { situations } = classify(text);
    buffer += JSON.stringify({ text, situations: situations.map(({ id, score }) => ({ id, score })) }) + '\n';
    // Write in chunks: large inputs stream through without holding everything in memory.
    if (buffer.length > 64 * 1024) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  if (buffer) process.stdout.write(buffer);
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
