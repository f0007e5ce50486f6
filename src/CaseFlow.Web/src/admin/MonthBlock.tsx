import { useTranslation } from 'react-i18next';
import { monthWeeks, type CalendarYearJson } from './calendarModel';
import { dayStyles } from './dayStyles';

/** One month (Monday first); each day a cell with its kind as a data attribute and in its accessible name. */
export default function MonthBlock({ year, month, data }: { year: number; month: number; data: CalendarYearJson | null }) {
  const { t } = useTranslation();
  const weekdays = t('admin.calendar.weekdays').split(',');
  const title = t('admin.calendar.month', { month });
  return (
    <section aria-label={title} data-testid={`month-${month}`} style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 8, background: '#fff' }}>
      <h3 style={{ margin: '0 0 6px', fontSize: '1em', textAlign: 'center' }}>{title}</h3>
      <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 2, tableLayout: 'fixed' }}>
        <thead>
          <tr>{weekdays.map((w) => <th key={w} scope="col" style={{ fontWeight: 400, fontSize: '0.85em', color: '#434343' }}>{w}</th>)}</tr>
        </thead>
        <tbody>
          {monthWeeks(year, month, data).map((week, i) => (
            <tr key={i}>
              {week.map((cell, j) => (cell
                ? (
                  <td key={cell.date} data-date={cell.date} data-kind={cell.kind} title={`${cell.date} ${t(`admin.calendar.legend.${cell.kind}`)}`}
                    aria-label={`${cell.day} ${t(`admin.calendar.legend.${cell.kind}`)}`}
                    style={{ ...dayStyles[cell.kind], textAlign: 'center', borderRadius: 3, fontSize: '0.85em', padding: '1px 0', position: 'relative' }}>
                    {cell.day}
                    {(cell.kind === 'dayOff' || cell.kind === 'extraWorkday') && <sup aria-hidden style={{ fontSize: '0.7em', marginInlineStart: 1 }}>{t(`admin.calendar.mark.${cell.kind}`)}</sup>}
                  </td>
                )
                : <td key={`e${j}`} />))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
