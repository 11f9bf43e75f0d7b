import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/compliance';

const run = (input: string, args: string[] = []) =>
  spawnSync('npx', ['tsx', 'lib/compliance/check-reply-cli.ts', ...args], { input, encoding: 'utf8', cwd: process.cwd() });

interface Row {
  text: string;
  verdict: string;
  rules: string[];
}
const rowsOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Row);

describe('check-reply CLI', () => {
  it('writes one JSON line per input line, in order, empty lines included', () => {
    const input = ['给个五星截图发我，返3元', '', '面料加微弹，穿着不紧绷\r', '销量第一，放心买', 'Add me on WhatsApp and I will send photos'].join('\n') + '\n';
    const result = run(input);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const rows = rowsOf(result.stdout);
    expect(rows.map((r) => r.text)).toEqual(['给个五星截图发我，返3元', '', '面料加微弹，穿着不紧绷', '销量第一，放心买', 'Add me on WhatsApp and I will send photos']);
    expect(rows.map((r) => r.verdict)).toEqual(['block', 'ok', 'ok', 'warn', 'block']);
    expect(rows.map((r) => r.rules)).toEqual([['review-incentive'], [], [], ['absolute-terms'], ['off-platform']]);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['rules', 'text', 'verdict']);
      for (const rule of row.rules) expect(RULE_IDS).toContain(rule);
    }
  }, 60_000);

  it('applies platform-only rules with --platform', () => {
    const input = 'Please leave us a 5-star review!\n我们京东也有店，您可以去那边下单\n';
    // Default rules: no Amazon rules; "京东也有店" sends the buyer elsewhere whatever the platform.
    const plain = rowsOf(run(input).stdout);
    expect(plain.map((r) => r.verdict)).toEqual(['ok', 'warn']);
    const amazon = run(input, ['--platform', 'amazon']);
    expect(amazon.status, amazon.stderr).toBe(0);
    expect(rowsOf(amazon.stdout).map((r) => [r.verdict, r.rules])).toEqual([
      ['block', ['amazon-positive-review-request']],
      ['warn', ['other-platform']],
    ]);
    // The current platform's own name is not "another platform".
    expect(rowsOf(run(input, ['--platform=jd']).stdout)[1]).toMatchObject({ verdict: 'ok', rules: [] });
  }, 60_000);

  it('rejects an unknown platform or argument with a message and exit code 2, writing nothing', () => {
    for (const args of [['--platform', 'tiktok'], ['--platform'], ['--verbose']]) {
      const result = run('加微信\n', args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^check-reply: (unknown platform "tiktok"|--platform needs a platform id|unknown argument "--verbose")\nusage: check-reply/);
    }
  }, 60_000);

  it('stops at a reply too long to check, naming its line, after answering the lines before it', () => {
    const result = run(`加微信\n${'好'.repeat(20_001)}\n面料加微弹\n`);
    expect(result.status).toBe(2);
    expect(rowsOf(result.stdout).map((r) => r.text)).toEqual(['加微信']);
    expect(result.stderr).toBe('check-reply: line 2: reply is 20001 characters long; at most 20000 are checked\n');
  }, 60_000);
});
