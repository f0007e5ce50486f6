/** One loaded year as GET /api/admin/calendars/{year} returns it (the JSON form PUT takes). */
export interface CalendarYearJson {
  year: number;
  region: string;
  source: string;
  daysOff: string[];
  extraWorkdays: string[];
}

/** 休 (a day off by the State Council's notice), 班 (调休上班: a weekend worked), a plain weekend or a workday. */
export type DayKind = 'dayOff' | 'extraWorkday' | 'weekend' | 'workday';

export interface DayCell {
  date: string;
  day: number;
  kind: DayKind;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The weeks of a month (Monday first) with null padding, each day classified by the loaded year (or only by weekday). */
export function monthWeeks(year: number, month: number, data: CalendarYearJson | null): (DayCell | null)[][] {
  const off = new Set(data?.daysOff ?? []);
  const extra = new Set(data?.extraWorkdays ?? []);
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (DayCell | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const weekday = (lead + day - 1) % 7;
    const kind: DayKind = off.has(date) ? 'dayOff' : extra.has(date) ? 'extraWorkday' : weekday >= 5 ? 'weekend' : 'workday';
    cells.push({ date, day, kind });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** The year a pasted or uploaded calendar is for, read leniently so that the server gets to name what is wrong. */
export function yearOf(text: string): number | null {
  try {
    const year = (JSON.parse(text) as { year?: unknown }).year;
    return typeof year === 'number' && Number.isInteger(year) ? year : null;
  } catch {
    return null;
  }
}
