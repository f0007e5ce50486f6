import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { TaskDto } from '../inbox/inboxModel';
import type { CaseDto, ChecklistEntry, ServiceItemDto } from './caseModel';
import { checklistOutcome, noticeLines } from './caseModel';
import NoticePreview from './NoticePreview';
import ReviewChecklist from './ReviewChecklist';

interface Props {
  task: TaskDto;
  value: CaseDto;
  item: ServiceItemDto | null;
  onDone: () => void;
}

/** 办理: a review follows its checklist (pass, 一次性告知 with a preview, or 不予受理 citing the basis); other steps pick an outcome, a rejection with its basis. */
export default function CompleteForm({ task, value, item, onDone }: Props) {
  const { t } = useTranslation();
  const review = task.activityType === 'FormReview';
  const points = item?.reviewPoints ?? [];
  const materials = value.materials ?? [];
  const [entries, setEntries] = useState<ChecklistEntry[]>(points.map((p) => ({ code: p.code ?? '', result: 'pass', basis: '' })));
  const [faulty, setFaulty] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string | undefined>(task.outcomes[0]);
  const [basis, setBasis] = useState('');
  const [opinion, setOpinion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const missing = materials.some((m) => m.required && m.state === 'Missing') || faulty.length > 0;
  const outcome = review ? checklistOutcome(entries, missing) : chosen;
  const failedBasis = entries.find((e) => e.result === 'fail')?.basis ?? '';
  const rejecting = outcome === 'reject';
  const cited = basis || (review ? failedBasis : '');

  const submit = async () => {
    setBusy(true);
    setError(null);
    const data: Record<string, unknown> = review ? { checklist: entries.map((e) => ({ ...e, basis: e.result === 'pass' ? null : e.basis })) } : {};
    if (review && faulty.length) data.faulty = faulty;
    if (rejecting) data.basis = cited;
    if (opinion.trim()) data[review ? (rejecting ? 'reason' : 'note') : 'opinion'] = opinion.trim();
    try {
      await api.post('/api/tasks/{id}/complete', { id: String(task.id) }, { outcome, data });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" data-testid="complete-form">
      {review && <ReviewChecklist points={points} value={entries} onChange={setEntries} />}
      {review && (
        <Form.Item label={t('casePage.faulty')} style={{ marginTop: 8 }} htmlFor="faulty">
          <Select id="faulty" mode="multiple" value={faulty} onChange={setFaulty} allowClear
            options={materials.filter((m) => m.state !== 'Missing').map((m) => ({ value: m.code ?? '', label: `${m.code} ${m.name}` }))} />
        </Form.Item>
      )}
      {!review && (
        <Form.Item label={t('casePage.outcomeLabel')} htmlFor="outcome">
          <Select id="outcome" value={chosen} onChange={setChosen} data-testid="outcome-select"
            options={task.outcomes.map((o) => ({ value: o, label: t(`casePage.outcome.${o}`, { defaultValue: o }) }))} />
        </Form.Item>
      )}
      {review && outcome === 'supplement' && <NoticePreview lines={noticeLines(materials, faulty, entries, points)} />}
      {rejecting && (
        <Form.Item label={t('casePage.basis')} required htmlFor="basis" style={{ marginTop: 8 }}>
          <Input id="basis" value={cited} onChange={(e) => setBasis(e.target.value)} placeholder={item?.legalBasis} data-testid="reject-basis" />
        </Form.Item>
      )}
      <Form.Item label={t(rejecting ? 'casePage.reason' : review ? 'casePage.note' : 'casePage.opinion')} htmlFor="opinion" style={{ marginTop: 8 }}>
        <Input.TextArea id="opinion" rows={2} maxLength={1000} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} data-testid="complete-error" />}
      <Space>
        <Button type="primary" danger={rejecting} loading={busy} disabled={!outcome || (rejecting && !cited.trim())} onClick={() => void submit()} data-testid="complete">
          {t('casePage.complete', { outcome: t(`casePage.outcome.${outcome}`, { defaultValue: outcome ?? '' }) })}
        </Button>
        {outcome && <Tag data-testid="derived-outcome">{t(`casePage.outcome.${outcome}`, { defaultValue: outcome })}</Tag>}
      </Space>
    </Form>
  );
}
