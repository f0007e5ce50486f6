import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { TaskDto } from './inboxModel';
import { effectiveDeadline, levelColor } from './inboxModel';

/** The deadline with its green/yellow/red tag and the working days left as the server counts them on the work calendar (negative: overdue). */
export default function DeadlineTag({ task }: { task: TaskDto }) {
  const { t } = useTranslation();
  const { dueAtUtc, level } = effectiveDeadline(task);
  if (!dueAtUtc) return <span data-testid="deadline">{t('inbox.noDeadline')}</span>;
  const left = task.workingDaysLeft == null ? null : Number(task.workingDaysLeft);
  return (
    <span data-testid="deadline">
      <Tag color={levelColor(level)}>{t(`inbox.level.${level}`)}</Tag>
      {formatDateTime(dueAtUtc)}{' '}
      {left != null && (
        <span style={{ color: left < 0 ? '#cf1322' : undefined }}>
          {left < 0 ? t('inbox.overdueDays', { count: -left }) : t('inbox.daysLeft', { count: left })}
        </span>
      )}
    </span>
  );
}
