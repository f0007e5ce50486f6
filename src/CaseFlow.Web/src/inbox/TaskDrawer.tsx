import { Descriptions, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import DeadlineTag from './DeadlineTag';
import type { TaskDto } from './inboxModel';

/** The task opened with Enter: its case and step at a glance (the full case page is issue 12 point 2). */
export default function TaskDrawer({ task, onClose }: { task: TaskDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={!!task} onClose={onClose} title={task?.caseNo} size="large" data-testid="task-drawer" destroyOnHidden>
      {task && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('inbox.col.item')}>{task.itemName}</Descriptions.Item>
          <Descriptions.Item label={t('inbox.col.applicant')}>{task.applicantName}</Descriptions.Item>
          <Descriptions.Item label={t('inbox.col.step')}>{task.title}</Descriptions.Item>
          <Descriptions.Item label={t('inbox.taskStatus')}>{t(`inbox.taskState.${task.status}`)}</Descriptions.Item>
          <Descriptions.Item label={t('inbox.col.received')}>{formatDateTime(task.caseReceivedAtUtc)}</Descriptions.Item>
          <Descriptions.Item label={t('inbox.created')}>{formatDateTime(task.createdAtUtc)}</Descriptions.Item>
          <Descriptions.Item label={t('inbox.col.deadline')}><DeadlineTag task={task} now={new Date()} /></Descriptions.Item>
          <Descriptions.Item label={t('inbox.outcomes')}>{task.outcomes.join('、')}</Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
