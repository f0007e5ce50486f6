/** Pure helpers for the KPI cards: the API sends shares as fractions (or null when nothing is in the denominator). */
export function asNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A share as a percentage with one decimal ("90.5%"), or "—" when there is none. */
export function formatShare(value: number | string | null | undefined): string {
  const n = asNumber(value);
  return n === null ? '—' : `${(Math.round(n * 1000) / 10).toFixed(1)}%`;
}

/** A plain figure with up to two decimals, or "—". */
export function formatFigure(value: number | string | null | undefined): string {
  const n = asNumber(value);
  return n === null ? '—' : String(Math.round(n * 100) / 100);
}

/**
 * The rectification shares of the ratings report, when it has them (fields named rectification…Share or rectified…Share;
 * another part of the product adds them): shown only when present.
 */
export function rectificationShares(figures: object | null | undefined): [string, number | null][] {
  if (!figures) return [];
  return Object.entries(figures as Record<string, unknown>)
    .filter(([key, value]) => /^rectifi\w*share$/i.test(key) && (value === null || typeof value === 'number' || typeof value === 'string'))
    .map(([key, value]) => [key, asNumber(value as number | string | null)]);
}
