import { App as AntApp, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { rightKinds, type OrgUnitDto, type WindowRightKind } from './adminModel';
import ProblemAlert from './ProblemAlert';
import { useSubmit } from './useSubmit';

interface Values {
  window: string;
  right: WindowRightKind;
  implementationCode?: string;
  category?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

/** 授予窗口权限: a right for one item, a category or every item (both empty), valid from a day, to a day or open-ended. */
export default function RightGrantModal({ windows, initialWindow, onClose, onDone }: {
  windows: OrgUnitDto[]; initialWindow?: string; onClose(): void; onDone(window: string): void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { error, busy, run } = useSubmit();

  const submit = (v: Values) => run(async () => {
    await api.post('/api/admin/rights', undefined, {
      window: v.window, right: v.right, implementationCode: v.implementationCode?.trim() || null, category: v.category?.trim() || null,
      validFrom: v.validFrom.format('YYYY-MM-DD'), validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
    });
    void message.success(t('admin.rights.granted'));
    onDone(v.window);
    onClose();
  });

  return (
    <Modal open title={t('admin.rights.grant')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} width={560}
      okText={t('admin.save')} cancelText={t('admin.cancel')} okButtonProps={{ 'data-testid': 'right-grant-ok' } as Record<string, string>} destroyOnHidden>
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ window: initialWindow }} data-testid="right-form">
        <Form.Item name="window" label={t('admin.rights.window')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={windows.map((w) => ({ value: w.code, label: `${w.name}（${w.code}）` }))} />
        </Form.Item>
        <Form.Item name="right" label={t('admin.rights.right')} rules={[{ required: true }]}>
          <Select options={rightKinds.map((k) => ({ value: k, label: t(`admin.rights.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="implementationCode" label={t('admin.rights.item')} extra={t('admin.rights.scopeHint')}><Input autoComplete="off" /></Form.Item>
        <Form.Item name="category" label={t('admin.rights.category')}><Input autoComplete="off" /></Form.Item>
        <Form.Item name="validFrom" label={t('admin.rights.validFrom')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="validTo" label={t('admin.rights.validTo')} extra={t('admin.rights.validToHint')}><DatePicker style={{ width: '100%' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
