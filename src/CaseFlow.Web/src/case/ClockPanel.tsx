import { useState } from 'react';
import { App as AntApp, Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { formatDateTime } from '../format';
import { levelColor } from '../inbox/inboxModel';
import type { CaseDto, ClockDto, ExclusionReason } from './caseModel';
import ReasonModal from './ReasonModal';

const reasons: ExclusionReason[] = ['Hearing', 'Tender', 'Auction', 'Inspection', 'Testing', 'Quarantine', 'Appraisal', 'ExpertReview', 'PublicNotice'];

/** 时限: each clock's due date and level; approvers stop a clock (art. 45), end the stop, or extend once (art. 42). The server checks the role. */
export default function ClockPanel({ value, onChanged }: { value: CaseDto; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { roles } = useAuth();
  const [pending, setPending] = useState<'stop' | 'extend' | null>(null);
  const id = { id: String(value.id) };
  const approver = roles.includes('approver');
  const open = (value.excludedPeriods ?? []).find((p) => !p.endedAtUtc);
  const closed = (done: boolean) => {
    setPending(null);
    if (done) onChanged();
  };
  const end = async (periodId: string) => {
    try {
      await api.post('/api/cases/{id}/excluded-periods/{periodId}/end', { ...id, periodId });
      onChanged();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="case-clocks">
      <Table<ClockDto> size="small" rowKey="kind" dataSource={value.clocks ?? []} pagination={false}
        columns={[
          { title: t('casePage.clock.name'), dataIndex: 'name' },
          { title: t('casePage.clock.limit'), key: 'limit', render: (_, c) => `${c.limitValue} ${t(`schema.${c.unit}`, { defaultValue: c.unit })}` },
          { title: t('casePage.clock.due'), key: 'due', render: (_, c) => c.dueDate ?? formatDateTime(c.dueAtUtc) },
          { title: t('casePage.clock.used'), key: 'used', render: (_, c) => `${Number(c.used).toFixed(1)} / ${c.limitValue}` },
          { title: t('casePage.clock.level'), dataIndex: 'level', render: (v: ClockDto['level']) => <Tag color={levelColor(v)}>{t(`inbox.level.${v}`)}</Tag> },
          { title: t('casePage.clock.state'), key: 'state', render: (_, c) => t(c.stoppedAtUtc ? 'casePage.clock.stopped' : c.paused ? 'casePage.clock.paused' : 'casePage.clock.running') },
        ]} />
      <Table size="small" rowKey="id" dataSource={value.excludedPeriods ?? []} pagination={false} title={() => t('casePage.clock.stops')}
        locale={{ emptyText: t('casePage.clock.noStops') }}
        columns={[
          { title: t('casePage.clock.reason'), dataIndex: 'reasonName' },
          { title: t('casePage.clock.from'), dataIndex: 'startedAtUtc', render: (v: string) => formatDateTime(v) },
          { title: t('casePage.clock.to'), dataIndex: 'endedAtUtc', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
          { title: t('casePage.clock.note'), dataIndex: 'note' },
        ]} />
      {approver && (
        <Space>
          {open ? <Button onClick={() => void end(String(open.id))}>{t('casePage.clock.end')}</Button>
            : <Button onClick={() => setPending('stop')}>{t('casePage.clock.stop')}</Button>}
          <Button onClick={() => setPending('extend')}>{t('casePage.clock.extend')}</Button>
        </Space>
      )}
      {pending === 'stop' && <ReasonModal title={t('casePage.clock.stop')} choiceLabel={t('casePage.clock.reason')} textLabel={t('casePage.clock.note')} textRequired={false}
        choices={reasons.map((r) => ({ value: r, label: t(`casePage.exclusion.${r}`) }))} onClose={closed}
        onSubmit={(note, reason) => api.post('/api/cases/{id}/excluded-periods', id, { reason: reason as ExclusionReason, note: note || null })} />}
      {pending === 'extend' && <ReasonModal title={t('casePage.clock.extend')} textLabel={t('casePage.reason')} onClose={closed}
        onSubmit={(reason) => api.post('/api/cases/{id}/extension', id, { reason })} />}
    </Space>
  );
}
