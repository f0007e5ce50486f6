import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';

export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <div style={{ padding: 24 }}>
      <Typography.Title level={4}>{t('home.welcome', { name: me?.displayName })}</Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Card>
        <Descriptions column={1} size="small" data-testid="memberships">
          {(me?.memberships ?? []).map((m) => (
            <Descriptions.Item key={`${m.orgUnitCode}-${m.role}`} label={t(`roles.${m.role}`, m.role)}>{m.orgUnitName}（{m.orgUnitCode}）</Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
    </div>
  );
}
