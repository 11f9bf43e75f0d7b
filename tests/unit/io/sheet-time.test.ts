import { describe, expect, it } from 'vitest';
import { sheetDateTimeFormatter } from '../../../lib/io/sheet-time';

const intl = new Map<string, Intl.DateTimeFormat>();
function byIntl(ms: number, timeZone: string): string {
  if (!intl.has(timeZone)) {
    intl.set(timeZone, new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }));
  }
  const parts = Object.fromEntries(
    intl
      .get(timeZone)!
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe('sheet date-times', () => {
  it('writes YYYY-MM-DD HH:mm:ss in the shop time zone', () => {
    expect(sheetDateTimeFormatter('Asia/Shanghai')(Date.parse('2026-11-03T15:30:05Z'))).toBe('2026-11-03 23:30:05');
  });

  it('agrees with Intl around clock changes and in zones off the whole hour', () => {
    // Every five minutes of the days the clocks change in New York and London, and random moments
    // over two years in Kathmandu (+05:45), Adelaide (+09:30/+10:30) and Shanghai.
    const moments: number[] = [];
    for (const day of ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25']) {
      const start = Date.parse(`${day}T00:00:00Z`) - 12 * 3_600_000;
      for (let m = 0; m < 48 * 60; m += 5) moments.push(start + m * 60_000 + 7_000);
    }
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 1000; i += 1) moments.push(Date.parse('2025-01-01T00:00:00Z') + Math.floor(random() * 2 * 365 * 86_400_000));
    for (const zone of ['America/New_York', 'Europe/London', 'Asia/Kathmandu', 'Australia/Adelaide', 'Asia/Shanghai']) {
      const format = sheetDateTimeFormatter(zone);
      const wrong = moments.filter((ms) => format(ms) !== byIntl(ms, zone));
      expect(wrong.map((ms) => [zone, new Date(ms).toISOString(), format(ms), byIntl(ms, zone)])).toEqual([]);
    }
  }, 20_000);
});
