import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SITUATION_IDS } from '../../../lib/situations';

describe('classify CLI', () => {
  it('writes one JSON line per input line, in order, with valid ids only', () => {
    const input = ['包邮吗', '', '收到杯子碎了\r', 'where is my parcel?', '好吧'].join('\n') + '\n';
    const result = spawnSync('npx', ['tsx', 'lib/situations/classify-cli.ts'], {
      input,
      encoding: 'utf8',
      cwd: process.cwd(),
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(5);
    const rows = lines.map((l) => JSON.parse(l) as { text: string; situations: { id: string; score: number }[] });
    expect(rows.map((r) => r.text)).toEqual(['包邮吗', '', '收到杯子碎了', 'where is my parcel?', '好吧']);
    expect(rows.map((r) => r.situations[0]?.id)).toEqual(['free_shipping', 'other', 'damaged', 'logistics', 'other']);
    for (const row of rows) {
      expect(row.situations.length).toBeGreaterThan(0);
      for (const s of row.situations) {
        expect(SITUATION_IDS).toContain(s.id);
        expect(Object.keys(s).sort()).toEqual(['id', 'score']);
      }
    }
  }, 30_000);

  it('reads a line beginning with { as a request with history and feedback, and learns the feedback for later lines', () => {
    const request = (o: object) => JSON.stringify(o);
    const odd = '水族箱的氧气泵一直嗡嗡响吵得睡不着';
    const input =
      [
        request({ text: '那怎么弄', history: [{ from: 'buyer', text: '收到的杯子碎了两个' }, { from: 'seller', text: '亲 麻烦拍个照片' }] }),
        odd,
        request({ text: odd, feedback: 'return_request' }),
        '水族箱氧气泵一直嗡嗡响 吵得睡不着',
        '{not json at all',
        request({ text: 5 }),
        request({ text: '包邮吗', feedback: 'no_such_id' }),
      ].join('\n') + '\n';
    const result = spawnSync('npx', ['tsx', 'lib/situations/classify-cli.ts'], { input, encoding: 'utf8', cwd: process.cwd() });
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { text: string; situations: { id: string; score: number }[] });
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['situations', 'text']);
    // The follow-up inherits the open situation.
    expect(rows[0]!.text).toBe('那怎么弄');
    expect(rows[0]!.situations[0]!.id).toBe('damaged');
    // Answered before it is learned: the feedback line gets the same answer as the plain line before it...
    expect(rows[2]!.situations[0]!.id).toBe(rows[1]!.situations[0]!.id);
    expect(rows[1]!.situations[0]!.id).not.toBe('return_request');
    // ...and a similar message after it gets the shop's label.
    expect(rows[3]!.situations[0]!.id).toBe('return_request');
    // Lines that begin with { but are not requests are plain text, as before, with a note naming the line.
    expect(rows[4]!.text).toBe('{not json at all');
    expect(rows[5]!.text).toBe('{"text":5}');
    expect(result.stderr).toMatch(/line 5: begins with "\{" but is not valid JSON; classified as plain text/);
    expect(result.stderr).toMatch(/line 6: .*not a request object.*text/);
    expect(result.stderr).toMatch(/line 7: unknown feedback situation id "no_such_id"; not learned/);
    expect(rows[6]!.situations[0]!.id).toBe('free_shipping');
  }, 30_000);
});
