import { useEffect, useState } from 'react';
import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { CaseStatus, InboxFilters } from './inboxModel';

const statuses: CaseStatus[] = ['Received', 'InReview', 'AwaitingSupplement', 'Accepted', 'Pushed', 'InApproval', 'Decided', 'Delivering'];

/** The filters the task API offers; the text box applies on Enter, the lists at once. */
export default function InboxFilterBar({ filters, onChange }: { filters: InboxFilters; onChange: (f: InboxFilters) => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<{ value: string; label: string }[]>([]);
  const [q, setQ] = useState(filters.q ?? '');
  const [region, setRegion] = useState(filters.region ?? '');
  useEffect(() => {
    void api.get('/api/catalog/items').then((list) => setItems(list.map((i) => ({ value: i.implementationCode, label: i.name }))), () => setItems([]));
  }, []);
  useEffect(() => {
    setQ(filters.q ?? '');
    setRegion(filters.region ?? '');
  }, [filters.q, filters.region]);
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch });
  return (
    <Space wrap size={8} data-testid="inbox-filters">
      <Input.Search allowClear style={{ width: 200 }} placeholder={t('inbox.filter.q')} aria-label={t('inbox.filter.q')} data-testid="inbox-search"
        value={q} onChange={(e) => setQ(e.target.value)} onSearch={(value) => set({ q: value || undefined })}
        onKeyDown={(e) => e.key === 'Escape' && (e.target as HTMLInputElement).blur()} />
      <Select allowClear style={{ width: 180 }} placeholder={t('inbox.filter.item')} aria-label={t('inbox.filter.item')} options={items}
        value={filters.itemCode} onChange={(v?: string) => set({ itemCode: v })} showSearch={{ optionFilterProp: 'label' }} />
      <Select allowClear style={{ width: 130 }} placeholder={t('inbox.filter.status')} aria-label={t('inbox.filter.status')}
        options={statuses.map((s) => ({ value: s, label: t(`inbox.status.${s}`) }))} value={filters.status} onChange={(v?: CaseStatus) => set({ status: v })} />
      <Select allowClear style={{ width: 110 }} placeholder={t('inbox.filter.level')} aria-label={t('inbox.filter.level')} data-testid="inbox-level"
        options={(['Green', 'Yellow', 'Red'] as const).map((l) => ({ value: l, label: t(`inbox.level.${l}`) }))} value={filters.level}
        onChange={(v?: InboxFilters['level']) => set({ level: v })} />
      <Input style={{ width: 110 }} placeholder={t('inbox.filter.region')} aria-label={t('inbox.filter.region')} value={region}
        onChange={(e) => setRegion(e.target.value)} onPressEnter={() => set({ region: region || undefined })} onBlur={() => set({ region: region || undefined })} />
      <DatePicker.RangePicker style={{ width: 230 }} aria-label={t('inbox.filter.dates')} placeholder={[t('inbox.filter.from'), t('inbox.filter.to')]}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })} />
      <Select style={{ width: 130 }} aria-label={t('inbox.filter.sort')} value={filters.sort ?? 'deadline'}
        options={[{ value: 'deadline', label: t('inbox.sort.deadline') }, { value: 'created', label: t('inbox.sort.created') }]}
        onChange={(v: 'deadline' | 'created') => set({ sort: v })} />
    </Space>
  );
}
