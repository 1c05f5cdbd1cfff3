// Calendar arithmetic without the machine's time zone: real dates, days and months added.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isRealDate, ruleOffsetMs, todayIn } from '../../src/model/dates.js';

describe('dates', () => {
  it('knows the real days of the calendar, leap years included', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-02-30')).toBe(false);
    expect(isRealDate('1900-02-29')).toBe(false); // not a leap year
    expect(isRealDate('0000-02-29')).toBe(true); // years below 100 are not taken for 1900-1999
  });

  it('adds days across months and years, also in early years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('0026-05-05', 1)).toBe('0026-05-06');
  });

  it('adds months and keeps to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 24)).toBe('2027-11-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  // todayIn() works Berlin's date out without ICU; ICU's time-zone data is the reference.
  const icuDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  const icuHour = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hour: 'numeric', hourCycle: 'h23' });

  it("gives Berlin's date as ICU does on both sides of every midnight, 1996-2099", () => {
    const wrong: string[] = [];
    for (let day = Date.UTC(1996, 0, 1); day < Date.UTC(2100, 0, 1); day += 86_400_000) {
      const month = new Date(day).getUTCMonth();
      if (month !== 2 && month !== 9 && new Date(day).getUTCDate() % 5 !== 0) continue; // every day of March and October, else a sample
      for (const instant of [day - 7_200_001, day - 7_200_000, day - 3_600_001, day - 3_600_000]) {
        const now = new Date(instant);
        if (todayIn('Europe/Berlin', now) !== icuDay.format(now)) wrong.push(now.toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it("switches Berlin's offset at the very millisecond ICU does", () => {
    const wrong: string[] = [];
    for (let year = 1996; year <= 2099; year++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = last.getTime() - last.getUTCDay() * 86_400_000 + 3_600_000;
        for (const instant of [change - 1, change, change + 3_600_000]) {
          const hour = (new Date(instant).getUTCHours() + ruleOffsetMs('Europe/Berlin', instant)! / 3_600_000) % 24;
          if (hour !== Number(icuHour.format(new Date(instant)))) wrong.push(new Date(instant).toISOString());
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(ruleOffsetMs('Europe/Berlin', Date.UTC(1995, 5, 1))).toBeUndefined(); // before 1996 ICU answers
    expect(ruleOffsetMs('Europe/Vienna', Date.UTC(2026, 5, 1))).toBeUndefined(); // another zone: ICU
    expect(todayIn('Europe/Berlin', new Date(Date.UTC(1990, 5, 30, 22, 30)))).toBe('1990-07-01');
    expect(todayIn('America/New_York', new Date(Date.UTC(2026, 0, 1, 3)))).toBe('2025-12-31');
  });
});
