import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shell/router';
import { adminTabOf, adminTabs, type AdminTab } from './adminModel';
import CalendarPage from './CalendarPage';
import OrgUnitsPage from './OrgUnitsPage';
import RightsPage from './RightsPage';
import UsersPage from './UsersPage';

const pages: Record<AdminTab, () => React.JSX.Element> = {
  users: UsersPage,
  'org-units': OrgUnitsPage,
  rights: RightsPage,
  calendar: CalendarPage,
};

/** 系统管理 (issue 12 point 6): users and memberships, the org tree, window rights and the work calendar; admins only. */
export default function AdminPage({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const tab = adminTabOf(pathname);
  const Page = pages[tab];
  return (
    <div style={{ padding: 16 }} data-testid="admin">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('admin.title')}</Typography.Title>
      <Tabs activeKey={tab} onChange={(k) => navigate(`/admin/${k}`)} data-testid="admin-tabs"
        items={adminTabs.map((k) => ({ key: k, label: <span data-testid={`admin-tab-${k}`}>{t(`admin.tab.${k}`)}</span> }))} />
      <Page />
    </div>
  );
}
