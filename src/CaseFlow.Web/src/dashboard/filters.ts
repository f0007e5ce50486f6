/** The period and filters every report takes (README "Reports (效能监管)"), kept in the page's URL query. */
export interface DashboardFilters {
  from?: string;
  to?: string;
  department?: string;
  item?: string;
  region?: string;
  window?: string;
}

export const filterKeys: (keyof DashboardFilters)[] = ['from', 'to', 'department', 'item', 'region', 'window'];

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in a query string (with or without the leading ?): unknown keys and malformed dates are dropped. */
export function parseFilters(search: string): DashboardFilters {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const filters: DashboardFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !datePattern.test(value)) continue;
    filters[key] = value;
  }
  return filters;
}

/** The query string of the filters (no ?): empty values left out, keys in a fixed order, so equal filters give equal strings. */
export function formatFilters(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** The page's URL for the filters. */
export function dashboardUrl(filters: DashboardFilters): string {
  const query = formatFilters(filters);
  return query ? `/supervision?${query}` : '/supervision';
}

/** A report's export link (README "Exports"): the same filters, the format asked for. */
export function exportUrl(report: string, format: 'csv' | 'xlsx', filters: DashboardFilters): string {
  return `/api/reports/${encodeURIComponent(report)}/export?${formatFilters(filters, { format })}`;
}
