import { useCallback, useEffect, useState } from 'react';
import { Alert, Card, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { CalendarStatusDto } from './adminModel';
import CalendarLoadForm from './CalendarLoadForm';
import type { CalendarYearJson } from './calendarModel';
import CalendarYearGrid from './CalendarYearGrid';
import CalendarYears from './CalendarYears';
import ProblemAlert from './ProblemAlert';

/** 工作日历: the server's warnings (a year not loaded), the loaded years, one year as a grid, and loading a year's JSON. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [status, setStatus] = useState<CalendarStatusDto | null>(null);
  const [year, setYear] = useState(thisYear);
  const [data, setData] = useState<CalendarYearJson | null>(null);
  const [error, setError] = useState<unknown>(null);

  const loadStatus = useCallback(async () => {
    try {
      setStatus(await api.get('/api/admin/calendars'));
    } catch (e) {
      setError(e);
    }
  }, []);

  const loadYear = useCallback(async (y: number) => {
    try {
      setData((await api.get('/api/admin/calendars/{year}', { year: y })) as unknown as CalendarYearJson);
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 404) setData(null);
      else setError(e);
    }
  }, []);

  useEffect(() => void loadStatus(), [loadStatus]);
  useEffect(() => void loadYear(year), [loadYear, year]);

  const years = [...new Set([thisYear, thisYear + 1, ...(status?.years ?? []).map((y) => Number(y.year))])].sort();
  const loaded = data !== null && Number(data.year) === year;

  return (
    <div data-testid="admin-calendar">
      {status?.warnings.map((w) => <Alert key={w} type="warning" showIcon style={{ marginBottom: 8 }} title={w} data-testid="calendar-warning" />)}
      <ProblemAlert error={error} />
      <Space align="start" wrap style={{ width: '100%' }} styles={{ item: { minWidth: 0 } }}>
        <Card size="small" title={t('admin.calendar.loadedYears')} style={{ width: 560 }}>
          <CalendarYears years={status?.years ?? []} />
        </Card>
        <Card size="small" title={t('admin.calendar.load')} style={{ width: 480 }}>
          <CalendarLoadForm fallbackYear={year} onLoaded={(y) => {
            void loadStatus();
            if (y === year) void loadYear(y);
            else setYear(y);
          }} />
        </Card>
      </Space>
      <Card size="small" style={{ marginTop: 12 }} data-testid="calendar-grid-card"
        title={(
          <Space>
            <label htmlFor="calendar-year">{t('admin.calendar.year')}</label>
            <Select id="calendar-year" value={year} onChange={setYear} style={{ width: 110 }} data-testid="calendar-year"
              options={years.map((y) => ({ value: y, label: String(y) }))} />
            {loaded
              ? <Typography.Text type="secondary" className="care-secondary">{data.source}</Typography.Text>
              : <Typography.Text type="warning" data-testid="calendar-not-loaded">{t('admin.calendar.notLoaded', { year })}</Typography.Text>}
          </Space>
        )}>
        <CalendarYearGrid year={year} data={loaded ? data : null} />
      </Card>
    </div>
  );
}
