import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../format';
import type { TimelineEntryDto } from './caseModel';

/** 办理过程: what happened to the case, in order. */
export default function CaseTimeline({ entries }: { entries: TimelineEntryDto[] }) {
  return (
    <Timeline data-testid="case-timeline"
      items={entries.map((e, i) => ({
        key: i,
        content: (
          <span>
            <Typography.Text type="secondary">{formatDateTime(e.atUtc)} · {e.actor}</Typography.Text> {e.summary}
          </span>
        ),
      }))} />
  );
}
