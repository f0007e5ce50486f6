import { useState } from 'react';
import { Card, Segmented, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatFilters } from './filters';
import type { DashboardFilters } from './filters';
import { asNumber, formatShare } from './kpi';
import type { TimelinessDto } from './types';
import { useLoad } from './useLoad';

type Row = TimelinessDto['rows'][number] & { rank: number };

/** 时效考核 per department or per person, best score first. */
export default function TimelinessRanking({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<'departments' | 'people'>('departments');
  const query = formatFilters(filters);
  const report = useLoad(() => api.get('/api/reports/timeliness/{by}', { by }, query), `${by}?${query}`);
  const rows: Row[] = [...(report.data?.rows ?? [])]
    .sort((a, b) => (asNumber(b.score) ?? 0) - (asNumber(a.score) ?? 0))
    .map((r, i) => ({ ...r, rank: i + 1 }));
  return (
    <Card size="small" title={t('supervision.ranking.title')} data-testid="ranking"
      extra={<Segmented size="small" value={by} onChange={(v) => setBy(v as typeof by)}
        options={[{ value: 'departments', label: t('supervision.ranking.departments') }, { value: 'people', label: t('supervision.ranking.people') }]} />}>
      <Table<Row> size="small" rowKey="key" dataSource={rows} loading={report.loading} pagination={{ pageSize: 6, hideOnSinglePage: true }}
        locale={{ emptyText: t('supervision.empty') }}
        tableLayout="fixed"
        columns={[
          { key: 'rank', title: t('supervision.ranking.rank'), dataIndex: 'rank', width: 48 },
          { key: 'name', title: t('supervision.ranking.name'), dataIndex: 'name', ellipsis: { showTitle: true } },
          { key: 'done', title: t('supervision.ranking.done'), dataIndex: 'done', width: 52 },
          { key: 'onTime', title: t('supervision.ranking.onTime'), width: 72, render: (_, r) => formatShare(r.onTimeShare) },
          { key: 'orders', title: t('supervision.ranking.orders'), dataIndex: 'supervisionOrders', width: 52 },
          { key: 'score', title: t('supervision.ranking.score'), dataIndex: 'score', width: 56 },
        ]} />
    </Card>
  );
}
