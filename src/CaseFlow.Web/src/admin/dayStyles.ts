import type { CSSProperties } from 'react';
import type { DayKind } from './calendarModel';

/** Day colours with dark text on light fills (at least 4.5:1, checked by the axe tests). */
export const dayStyles: Record<DayKind, CSSProperties> = {
  workday: { background: '#ffffff', color: '#1f1f1f', border: '1px solid #d9d9d9' },
  weekend: { background: '#f0f0f0', color: '#434343', border: '1px solid #d9d9d9' },
  dayOff: { background: '#ffccc7', color: '#820014', border: '1px solid #ff7875', fontWeight: 600 },
  extraWorkday: { background: '#d6e4ff', color: '#061178', border: '1px solid #597ef7', fontWeight: 600 },
};
