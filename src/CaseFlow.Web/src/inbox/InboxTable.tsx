import { Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import DeadlineTag from './DeadlineTag';
import type { InboxTab, TaskDto } from './inboxModel';

interface Props {
  tab: InboxTab;
  rows: TaskDto[];
  loading: boolean;
  activeId: string | null;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onActivate: (id: string) => void;
  onOpen: (task: TaskDto) => void;
  onClaim: (task: TaskDto) => void;
  onRelease: (task: TaskDto) => void;
}

export default function InboxTable({ tab, rows, loading, activeId, selected, onSelect, onActivate, onOpen, onClaim, onRelease }: Props) {
  const { t } = useTranslation();
  const now = new Date();
  const columns: ColumnsType<TaskDto> = [
    { title: t('inbox.col.caseNo'), dataIndex: 'caseNo', width: 330 },
    { title: t('inbox.col.item'), dataIndex: 'itemName', ellipsis: true },
    { title: t('inbox.col.applicant'), dataIndex: 'applicantName', width: 90 },
    { title: t('inbox.col.step'), dataIndex: 'title', width: 120 },
    { title: t('inbox.col.received'), dataIndex: 'caseReceivedAtUtc', width: 140, render: (v: string) => formatDateTime(v) },
    { title: t('inbox.col.deadline'), key: 'deadline', width: 300, render: (_, task) => <DeadlineTag task={task} now={now} /> },
    {
      title: t('inbox.col.actions'), key: 'actions', width: 110, render: (_, task) => (
        <Space size={4}>
          {task.status === 'Open' && <Button size="small" type="primary" onClick={() => onClaim(task)}>{t('inbox.claim')}</Button>}
          {task.status === 'Claimed' && tab !== 'queues' && <Button size="small" onClick={() => onRelease(task)}>{t('inbox.release')}</Button>}
        </Space>
      ),
    },
  ];
  return (
    <Table<TaskDto> size="small" rowKey={(r) => String(r.id)} dataSource={rows} columns={columns} loading={loading} pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="inbox-table" locale={{ emptyText: t('inbox.empty') }}
      rowSelection={tab === 'queues' ? { selectedRowKeys: selected, onChange: (keys) => onSelect(keys.map(String)) } : undefined}
      onRow={(task) => {
        const active = String(task.id) === activeId;
        return {
          'data-task-id': String(task.id), 'aria-selected': active, onClick: () => onActivate(String(task.id)), onDoubleClick: () => onOpen(task),
          style: active ? { outline: '2px solid #1677ff', outlineOffset: -2, background: '#e6f4ff' } : undefined,
        } as React.HTMLAttributes<HTMLElement>;
      }} />
  );
}
