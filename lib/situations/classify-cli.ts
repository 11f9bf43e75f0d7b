/**
 * Command-line contract used by the classifier's evaluation:
 *   npm run --silent classify < messages.txt
 * One buyer message per input line (UTF-8, LF or CRLF); one JSON object per line out, in order:
 *   {"text": "...", "situations": [{"id": "haggle", "score": 0.93}, ...]}
 * Empty lines are classified as 'other'. Nothing else goes to stdout.
 *
 * A line that begins with `{` and parses as a request object is read as
 *   {"text": "...", "history": [{"from": "buyer"|"seller", "text": "..."}], "feedback": "<id>"}
 * (history oldest first; history and feedback optional). The answer has the same shape, with
 * the object's text. With feedback, the line is answered first, then learned by one per-shop
 * layer for the rest of the run. A line that begins with `{` but is not such an object is a
 * plain message, as it always was; a note naming the line goes to stderr.
 */
import { createInterface } from 'node:readline';
import { classify } from './classify';
import { parseRequestLine } from './cli-request';
import { createShopLayer } from './shop-layer';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const shop = createShopLayer();
  let buffer = '';
  let n = 0;
  for await (const rawLine of lines) {
    n++;
    const line = rawLine.replace(/\r$/, '');
    const request = parseRequestLine(line);
    if (request.kind === 'invalid') process.stderr.write(`classify: line ${n}: ${request.reason}; classified as plain text\n`);
    const text = request.kind === 'request' ? request.text : line;
    const history = request.kind === 'request' ? request.history : undefined;
    const { situations } = shop.blend(classify(text, history ? { history } : undefined), text);
    buffer += JSON.stringify({ text, situations: situations.map(({ id, score }) => ({ id, score })) }) + '\n';
    if (request.kind === 'request' && request.feedback) shop.learn(text, request.feedback);
    if (request.kind === 'request' && request.feedbackError) process.stderr.write(`classify: line ${n}: ${request.feedbackError}; not learned\n`);
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
