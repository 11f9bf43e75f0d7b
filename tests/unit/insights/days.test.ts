import { describe, expect, it } from 'vitest';
import { addDays, dayInZone, daysBetween, daysOfWeekInRange, weeksIn, weekStart } from '../../../lib/insights/days';

describe('insight days', () => {
  it('finds the Monday of a week, across a month and a year end', () => {
    expect(weekStart('2026-12-04')).toBe('2026-11-30'); // a Friday
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
  it('lists every week of a range, empty ones included', () => {
    expect(weeksIn('2026-11-04', '2026-11-30')).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(weeksIn('2026-12-02', '2026-12-01')).toEqual([]);
  });
  it('counts the days of the first and last weeks that fall inside a range', () => {
    // 2026-11-04 is a Wednesday, 2026-12-04 a Friday.
    expect(daysOfWeekInRange('2026-11-02', '2026-11-04', '2026-12-04')).toBe(5);
    expect(daysOfWeekInRange('2026-11-09', '2026-11-04', '2026-12-04')).toBe(7);
    expect(daysOfWeekInRange('2026-11-30', '2026-11-04', '2026-12-04')).toBe(5);
    expect(daysOfWeekInRange('2026-11-30', '2026-12-01', '2026-12-01')).toBe(1);
    expect(daysOfWeekInRange('2026-12-07', '2026-11-04', '2026-12-04')).toBe(0);
  });
  it('adds and counts days through a leap February', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -90)).toBe('2025-12-01');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });
  it('takes today in the shop time zone', () => {
    const ms = Date.UTC(2026, 11, 4, 17, 0); // 01:00 on the 5th in Shanghai
    expect(dayInZone(ms, 'Asia/Shanghai')).toBe('2026-12-05');
    expect(dayInZone(ms, 'UTC')).toBe('2026-12-04');
  });
});
