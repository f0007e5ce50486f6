import { useState } from 'react';
import { App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { UserDto } from './adminModel';
import ProblemAlert from './ProblemAlert';

/** 重置密码: a new password (≥ 12 characters); every session of the user ends. */
export default function PasswordModal({ user, onClose }: { user: UserDto; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ password }: { password: string }) => {
    try {
      await api.put('/api/admin/users/{userName}/password', { userName: user.userName }, { password });
      void message.success(t('admin.users.passwordSet', { name: user.displayName }));
      onClose();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal open title={t('admin.users.resetPasswordOf', { name: user.displayName })} onCancel={onClose} onOk={() => form.submit()}
      okText={t('admin.save')} cancelText={t('admin.cancel')} destroyOnHidden>
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="password" label={t('admin.users.password')} extra={t('admin.users.passwordRule')} rules={[{ required: true }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
