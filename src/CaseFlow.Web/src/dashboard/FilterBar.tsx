import { useEffect, useState } from 'react';
import { Button, DatePicker, Input, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from './filters';

const codes: (keyof DashboardFilters)[] = ['department', 'item', 'region', 'window'];

/** Period (Beijing dates) and the org filters as codes; applied on Enter or with the button. */
export default function FilterBar({ filters, onChange }: { filters: DashboardFilters; onChange: (f: DashboardFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const apply = () => onChange(draft);
  return (
    <Space wrap data-testid="dashboard-filters">
      <DatePicker.RangePicker aria-label={t('supervision.filter.period')}
        value={[draft.from ? dayjs(draft.from) : null, draft.to ? dayjs(draft.to) : null]}
        onChange={(range) => onChange({ ...draft, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })} />
      {codes.map((key) => (
        <Input key={key} allowClear style={{ width: 150 }} placeholder={t(`supervision.filter.${key}`)} aria-label={t(`supervision.filter.${key}`)}
          data-testid={`filter-${key}`} value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value || undefined })}
          onPressEnter={apply} />
      ))}
      <Button type="primary" onClick={apply}>{t('supervision.filter.apply')}</Button>
      <Button onClick={() => onChange({})}>{t('supervision.filter.reset')}</Button>
    </Space>
  );
}
