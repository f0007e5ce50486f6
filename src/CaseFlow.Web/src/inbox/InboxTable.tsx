import { Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
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
  onTransfer: (task: TaskDto) => void;
}

/** Tabs whose rows may be ticked: the queues for a bulk claim, my tasks for a bulk transfer. */
export const selectableTabs: InboxTab[] = ['queues', 'mine'];

export default function InboxTable({ tab, rows, loading, activeId, selected, onSelect, onActivate, onOpen, onClaim, onRelease, onTransfer }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<TaskDto> = [
    {
      title: t('inbox.col.caseNo'), dataIndex: 'caseNo', width: 230,
      render: (v: string, task) => <a onClick={(e) => { e.preventDefault(); onOpen(task); }} href={`/cases/${task.caseId}?task=${task.id}`}>{v}</a>,
    },
    { title: t('inbox.col.item'), dataIndex: 'itemName', width: 140, ellipsis: true },
    { title: t('inbox.col.applicant'), dataIndex: 'applicantName', width: 64 },
    { title: t('inbox.col.step'), dataIndex: 'title', width: 96 },
    { title: t('inbox.col.window'), dataIndex: 'intakeWindowName', width: 120, ellipsis: true },
    { title: t('inbox.col.department'), dataIndex: 'homeDepartmentName', width: 110, ellipsis: true, render: (v: string | null) => v ?? '—' },
    tab === 'done'
      ? { title: t('inbox.col.outcome'), dataIndex: 'outcome', width: 230, render: (v: string | null) => (v ? t(`casePage.outcome.${v}`, { defaultValue: v }) : '') }
      : { title: t('inbox.col.deadline'), key: 'deadline', width: 230, render: (_, task) => <DeadlineTag task={task} /> },
    {
      title: t('inbox.col.actions'), key: 'actions', width: 130, render: (_, task) => (
        <Space size={4}>
          {task.status === 'Open' && <Button size="small" type="primary" onClick={() => onClaim(task)}>{t('inbox.claim')}</Button>}
          {task.status === 'Claimed' && tab !== 'queues' && <Button size="small" onClick={() => onRelease(task)}>{t('inbox.release')}</Button>}
          {(task.status === 'Claimed' || task.status === 'Open') && tab !== 'queues' && <Button size="small" onClick={() => onTransfer(task)}>{t('inbox.transfer.one')}</Button>}
        </Space>
      ),
    },
  ];
  return (
    <Table<TaskDto> size="small" rowKey={(r) => String(r.id)} dataSource={rows} columns={columns} loading={loading} pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="inbox-table" locale={{ emptyText: t('inbox.empty') }} scroll={{ x: 1150 }}
      rowSelection={selectableTabs.includes(tab) ? { selectedRowKeys: selected, onChange: (keys) => onSelect(keys.map(String)) } : undefined}
      onRow={(task) => {
        const active = String(task.id) === activeId;
        return {
          'data-task-id': String(task.id), 'aria-selected': active, onClick: () => onActivate(String(task.id)), onDoubleClick: () => onOpen(task),
          style: active ? { outline: '2px solid #1677ff', outlineOffset: -2, background: '#e6f4ff' } : undefined,
        } as React.HTMLAttributes<HTMLElement>;
      }} />
  );
}
