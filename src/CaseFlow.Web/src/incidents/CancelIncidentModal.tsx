import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentDto } from './types';

/** Asks before cancelling: cancelling ends the workflow instance, with the reason recorded on it. */
export default function CancelIncidentModal({ incident, onCancel, onClose }: {
  incident: IncidentDto | null; onCancel: (incident: IncidentDto, reason: string) => Promise<void>; onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal open={incident !== null} title={t('incidents.cancelTitle')} okText={t('incidents.cancelOk')} cancelText={t('incidents.close')}
      okButtonProps={{ danger: true, disabled: reason.trim().length === 0 }} confirmLoading={busy} destroyOnHidden data-testid="cancel-incident"
      onCancel={onClose}
      onOk={async () => {
        if (!incident) return;
        setBusy(true);
        try {
          await onCancel(incident, reason.trim());
          setReason('');
        } finally {
          setBusy(false);
        }
      }}>
      <Typography.Paragraph>{t('incidents.cancelWarning')}</Typography.Paragraph>
      <Input.TextArea rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('incidents.reason')}
        placeholder={t('incidents.reason')} data-testid="cancel-reason" />
    </Modal>
  );
}
