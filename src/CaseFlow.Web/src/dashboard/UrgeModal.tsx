import { useState } from 'react';
import { App as AntApp, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { LiveRowDto } from './types';

/**
 * 催办 the step a row shows: its open task (by title, else the case's first open step) from the supervised open-tasks
 * endpoint, urged with the reason given (the server's default text when empty).
 */
export default function UrgeModal({ row, onClose }: { row: LiveRowDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const urge = async () => {
    if (!row) return;
    setBusy(true);
    try {
      const tasks = await api.get('/api/reports/cases/{caseId}/open-tasks', { caseId: String(row.caseId) });
      const task = tasks.find((x) => x.title === row.step || `督办：${x.title}` === row.step) ?? tasks[0];
      if (!task) throw new Error(t('supervision.urge.noTask'));
      await api.post('/api/tasks/{id}/urge', { id: String(task.id) }, { message: reason.trim() || null });
      void message.success(t('supervision.urge.done', { caseNo: row.caseNo, step: task.title }));
      setReason('');
      onClose();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={row !== null} title={t('supervision.urge.title')} okText={t('supervision.urge.ok')} cancelText={t('supervision.urge.cancel')}
      onOk={() => void urge()} confirmLoading={busy} onCancel={onClose} destroyOnHidden data-testid="urge-modal">
      <Typography.Paragraph>{row && t('supervision.urge.what', { caseNo: row.caseNo, step: row.step ?? '' })}</Typography.Paragraph>
      <Input.TextArea rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('supervision.urge.reason')}
        placeholder={t('supervision.urge.placeholder')} data-testid="urge-reason" />
    </Modal>
  );
}
