import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatDateTime } from '../format';
import { navigate } from '../shell/router';
import CancelIncidentModal from './CancelIncidentModal';
import RetryIncidentModal from './RetryIncidentModal';
import { incidentStatuses } from './types';
import type { IncidentDto, IncidentStatus } from './types';

const statusColors: Record<IncidentStatus, string> = { Open: 'red', Resolved: 'green', Cancelled: 'default' };

/** 流程异常 for admins (issue 12 point 3): faulted steps parked with an incident, retried or cancelled (README "Web app"). */
export default function IncidentsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<IncidentStatus>('Open');
  const [rows, setRows] = useState<IncidentDto[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<IncidentDto | null>(null);
  const [retrying, setRetrying] = useState<IncidentDto | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setRows(await api.get('/api/incidents', undefined, `status=${status}`));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }, [status]);
  useEffect(() => void load(), [load]);

  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      void message.success(done);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
    await load();
  };

  return (
    <div style={{ padding: 16 }} data-testid="incidents">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('incidents.title')}</Typography.Title>
        <Segmented value={status} onChange={(v) => setStatus(v as IncidentStatus)} data-testid="incident-status"
          options={incidentStatuses.map((s) => ({ value: s, label: t(`incidents.status.${s}`) }))} />
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Table<IncidentDto> size="small" rowKey="id" dataSource={rows} loading={loading} locale={{ emptyText: t('incidents.empty') }}
        onRow={(r) => ({ 'data-incident-id': r.id } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'created', title: t('incidents.col.created'), width: 140, render: (_, r) => formatDateTime(r.createdAtUtc) },
          { key: 'case', title: t('incidents.col.case'), width: 96, render: (_, r) => (r.caseId == null ? '' : (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => navigate(`/cases/${r.caseId}`)}>{String(r.caseId)}</Button>)) },
          { key: 'activity', title: t('incidents.col.activity'), dataIndex: 'activityId', width: 140 },
          { key: 'message', title: t('incidents.col.message'), dataIndex: 'message', ellipsis: true },
          { key: 'status', title: t('incidents.col.status'), width: 88, render: (_, r) => <Tag color={statusColors[r.status]}>{t(`incidents.status.${r.status}`)}</Tag> },
          { key: 'actions', title: t('incidents.col.actions'), width: 150, render: (_, r) => r.status === 'Open' && (
            <Space size={4}>
              <Button size="small" type="primary" data-testid="retry" onClick={() => setRetrying(r)}>{t('incidents.retry')}</Button>
              <Button size="small" danger data-testid="cancel" onClick={() => setCancelling(r)}>{t('incidents.cancel')}</Button>
            </Space>
          ) },
        ]} />
      <RetryIncidentModal incident={retrying} onClose={() => setRetrying(null)}
        onRetry={async (incident, variables) => {
          await act(() => api.post('/api/incidents/{id}/retry', { id: incident.id }, { variables }), t('incidents.retried'));
          setRetrying(null);
        }} />
      <CancelIncidentModal incident={cancelling} onClose={() => setCancelling(null)}
        onCancel={async (incident, reason) => {
          await act(() => api.post('/api/incidents/{id}/cancel', { id: incident.id }, { reason }), t('incidents.cancelled'));
          setCancelling(null);
        }} />
    </div>
  );
}
