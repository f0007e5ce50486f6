import type { components } from '../api/schema';

export type LiveRowDto = components['schemas']['LiveRowDto'];
export type LiveListDto = components['schemas']['LiveListDto'];
export type RateFiguresDto = components['schemas']['RateFiguresDto'];
export type RateReportDto = components['schemas']['RateReportDto'];
export type RateSeriesDto = components['schemas']['RateSeriesDto'];
export type RatingReportDto = components['schemas']['RatingReportDto'];
export type TimelinessDto = components['schemas']['TimelinessDto'];
export type SupervisionCard = components['schemas']['SupervisionCard'];

/** The live lists (README "Live lists"), each its own endpoint and export. */
export type LiveListKind = 'near-due' | 'overdue' | 'stalled' | 'supervision-orders';
export const liveListKinds: LiveListKind[] = ['overdue', 'near-due', 'stalled', 'supervision-orders'];

export type Dimension = 'department' | 'item' | 'region';
export const dimensions: Dimension[] = ['department', 'item', 'region'];

/** Every report the export endpoint knows (ReportTables.Names on the server). */
export const exportReports = ['overdue', 'near-due', 'stalled', 'supervision-orders', 'rates', 'daily', 'by-department', 'by-item', 'by-region',
  'timeliness-departments', 'timeliness-people', 'ratings'] as const;
