import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { CaseDto } from './caseModel';

/** 补正: the clerk records what the applicant brought after a one-time notice; the review then runs again. */
export default function SupplementForm({ value, onDone }: { value: CaseDto; onDone: () => void }) {
  const { t } = useTranslation();
  const missing = (value.materials ?? []).filter((m) => m.state === 'Missing');
  const [brought, setBrought] = useState<string[]>(missing.map((m) => m.code ?? ''));
  const [state, setState] = useState<'submitted' | 'originalVerified'>('originalVerified');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await api.post('/api/cases/{id}/supplement', { id: String(value.id) }, { materials: brought.map((code) => ({ code, state })), form: null });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('casePage.supplement.title')} data-testid="supplement-form">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Checkbox.Group value={brought} onChange={(v) => setBrought(v.map(String))}
          options={missing.map((m) => ({ value: m.code ?? '', label: `${m.code} ${m.name}` }))} />
        <Radio.Group value={state} onChange={(e) => setState(e.target.value)}
          options={[{ value: 'originalVerified', label: t('casePage.materialState.OriginalVerified') }, { value: 'submitted', label: t('casePage.materialState.Submitted') }]} />
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" disabled={brought.length === 0} loading={busy} onClick={() => void submit()} data-testid="supplement-submit">
          {t('casePage.supplement.submit')}
        </Button>
      </Space>
    </Card>
  );
}
