import type { ReactNode } from 'react';
import { Badge, Button, Layout, Menu, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { switchLanguage } from '../i18n';
import { useInboxCounts } from '../inbox/inboxCounts';
import { CareModeSwitch } from '../care';
import { activeNav, menuNav } from './navigation';
import { navigate, usePath } from './router';

export default function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, roles, signOut } = useAuth();
  const path = usePath();
  const nav = menuNav(roles);
  // The 待办 badge: what waits in my tasks and queues, polled so that new work shows without a reload.
  const counts = useInboxCounts(nav.some((n) => n.key === 'inbox'));
  const label = (key: string) => (key === 'inbox' && counts
    ? <Badge count={counts.mine + counts.queues} size="small" offset={[10, 0]} data-testid="inbox-badge">{t('shell.nav.inbox')}</Badge>
    : t(`shell.nav.${key}`));
  const units = [...new Map((me?.memberships ?? []).map((m) => [m.orgUnitCode, m.orgUnitName])).values()];

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 16px', height: 48, lineHeight: '48px' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>{t('app.title')}</Typography.Text>
        <div style={{ flex: 1 }} />
        <Space size={4} wrap={false} style={{ overflow: 'hidden' }} data-testid="user-roles">
          {roles.map((r) => <Tag key={r} color="blue">{t(`roles.${r}`, r)}</Tag>)}
        </Space>
        <Tooltip title={units.join('、')}>
          <Typography.Text style={{ color: '#cfd8e6', maxWidth: 280 }} ellipsis data-testid="user-units">{units.join('、')}</Typography.Text>
        </Tooltip>
        <Typography.Text style={{ color: '#fff' }} data-testid="user-name">{me?.displayName}</Typography.Text>
        <CareModeSwitch />
        <Button size="small" onClick={switchLanguage}>{t('shell.language')}</Button>
        <Button size="small" onClick={() => void signOut().then(() => navigate('/', true))} data-testid="sign-out">{t('shell.signOut')}</Button>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={168} theme="light" breakpoint="lg" collapsedWidth={56}>
          <Menu mode="inline" selectedKeys={[activeNav(path)?.key === 'cases' ? 'inbox' : activeNav(path)?.key ?? 'home']} style={{ height: '100%' }} data-testid="nav"
            items={nav.map((n) => ({ key: n.key, label: label(n.key), onClick: () => navigate(n.path) }))} />
        </Layout.Sider>
        <Layout.Content style={{ overflow: 'auto', background: '#f5f7fa' }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
