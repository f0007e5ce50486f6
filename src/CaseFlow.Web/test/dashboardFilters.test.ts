import { describe, expect, it } from 'vitest';
import { dashboardUrl, exportUrl, formatFilters, parseFilters } from '../src/dashboard/filters';
import { formatFigure, formatShare, rectificationShares } from '../src/dashboard/kpi';

describe('dashboard filters in the URL', () => {
  it('parses the period and codes and drops unknown keys, blanks and malformed dates', () => {
    expect(parseFilters('?from=2026-03-01&to=2026-03-31&department=520102-RS&item=&foo=bar&region=%20500103%20'))
      .toEqual({ from: '2026-03-01', to: '2026-03-31', department: '520102-RS', region: '500103' });
    expect(parseFilters('from=03/01/2026&window=500103-W01')).toEqual({ window: '500103-W01' });
    expect(parseFilters('')).toEqual({});
  });

  it('formats in a fixed order whatever the insertion order, and round-trips', () => {
    const a = formatFilters({ region: '500103', from: '2026-03-01', item: '11500000MB1946083E000620006000' });
    const b = formatFilters({ item: '11500000MB1946083E000620006000', from: '2026-03-01', region: '500103' });
    expect(a).toBe(b);
    expect(a).toBe('from=2026-03-01&item=11500000MB1946083E000620006000&region=500103');
    expect(parseFilters(a)).toEqual({ from: '2026-03-01', item: '11500000MB1946083E000620006000', region: '500103' });
  });

  it('builds the page and export links with the filters', () => {
    expect(dashboardUrl({})).toBe('/supervision');
    expect(dashboardUrl({ department: '520102-RS', to: '' })).toBe('/supervision?department=520102-RS');
    expect(exportUrl('overdue', 'xlsx', { region: '500103' })).toBe('/api/reports/overdue/export?region=500103&format=xlsx');
  });
});

describe('KPI figures', () => {
  it('shows shares as percentages and a dash for none', () => {
    expect(formatShare(0.9)).toBe('90.0%');
    expect(formatShare('0.8125')).toBe('81.3%');
    expect(formatShare(null)).toBe('—');
    expect(formatFigure(1.256)).toBe('1.26');
    expect(formatFigure(undefined)).toBe('—');
  });

  it('finds rectification shares only when the ratings report has them', () => {
    expect(rectificationShares({ rated: 3, satisfactionShare: 0.5 })).toEqual([]);
    expect(rectificationShares({ rated: 3, rectifiedShare: 0.25, rectificationOnTimeShare: null, rectified: 1 }))
      .toEqual([['rectifiedShare', 0.25], ['rectificationOnTimeShare', null]]);
    expect(rectificationShares(null)).toEqual([]);
  });
});
