import { App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { MembershipInput, OrgUnitDto } from './adminModel';
import MembershipFields from './MembershipFields';
import ProblemAlert from './ProblemAlert';
import { useSubmit } from './useSubmit';

interface Values {
  userName: string;
  displayName: string;
  password: string;
  memberships: MembershipInput[];
}

/** 新增用户: name, display name, a first password (≥ 12 characters) and the memberships; the server checks each field. */
export default function UserCreateModal({ units, onClose, onDone }: { units: OrgUnitDto[]; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { error, busy, run } = useSubmit();

  const submit = (values: Values) => run(async () => {
    await api.post('/api/admin/users', undefined, { ...values, memberships: values.memberships ?? [] });
    void message.success(t('admin.users.created', { name: values.displayName }));
    onDone();
    onClose();
  });

  return (
    <Modal open title={t('admin.users.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} width={640}
      okText={t('admin.save')} cancelText={t('admin.cancel')} okButtonProps={{ 'data-testid': 'user-create-ok' } as Record<string, string>} destroyOnHidden>
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ memberships: [{}] }} data-testid="user-form">
        <Form.Item name="userName" label={t('admin.users.userName')} rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
        <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
        <Form.Item name="password" label={t('admin.users.password')} extra={t('admin.users.passwordRule')} rules={[{ required: true }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('admin.users.memberships')} required><MembershipFields units={units} /></Form.Item>
      </Form>
    </Modal>
  );
}
