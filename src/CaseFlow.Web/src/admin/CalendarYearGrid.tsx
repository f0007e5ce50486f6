import type { CalendarYearJson } from './calendarModel';
import CalendarLegend from './CalendarLegend';
import MonthBlock from './MonthBlock';

/** The year as 12 month blocks: days off (休) and make-up workdays (班, 调休上班) marked; weekends only when the year is not loaded. */
export default function CalendarYearGrid({ year, data }: { year: number; data: CalendarYearJson | null }) {
  return (
    <div data-testid="calendar-grid">
      <CalendarLegend />
      <div className="calendar-months" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 10 }}>
        {Array.from({ length: 12 }, (_, i) => <MonthBlock key={i} year={year} month={i + 1} data={data} />)}
      </div>
    </div>
  );
}
