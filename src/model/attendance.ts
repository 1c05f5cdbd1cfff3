// What a meeting's `attendance` and `guests` add up to: the organisations that came, their persons, the guests.
import type { Meeting } from './types.js';

export interface AttendanceFigures {
  organisations: number;
  persons: number;
  guests: number;
}

export function attendanceOf(m: Meeting): AttendanceFigures {
  return {
    organisations: new Set(m.attendance.map((a) => a.partner)).size,
    persons: m.attendance.reduce((sum, a) => sum + a.persons, 0),
    guests: m.guests,
  };
}
