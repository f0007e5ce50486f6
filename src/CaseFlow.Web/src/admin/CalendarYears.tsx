import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { CalendarStatusDto } from './adminModel';

type Year = CalendarStatusDto['years'][number];

/** The years on record: region (national when empty), how many days off and make-up workdays, who loaded them when. */
export default function CalendarYears({ years }: { years: Year[] }) {
  const { t } = useTranslation();
  return (
    <Table<Year> size="small" pagination={false} rowKey={(y) => `${y.year}-${y.region}`} dataSource={years} data-testid="calendar-years"
      columns={[
        { title: t('admin.calendar.year'), dataIndex: 'year' },
        { title: t('admin.calendar.region'), dataIndex: 'region', render: (r: string) => r || t('admin.calendar.national') },
        { title: t('admin.calendar.daysOff'), dataIndex: 'daysOff' },
        { title: t('admin.calendar.extraWorkdays'), dataIndex: 'extraWorkdays' },
        { title: t('admin.calendar.loadedAt'), key: 'loaded', className: 'care-secondary', render: (_, y) => `${formatDateTime(y.loadedAtUtc)} ${y.loadedBy}` },
      ]} />
  );
}
