import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export interface SearchValues {
  caseNo: string;
  phone: string;
}

/** Case number + phone; `?caseNo=` (the QR code on a printed document) fills the number. */
export default function TrackingSearch({ initialCaseNo, loading, onSearch }: { initialCaseNo: string; loading: boolean; onSearch: (v: SearchValues) => void }) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" data-testid="tracking-search" initialValues={{ caseNo: initialCaseNo, phone: '' }} onFinish={(v: SearchValues) => onSearch({ caseNo: v.caseNo.trim(), phone: v.phone.trim() })}>
      <Form.Item name="caseNo" htmlFor="track-case-no" label={t('tracking.caseNo')} rules={[{ required: true, whitespace: true, message: t('tracking.caseNoRequired') }]}>
        <Input id="track-case-no" size="large" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" htmlFor="track-phone" label={t('tracking.phone')} rules={[{ required: true, pattern: /^1\d{10}$/, message: t('tracking.phoneInvalid') }]}>
        <Input id="track-phone" size="large" inputMode="numeric" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={loading}>
        {t('tracking.search')}
      </Button>
    </Form>
  );
}
