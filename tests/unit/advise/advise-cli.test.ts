/**
 * `npm run --silent advise` as a process: the same view as the pure function for the same
 * lines, and a bad line refused as a whole with the line and field named.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/advise/advise';
import { adviseInputSchema, conversationFromInput } from '../../../lib/advise/advise-input';
import { offsetOf, printable } from '../../../lib/advise/advise-cli-format';
import { loadScenarios } from './scenarios';

const runCli = (input: string) =>
  spawnSync('npx', ['tsx', 'lib/advise/advise-cli.ts'], { input, encoding: 'utf8', cwd: process.cwd() });

describe('advise CLI', () => {
  it('writes one JSON line per conversation, in order, exactly what the pure function decides', () => {
    const picked = loadScenarios('money-scenarios.jsonl').filter((s) =>
      /fifth round|仅退款|two days past|rotten oranges with the photo|Shopee buyer/.test(s.name),
    );
    expect(picked).toHaveLength(5);
    const input = picked.map((s) => JSON.stringify(s.conversation)).join('\n') + '\n\n';
    const result = runCli(input);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(5);
    lines.forEach((line, i) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(row)).toEqual(['situations', 'replies', 'playbook', 'tasks']);
      const parsed = adviseInputSchema.parse(picked[i]!.conversation);
      expect(row).toEqual(JSON.parse(JSON.stringify(printable(advise(conversationFromInput(parsed)), offsetOf(parsed.now)))));
      expect((row.playbook as { decision: string }).decision).toBe(picked[i]!.expect.decision);
    });
    // Task times are written in the offset the input's "now" used.
    const withTasks = lines.map((l) => JSON.parse(l) as { tasks: { kind: string; dueAt: string }[] }).find((r) => r.tasks.length > 0)!;
    for (const t of withTasks.tasks) expect(t.dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  }, 60_000);

  it('refuses bad input with the line and field named, exit code 2 and nothing on stdout', () => {
    const good = JSON.stringify(loadScenarios('money-scenarios.jsonl')[0]!.conversation);
    const badField = JSON.stringify({ ...JSON.parse(good), shop: { returnWindowDays: 'seven' } });
    const unknownSetting = JSON.stringify({ ...JSON.parse(good), shop: { returnWindowDayz: 7 } });
    const result = runCli([good, badField, '{not json', unknownSetting, JSON.stringify({ ...JSON.parse(good), now: '2026-12-04 10:00' })].join('\n'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/line 2: shop\.returnWindowDays: .*number/);
    expect(result.stderr).toMatch(/line 3: not valid JSON/);
    expect(result.stderr).toMatch(/line 4: shop: .*returnWindowDayz/);
    expect(result.stderr).toMatch(/line 5: now: /);
    expect(result.stderr).not.toMatch(/line 1:/);
  }, 60_000);
});
