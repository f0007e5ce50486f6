import { App as AntApp, Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { MembershipInput, OrgUnitDto, UserDto } from './adminModel';
import MembershipFields from './MembershipFields';
import ProblemAlert from './ProblemAlert';
import { useSubmit } from './useSubmit';

/** 设置岗位: replaces a user's memberships; the user's sessions end and claimed tasks they can no longer act on return to the queues. */
export default function MembershipsModal({ user, units, onClose, onDone }: { user: UserDto; units: OrgUnitDto[]; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ memberships: MembershipInput[] }>();
  const { error, busy, run } = useSubmit();

  const submit = (values: { memberships: MembershipInput[] }) => run(async () => {
    await api.put('/api/admin/users/{userName}/memberships', { userName: user.userName }, { memberships: values.memberships ?? [] });
    void message.success(t('admin.users.saved', { name: user.displayName }));
    onDone();
    onClose();
  });

  return (
    <Modal open title={t('admin.users.membershipsOf', { name: user.displayName })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      width={640} okText={t('admin.save')} cancelText={t('admin.cancel')} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('admin.users.membershipsNote')} />
      <ProblemAlert error={error} />
      <Form form={form} onFinish={(v) => void submit(v)} data-testid="memberships-form"
        initialValues={{ memberships: user.memberships.map((m) => ({ orgUnit: m.orgUnit, role: m.role })) }}>
        <MembershipFields units={units} />
      </Form>
    </Modal>
  );
}
