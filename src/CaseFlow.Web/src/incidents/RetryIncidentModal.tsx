import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseVariables } from './variables';
import type { IncidentDto } from './types';

/** Asks before retrying; variables to fix first (a JSON object merged into the instance's) may be given. */
export default function RetryIncidentModal({ incident, onRetry, onClose }: {
  incident: IncidentDto | null; onRetry: (incident: IncidentDto, variables: Record<string, unknown> | null) => Promise<void>; onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const parsed = parseVariables(text);
  return (
    <Modal open={incident !== null} title={t('incidents.retryTitle')} okText={t('incidents.retry')} cancelText={t('incidents.close')}
      okButtonProps={{ disabled: !parsed.ok }} confirmLoading={busy} destroyOnHidden data-testid="retry-incident" onCancel={onClose}
      onOk={async () => {
        if (!incident || !parsed.ok) return;
        setBusy(true);
        try {
          await onRetry(incident, parsed.variables);
          setText('');
        } finally {
          setBusy(false);
        }
      }}>
      <Typography.Paragraph>{t('incidents.retryConfirm')}</Typography.Paragraph>
      {incident && <Typography.Paragraph type="secondary">{incident.message}</Typography.Paragraph>}
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('incidents.variables')}
        placeholder={t('incidents.variablesHint')} data-testid="retry-variables" status={parsed.ok ? undefined : 'error'} />
      {!parsed.ok && <Typography.Text type="danger">{t('incidents.variablesInvalid')}</Typography.Text>}
    </Modal>
  );
}
