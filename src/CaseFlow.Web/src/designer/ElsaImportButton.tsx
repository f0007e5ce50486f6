import { useRef, useState } from 'react';
import { Alert, Button, List, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { components } from '../api/schema';
import { navigate } from '../shell/router';
import DryRunModal, { type DryRunResult } from './DryRunModal';

type ImportResult = components['schemas']['ElsaImportResultDto'];

/** 导入 Elsa JSON: a file from Elsa Studio becomes a draft; the result lists what CaseFlow cannot run, and the draft can be tried at once. */
export default function ElsaImportButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<DryRunResult | null>(null);

  async function upload(file: File) {
    setError(null);
    let body: unknown;
    try {
      body = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
    } catch {
      setError(t('elsaImport.notJson'));
      return;
    }
    try {
      setResult(await api.post('/api/definitions/import/elsa', undefined, body));
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : null;
      setError(problem?.errors ? Object.values(problem.errors).flat().join(' ') : (e as Error).message);
    }
  }

  async function tryIt(r: ImportResult) {
    setDryRun((await api.post('/api/definitions/dry-run', undefined, { definition: r.definition })) as unknown as DryRunResult);
  }

  return (
    <>
      <Button onClick={() => input.current?.click()} style={{ marginRight: 8 }} data-testid="import-elsa">{t('elsaImport.action')}</Button>
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="import-elsa-file"
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void upload(f); }} />
      <Modal open={result !== null || error !== null} title={t('elsaImport.title')} onCancel={() => { setResult(null); setError(null); }} footer={null} destroyOnHidden>
        {error && <Alert type="error" message={error} data-testid="import-elsa-error" />}
        {result && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('elsaImport.draft', { id: result.draft.definitionId, version: result.draft.version })}</Typography.Text>
            {result.isValid
              ? <Alert type="success" message={t('elsaImport.valid')} />
              : <List size="small" bordered data-testid="import-elsa-problems" dataSource={result.problems} renderItem={(p) => (
                  <List.Item><Typography.Text type="danger">{p.code}</Typography.Text> <Typography.Text code>{p.path}</Typography.Text> {p.message}</List.Item>
                )} />}
            <Space>
              <Button type="primary" onClick={() => navigate(`/designer/${encodeURIComponent(result.draft.definitionId)}`)}>{t('elsaImport.open')}</Button>
              <Button disabled={!result.isValid} onClick={() => void tryIt(result)} data-testid="import-elsa-dry-run">{t('elsaImport.dryRun')}</Button>
            </Space>
          </Space>
        )}
      </Modal>
      {dryRun && <DryRunModal result={dryRun} onClose={() => setDryRun(null)} />}
    </>
  );
}
