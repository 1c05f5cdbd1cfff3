// Calendar arithmetic without the machine's time zone: real dates, days and months added.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isRealDate } from '../src/model/dates.js';

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
});
