import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { TaskDto } from './inboxModel';
import { effectiveDeadline, levelColor, workingDaysLeft } from './inboxModel';

/** The deadline with its green/yellow/red tag and the working days left (negative: overdue). */
export default function DeadlineTag({ task, now }: { task: TaskDto; now: Date }) {
  const { t } = useTranslation();
  const { dueAtUtc, level } = effectiveDeadline(task);
  if (!dueAtUtc) return <span data-testid="deadline">{t('inbox.noDeadline')}</span>;
  const left = workingDaysLeft(dueAtUtc, now);
  return (
    <span data-testid="deadline">
      <Tag color={levelColor(level)}>{t(`inbox.level.${level}`)}</Tag>
      {formatDateTime(dueAtUtc)}{' '}
      <span style={{ color: left < 0 ? '#cf1322' : undefined }}>
        {left < 0 ? t('inbox.overdueDays', { count: -left }) : t('inbox.daysLeft', { count: left })}
      </span>
    </span>
  );
}
