/**
 * Command-line contract for replaying seller replies through the platform-rule check:
 *   npm run --silent check-reply [-- --platform <id>] < replies.txt
 * One reply per input line (UTF-8, LF or CRLF); one JSON object per line out, in order:
 *   {"text": "...", "verdict": "block" | "warn" | "ok", "rules": ["review-incentive", ...]}
 * `rules` lists every rule that fired (blocking and warning), each once, in text order.
 * Without --platform the Chinese marketplaces' common rules apply (Amazon's review-request
 * rules do not; another marketplace is flagged only when the reply sends the buyer there).
 * An empty line is an empty reply: it gets {"text": "", "verdict": "ok", "rules": []}, so
 * output line N always answers input line N.
 * Bad arguments: a message on stderr, exit code 2, nothing on stdout.
 */
import { createInterface } from 'node:readline';
import { PLATFORMS, type Platform } from '../db/schemas.ts';
import { MAX_CHECK_LENGTH } from './check-compliance.ts';
import { checkReply } from './verdict.ts';

const USAGE = 'usage: check-reply [--platform <id>]   (ids: ' + PLATFORMS.join(', ') + ')';

class UsageError extends Error {}

export function parseArgs(args: readonly string[]): { platform?: Platform } {
  let platform: Platform | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const inline = arg.startsWith('--platform=') ? arg.slice('--platform='.length) : undefined;
    if (arg === '--platform' || inline !== undefined) {
      const value = inline ?? args[(i += 1)];
      if (value === undefined || value === '') throw new UsageError(`--platform needs a platform id\n${USAGE}`);
      if (!(PLATFORMS as readonly string[]).includes(value)) throw new UsageError(`unknown platform "${value}"\n${USAGE}`);
      platform = value as Platform;
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(USAGE);
    } else {
      throw new UsageError(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  return platform ? { platform } : {};
}

async function main(): Promise<void> {
  let options: { platform?: Platform };
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`check-reply: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  let lineNo = 0;
  for await (const rawLine of lines) {
    lineNo += 1;
    const text = rawLine.replace(/\r$/, '');
    if (text.length > MAX_CHECK_LENGTH) {
      // Flush what was answered so far, so the output still lines up with the input.
      process.stdout.write(buffer);
      process.stderr.write(`check-reply: line ${lineNo}: reply is ${text.length} characters long; at most ${MAX_CHECK_LENGTH} are checked\n`);
      process.exitCode = 2;
      return;
    }
    const { verdict, rules } = checkReply(text, options);
    buffer += JSON.stringify({ text, verdict, rules }) + '\n';
    if (buffer.length > 64 * 1024) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  if (buffer) process.stdout.write(buffer);
}

main().catch((error: unknown) => {
  process.stderr.write(`check-reply: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
