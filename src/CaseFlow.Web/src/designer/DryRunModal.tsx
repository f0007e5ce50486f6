import { Alert, Modal, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface DryRunResult {
  status: string;
  path: { index: number; activityId: string; activityType: string; name?: string | null; event: string; outcome?: string | null; message?: string | null }[];
  visited: string[];
  problems: { code: string; path: string; message: string }[];
}

const colors: Record<string, string> = { Completed: 'green', Suspended: 'blue', Resumed: 'blue', Faulted: 'red' };

/** The path a dry run took (试运行): each step with its event and the port it left by; the canvas highlights the visited nodes. */
export default function DryRunModal({ result, onClose }: { result: DryRunResult; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal open onCancel={onClose} footer={null} title={`${t('designer.dryRun')}：${t(`dryRun.${result.status}`, result.status)}`} data-testid="dry-run">
      {result.problems.length > 0 && <Alert type="error" showIcon title={result.problems.map((p) => p.message).join('；')} style={{ marginBottom: 8 }} />}
      <div style={{ maxHeight: 480, overflow: 'auto', paddingTop: 8 }}>
        <Timeline items={result.path.map((s) => ({
          color: colors[s.event] ?? 'gray',
          children: (
            <span data-testid="dry-run-step">
              <Typography.Text strong>{s.name ?? s.activityId}</Typography.Text> <Typography.Text type="secondary">{s.activityType}</Typography.Text>{' '}
              <Tag>{t(`dryRun.${s.event}`, s.event)}</Tag>{s.outcome && <Tag color="geekblue">{s.outcome}</Tag>}
              {s.message && <Typography.Text type="secondary"> {s.message}</Typography.Text>}
            </span>
          ),
        }))} />
      </div>
    </Modal>
  );
}
