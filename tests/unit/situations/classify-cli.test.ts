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
});
