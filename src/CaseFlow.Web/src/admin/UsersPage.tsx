import { useState } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { UserDto } from './adminModel';
import MembershipsModal from './MembershipsModal';
import PasswordModal from './PasswordModal';
import ProblemAlert from './ProblemAlert';
import UserCreateModal from './UserCreateModal';
import { useAdminList } from './useAdminList';

/** 用户与岗位: accounts with their memberships; create, set memberships, reset the password, deactivate. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const users = useAdminList(() => api.get('/api/admin/users'));
  const units = useAdminList(() => api.get('/api/admin/org-units'));
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserDto | null>(null);
  const [password, setPassword] = useState<UserDto | null>(null);
  const [error, setError] = useState<unknown>(null);

  const deactivate = async (user: UserDto) => {
    try {
      await api.post('/api/admin/users/{userName}/deactivate', { userName: user.userName });
      void message.success(t('admin.users.deactivated', { name: user.displayName }));
      setError(null);
      await users.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div data-testid="admin-users">
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="user-create">{t('admin.users.create')}</Button>
      </Space>
      <ProblemAlert error={error ?? users.error} />
      <Table<UserDto> rowKey="userName" size="small" loading={users.loading} dataSource={users.rows} pagination={{ pageSize: 12 }}
        onRow={(u) => ({ 'data-user': u.userName } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('admin.users.userName'), dataIndex: 'userName' },
          { title: t('admin.users.displayName'), dataIndex: 'displayName' },
          {
            title: t('admin.users.status'), dataIndex: 'isActive',
            render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{t(active ? 'admin.users.active' : 'admin.users.inactive')}</Tag>,
          },
          {
            title: t('admin.users.memberships'), key: 'memberships',
            render: (_, u) => <Space size={4} wrap>{u.memberships.map((m) => <Tag key={`${m.orgUnit}-${m.role}`}>{m.orgUnitName} · {t(`roles.${m.role}`, m.role)}</Tag>)}</Space>,
          },
          {
            title: t('admin.actions'), key: 'actions',
            render: (_, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing(u)} disabled={!u.isActive}>{t('admin.users.setMemberships')}</Button>
                <Button type="link" size="small" onClick={() => setPassword(u)} disabled={!u.isActive}>{t('admin.users.resetPassword')}</Button>
                <Popconfirm title={t('admin.users.deactivateConfirm', { name: u.displayName })} onConfirm={() => deactivate(u)} okText={t('admin.yes')} cancelText={t('admin.no')}>
                  <Button type="link" size="small" danger disabled={!u.isActive}>{t('admin.users.deactivate')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]} />
      {creating && <UserCreateModal units={units.rows} onClose={() => setCreating(false)} onDone={() => void users.reload()} />}
      {editing && <MembershipsModal user={editing} units={units.rows} onClose={() => setEditing(null)} onDone={() => void users.reload()} />}
      {password && <PasswordModal user={password} onClose={() => setPassword(null)} />}
    </div>
  );
}
