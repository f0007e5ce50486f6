import { useEffect, useRef, useState } from 'react';
import type { RefSelectProps } from 'antd';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { TaskDto, TransferCandidateDto } from './inboxModel';
import { commonCandidates } from './inboxModel';

interface Props {
  tasks: TaskDto[];
  onClose: () => void;
  /** Called with how many tasks went and the first refusal, if any. */
  onDone: (moved: number, failure: string | null) => void;
}

/**
 * 转办 of one task or several: to someone the access policy lets hold every one of them, with a reason. Usable by keyboard alone.
 * The candidate box takes the focus when the modal opens; once the open animation ends it takes it only if no field has it yet,
 * so a slow animation never pulls the focus out of the reason a quick typist is already in.
 */
export default function TransferModal({ tasks, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [candidates, setCandidates] = useState<TransferCandidateDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toUser, setToUser] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const select = useRef<RefSelectProps>(null);
  const ids = tasks.map((task) => String(task.id)).join(',');

  useEffect(() => {
    let live = true;
    Promise.all(ids.split(',').map((id) => api.get('/api/tasks/{id}/transfer-candidates', { id })))
      .then((lists) => live && setCandidates(commonCandidates(lists)), (e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [ids]);

  const submit = async () => {
    if (!toUser || !reason.trim()) return;
    setBusy(true);
    const results = await Promise.allSettled(tasks.map((task) => api.post('/api/tasks/{id}/transfer', { id: String(task.id) }, { toUser, toRole: null, reason })));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    setBusy(false);
    onDone(results.length - failed.length, failed.length ? String(failed[0].reason?.message ?? '') : null);
  };

  return (
    <Modal open title={t('inbox.transfer.title', { count: tasks.length })} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy}
      okButtonProps={{ disabled: !toUser || !reason.trim() }} okText={t('inbox.transfer.ok')} destroyOnHidden afterOpenChange={(open) => open && !(document.activeElement instanceof HTMLInputElement) && select.current?.focus()} data-testid="transfer-modal">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form layout="vertical">
        <Form.Item label={t('inbox.transfer.to')} htmlFor="transfer-to">
          <Select id="transfer-to" ref={select} autoFocus showSearch loading={!candidates && !error} value={toUser} onChange={setToUser} data-testid="transfer-to"
            notFoundContent={t('inbox.transfer.none')} optionFilterProp="label"
            options={(candidates ?? []).map((c) => ({ value: c.userName, label: `${c.displayName}（${c.userName}）` }))} />
        </Form.Item>
        <Form.Item label={t('inbox.transfer.reason')} htmlFor="transfer-reason">
          <Input id="transfer-reason" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} onPressEnter={() => void submit()} data-testid="transfer-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
