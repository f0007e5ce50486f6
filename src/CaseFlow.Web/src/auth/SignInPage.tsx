import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthContext';
import { switchLanguage } from '../i18n';
import { CareModeSwitch } from '../care';

export default function SignInPage() {
  const { t } = useTranslation();
  const { signIn, notice } = useAuth();
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(values: { userName: string; password: string }) {
    setBusy(true);
    setError(false);
    try {
      await signIn(values.userName, values.password);
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg,#e6f0ff,#f7f9fc)' }}>
      <Card style={{ width: 380 }} data-testid="sign-in">
        <Typography.Title level={3} style={{ marginBottom: 0 }}>{t('app.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        {notice && !error && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`signIn.${notice}`)} data-testid="sign-in-notice" />}
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('signIn.failed')} />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item name="userName" label={t('signIn.userName')} rules={[{ required: true }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{t('signIn.submit')}</Button>
        </Form>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 8 }}>
          <Button type="link" onClick={switchLanguage} style={{ padding: 0 }}>{t('shell.language')}</Button>
          <CareModeSwitch />
        </div>
      </Card>
    </div>
  );
}
