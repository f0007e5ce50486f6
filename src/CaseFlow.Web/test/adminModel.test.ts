import { describe, expect, it } from 'vitest';
import { adminTabOf, orgTree, type OrgUnitDto } from '../src/admin/adminModel';
import { monthWeeks, yearOf } from '../src/admin/calendarModel';

const data = { year: 2026, region: '', source: 'test', daysOff: ['2026-10-01', '2026-10-02'], extraWorkdays: ['2026-10-10'] };

describe('calendar month grid', () => {
  it('starts weeks on Monday and pads the first and last week', () => {
    const weeks = monthWeeks(2026, 10, data); // 2026-10-01 is a Thursday
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]?.date).toBe('2026-10-01');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('marks days off and make-up workdays from the loaded year, other weekends as weekends', () => {
    const days = new Map(monthWeeks(2026, 10, data).flat().filter((c) => c !== null).map((c) => [c.date, c.kind]));
    expect(days.get('2026-10-01')).toBe('dayOff');
    expect(days.get('2026-10-10')).toBe('extraWorkday'); // a Saturday worked (调休上班)
    expect(days.get('2026-10-11')).toBe('weekend');
    expect(days.get('2026-10-12')).toBe('workday');
  });

  it('shows only weekends when the year is not loaded', () => {
    const kinds = new Set(monthWeeks(2027, 1, null).flat().filter((c) => c !== null).map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['weekend', 'workday']);
  });

  it('reads the year of a pasted calendar, or nothing when the text is not one', () => {
    expect(yearOf('{"year": 2027}')).toBe(2027);
    expect(yearOf('{"year": "2027"}')).toBeNull();
    expect(yearOf('not json')).toBeNull();
  });
});

describe('admin tabs and org tree', () => {
  it('maps /admin paths to their tab, /admin itself to users', () => {
    expect(adminTabOf('/admin')).toBe('users');
    expect(adminTabOf('/admin/calendar')).toBe('calendar');
    expect(adminTabOf('/admin/nope')).toBe('users');
  });

  it('nests units under their parents in list order', () => {
    const unit = (code: string, parentCode: string | null): OrgUnitDto => ({ code, name: code, kind: 'City', parentCode, category: null, depth: 0 });
    const tree = orgTree([unit('500000', null), unit('500100', '500000'), unit('500103', '500100'), unit('520000', null)]);
    expect(tree.map((n) => n.key)).toEqual(['500000', '520000']);
    expect(tree[0].children[0].children[0].key).toBe('500103');
  });
});
