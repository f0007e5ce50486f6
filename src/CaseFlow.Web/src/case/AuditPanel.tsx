import { useEffect, useState } from 'react';
import { Alert, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formatDateTime } from '../format';

type AuditEventDto = components['schemas']['AuditEventDto'];
type AuditVerification = components['schemas']['AuditVerification'];

/** 审计: the case's audit trail (personal data masked by the server) and the check of its hash chain. */
export default function AuditPanel({ caseId, version }: { caseId: string; version: number }) {
  const { t } = useTranslation();
  const [events, setEvents] = useState<AuditEventDto[] | null>(null);
  const [check, setCheck] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([api.get('/api/cases/{id}/audit', { id: caseId }), api.get('/api/cases/{id}/audit/verify', { id: caseId })])
      .then(([e, v]) => {
        setEvents(e as AuditEventDto[]);
        setCheck(v as AuditVerification);
      }, (e: Error) => setError(e.message));
  }, [caseId, version]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="case-audit">
      {error && <Alert type="error" showIcon title={error} />}
      {check && <Alert type={check.valid ? 'success' : 'error'} showIcon title={check.valid ? t('casePage.audit.valid') : t('casePage.audit.broken')}
        description={check.summary || check.message} data-testid="audit-verify" />}
      <Table<AuditEventDto> size="small" rowKey={(e) => String(e.sequence)} dataSource={events ?? []} loading={!events && !error} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'sequence', width: 50 },
          { title: t('casePage.audit.at'), dataIndex: 'atUtc', width: 140, render: (v: string | null) => formatDateTime(v) },
          { title: t('casePage.audit.actor'), dataIndex: 'actor', width: 100 },
          { title: t('casePage.audit.action'), key: 'action', width: 200, render: (_, e) => `${e.subject ?? ''} ${e.action ?? ''}` },
          { title: t('casePage.audit.changes'), dataIndex: 'changes', ellipsis: true, render: (v: unknown) => (v ? JSON.stringify(v) : '') },
          { title: t('casePage.audit.hash'), dataIndex: 'hash', width: 120, render: (v: string) => <code>{v.slice(0, 12)}</code> },
        ]} />
    </Space>
  );
}
