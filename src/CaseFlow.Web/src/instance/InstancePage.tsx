import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shell/router';
import InstanceViewer from './InstanceViewer';

/** /cases/{id}/workflow: the case's workflow instance on its own page, linked from the case page. */
export default function InstancePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 120px)', minHeight: 560 }}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('instance.title')}</Typography.Title>
        <Button size="small" onClick={() => navigate(`/cases/${caseId}`)} data-testid="instance-back">{t('instance.back')}</Button>
      </Space>
      <div style={{ flex: 1, minHeight: 0 }}>
        <InstanceViewer caseId={caseId} />
      </div>
    </div>
  );
}
