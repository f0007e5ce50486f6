import { useState } from 'react';
import { Alert, Button, Form, Input, Radio, Rate, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { criteria, levels, rate, requestCode, type RatingCriterion, type RatingLevel } from './trackingApi';

interface Values {
  level: RatingLevel;
  comment?: string;
  code: string;
  scores?: Partial<Record<RatingCriterion, number>>;
}

/** 好差评 online: five levels, optional criteria and comment, confirmed by the one-time SMS code. */
export default function RatingForm({ caseNo, phone, onRated }: { caseNo: string; phone: string; onRated: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    setError(null);
    try {
      const answer = await requestCode(caseNo, phone);
      setSent((answer as { phone: string }).phone);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const scores = Object.entries(v.scores ?? {}).filter(([, s]) => s) as [RatingCriterion, number][];
      await rate(caseNo, { phone, code: v.code.trim(), level: v.level, comment: v.comment?.trim() || undefined, criteria: scores.map(([criterion, score]) => ({ criterion, score })) });
      onRated();
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : null;
      setError(problem?.errors?.code ? t('tracking.rate.wrongCode') : t('tracking.rate.failed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" onFinish={submit} data-testid="rating-form">
      <Typography.Paragraph>{t('tracking.rate.intro')}</Typography.Paragraph>
      <Form.Item name="level" label={t('tracking.rate.level')} rules={[{ required: true, message: t('tracking.rate.levelRequired') }]}>
        <Radio.Group>
          <Space direction="vertical">
            {levels.map((l) => (
              <Radio key={l} value={l}>
                {t(`tracking.rate.levels.${l}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Typography.Text strong>{t('tracking.rate.criteria')}</Typography.Text>
      {criteria.map((c) => (
        <Form.Item key={c} name={['scores', c]} label={t(`tracking.rate.criterion.${c}`)} style={{ marginBottom: 4 }}>
          <Rate aria-label={t(`tracking.rate.criterion.${c}`)} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={t('tracking.rate.comment')} style={{ marginTop: 12 }}>
        <Input.TextArea id="rating-comment" rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item label={t('tracking.rate.code')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('tracking.rate.codeRequired') }]}>
            <Input id="rating-code" inputMode="numeric" maxLength={6} aria-label={t('tracking.rate.code')} />
          </Form.Item>
          <Button onClick={send}>{t('tracking.rate.sendCode')}</Button>
        </Space.Compact>
      </Form.Item>
      {sent && <Alert type="info" showIcon message={t('tracking.rate.codeSent', { phone: sent })} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="rating-error" />}
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('tracking.rate.submit')}
      </Button>
    </Form>
  );
}
