/**
 * Date-times for sheet cells, `YYYY-MM-DD HH:mm:ss` in the shop's time zone. An export of the
 * insights log formats up to a million of them, and Intl's formatToParts costs several
 * microseconds a call; so the zone's offset from UTC is asked of Intl once per quarter hour of
 * UTC time (offsets only ever change on a quarter hour: every zone's offset is a whole number
 * of quarter hours, and so are the moments its clocks change) and the digits are written from
 * plain UTC arithmetic.
 */

const QUARTER_HOUR = 15 * 60_000;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export type DateTimeFormatter = (ms: number) => string;

export function sheetDateTimeFormatter(timeZone: string): DateTimeFormatter {
  const intl = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const offsets = new Map<number, number>();

  const offsetAt = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * QUARTER_HOUR;
      const parts: Record<string, number> = {};
      for (const p of intl.formatToParts(start)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - start;
      // A year of events touches ~35,000 quarter hours; the map stays small.
      offsets.set(bucket, offset);
    }
    return offset;
  };

  return (ms) => {
    const local = new Date(ms + offsetAt(ms));
    return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  };
}
