import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shell/router';
import CardTag from './CardTag';
import { asNumber } from './kpi';
import type { LiveListKind, LiveRowDto } from './types';

/** One live list: card, case (drills down to /cases/{id}), step, who holds it, deadline and working days left or over, 催办. */
export default function LiveListTable({ kind, rows, loading, onUrge }: { kind: LiveListKind; rows: LiveRowDto[]; loading: boolean; onUrge: (row: LiveRowDto) => void }) {
  const { t } = useTranslation();
  const columns: ColumnsType<LiveRowDto> = [
    { key: 'card', title: t('supervision.col.card'), width: 64, render: (_, r) => <CardTag card={r.card} /> },
    { key: 'caseNo', title: t('supervision.col.caseNo'), width: 170, ellipsis: true, render: (_, r) => (
      <Typography.Link data-testid="drill" title={r.caseNo} onClick={() => navigate(`/cases/${r.caseId}`)}>{r.caseNo}</Typography.Link>) },
    { key: 'days', title: t('supervision.col.days'), width: 122, render: (_, r) => {
      const over = asNumber(r.workingDaysOver) ?? 0;
      return over > 0
        ? <span style={{ color: '#cf1322' }}>{t('supervision.daysOver', { count: over })}</span>
        : t('supervision.daysLeft', { count: asNumber(r.workingDaysLeft) ?? 0 });
    } },
    { key: 'deadline', title: t('supervision.col.deadline'), width: 96, render: (_, r) => r.deadlineDate ?? '' },
    { key: 'step', title: t('supervision.col.step'), dataIndex: 'step', width: 96, ellipsis: true },
    { key: 'assignee', title: t('supervision.col.assignee'), dataIndex: 'assignee', width: 80, ellipsis: true },
    { key: 'item', title: t('supervision.col.item'), dataIndex: 'itemName', width: 120, ellipsis: true },
    { key: 'department', title: t('supervision.col.department'), dataIndex: 'department', width: 120, ellipsis: true },
    { key: 'phone', title: t('supervision.col.phone'), dataIndex: 'applicantPhone', width: 108 },
    { key: 'actions', title: t('supervision.col.actions'), width: 72, fixed: 'right', render: (_, r) => (
      <Button size="small" danger data-testid="urge" onClick={() => onUrge(r)}>{t('supervision.urge.button')}</Button>) },
  ];
  return (
    <Table<LiveRowDto> size="small" rowKey={(r) => `${kind}-${r.caseId}-${r.step ?? ''}`} columns={columns} dataSource={rows} loading={loading}
      tableLayout="fixed"
      pagination={{ pageSize: 6, hideOnSinglePage: true }} locale={{ emptyText: t('supervision.empty') }}
      onRow={(r) => ({ 'data-case-no': r.caseNo, 'data-list': kind } as React.HTMLAttributes<HTMLElement>)} />
  );
}
