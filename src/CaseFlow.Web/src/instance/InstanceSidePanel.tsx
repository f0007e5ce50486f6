import { Empty, List, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionDoc } from '../designer/types';
import { formatDateTime } from '../format';
import type { CaseWorkflow, WorkflowStep } from './instanceModel';

const stepColor: Record<WorkflowStep['state'], string> = {
  Completed: 'green', Waiting: 'orange', Running: 'blue', Faulted: 'red', Cancelled: 'gray', MovedBack: 'purple',
};

/** Beside the canvas: where the instance waits now, its open incidents, and the path taken in order with times. */
export default function InstanceSidePanel({ view, doc }: { view: CaseWorkflow; doc: DefinitionDoc }) {
  const { t } = useTranslation();
  const nameOf = (id: string) => doc.root.activities.find((a) => a.id === id)?.name || id;
  return (
    <div style={{ flex: '0 0 320px', overflow: 'auto', display: 'flex', flexDirection: 'column', gap: 8, paddingRight: 12 }}>
      <Typography.Text strong>{t('instance.waitingTitle')}</Typography.Text>
      <div data-testid="instance-waiting">
        {view.waiting.length === 0 && view.openTasks.length === 0
          ? <Typography.Text type="secondary">{t(view.status === 'Finished' ? 'instance.finished' : 'instance.notWaiting')}</Typography.Text>
          : (
            <List size="small" bordered dataSource={view.waiting} renderItem={(w) => {
              const task = view.openTasks.find((x) => x.activityId === w.activityId);
              return (
                <List.Item>
                  <div>
                    <Tag color="orange">{nameOf(w.activityId)}</Tag>
                    {t(`instance.kind.${w.kind}`, { defaultValue: w.kind })}
                    {task && <> · {task.title} · {t(task.claimed ? 'instance.claimed' : 'instance.unclaimed')}</>}
                    <div style={{ color: '#5c6773', fontSize: 12 }}>
                      {t('instance.since', { at: formatDateTime(w.createdAtUtc) })}{w.dueAtUtc && ` · ${t('instance.due', { at: formatDateTime(w.dueAtUtc) })}`}
                    </div>
                  </div>
                </List.Item>
              );
            }} />
          )}
      </div>
      {view.incidents.length > 0 && (
        <>
          <Typography.Text strong>{t('instance.incidentsTitle')}</Typography.Text>
          <List size="small" bordered data-testid="instance-incidents" dataSource={view.incidents} renderItem={(i) => (
            <List.Item><Tag color={i.status === 'Open' ? 'red' : 'default'}>{nameOf(i.activityId)}</Tag>{i.message}</List.Item>
          )} />
        </>
      )}
      <Typography.Text strong>{t('instance.pathTitle')}</Typography.Text>
      {view.path.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <Timeline data-testid="instance-path" items={view.path.map((s) => ({
          key: String(s.order),
          color: stepColor[s.state],
          content: (
            <div data-testid={`path-step-${s.activityId}`}>
              <strong>{s.name || nameOf(s.activityId)}</strong> <Tag color={stepColor[s.state]}>{t(`instance.step.${s.state}`)}</Tag>
              {s.outcome && <Tag>{s.outcome}</Tag>}
              <div style={{ color: '#5c6773', fontSize: 12 }}>
                {formatDateTime(s.startedAtUtc)}{s.endedAtUtc && ` → ${formatDateTime(s.endedAtUtc)}`}{s.actor && ` · ${s.actor}`}
              </div>
            </div>
          ),
        }))} />
      )}
    </div>
  );
}
