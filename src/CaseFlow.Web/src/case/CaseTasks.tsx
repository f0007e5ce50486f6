import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { TaskDto } from '../inbox/inboxModel';

/** The case's steps so far: who did what, when, with which outcome. */
export default function CaseTasks({ tasks }: { tasks: TaskDto[] }) {
  const { t } = useTranslation();
  return (
    <Table<TaskDto> size="small" rowKey={(r) => String(r.id)} dataSource={tasks} pagination={false} data-testid="case-tasks"
      columns={[
        { title: t('inbox.col.step'), dataIndex: 'title' },
        { title: t('inbox.taskStatus'), dataIndex: 'status', render: (v: TaskDto['status']) => t(`inbox.taskState.${v}`) },
        { title: t('inbox.col.outcome'), dataIndex: 'outcome', render: (v: string | null) => (v ? t(`casePage.outcome.${v}`, { defaultValue: v }) : '') },
        { title: t('casePage.completedBy'), dataIndex: 'completedBy' },
        { title: t('inbox.created'), dataIndex: 'createdAtUtc', render: (v: string) => formatDateTime(v) },
        { title: t('casePage.closed'), dataIndex: 'closedAtUtc', render: (v: string | null) => formatDateTime(v) },
      ]} />
  );
}
