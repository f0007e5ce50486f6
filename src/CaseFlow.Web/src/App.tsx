import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { useAuth } from './auth/AuthContext';
import SignInPage from './auth/SignInPage';
import AppLayout from './shell/AppLayout';
import HomePage from './pages/HomePage';
import { activeNav, visibleNav } from './shell/navigation';
import { usePath } from './shell/router';

const DefinitionsPage = lazy(() => import('./designer/DefinitionsPage'));
const DesignerPage = lazy(() => import('./designer/DesignerPage'));
const InboxPage = lazy(() => import('./inbox/InboxPage'));
const AdminPage = lazy(() => import('./admin/AdminPage'));
const SupervisionPage = lazy(() => import('./dashboard/SupervisionPage'));
const IncidentsPage = lazy(() => import('./incidents/IncidentsPage'));
const IntakePage = lazy(() => import('./intake/IntakePage'));
const InstancePage = lazy(() => import('./instance/InstancePage'));
const TrackingPage = lazy(() => import('./tracking/TrackingPage'));
const CasePage = lazy(() => import('./case/CasePage'));

export default function App() {
  const { me, loading, roles } = useAuth();
  const path = usePath();
  // 办件查询 is public: routed before the sign-in check.
  if (path.split('?')[0] === '/track') return <Suspense fallback={<Spin style={{ margin: 48 }} />}><TrackingPage /></Suspense>;
  if (loading) return <Spin style={{ margin: 48 }} />;
  if (!me) return <SignInPage />;
  const nav = activeNav(path);
  const allowed = nav && visibleNav(roles).includes(nav);
  const pathname = path.split('?')[0];
  let page;
  if (!allowed || nav.key === 'home') page = <HomePage />;
  else if (nav.key === 'designer') {
    const id = pathname.split('/')[2];
    page = id ? <DesignerPage key={id} definitionId={decodeURIComponent(id)} /> : <DefinitionsPage />;
  } else if (nav.key === 'inbox') page = <InboxPage />;
  else if (nav.key === 'admin') page = <AdminPage pathname={pathname} />;
  else if (nav.key === 'supervision') page = <SupervisionPage />;
  else if (nav.key === 'incidents') page = <IncidentsPage />;
  else if (nav.key === 'intake') page = <IntakePage />;
  // The instance viewer before any /cases/:id route: its path is longer and would be taken for a case.
  else if (nav.key === 'cases' && /^\/cases\/\d+\/workflow$/.test(pathname)) page = <InstancePage key={pathname} caseId={pathname.split('/')[2]} />;
  else if (nav.key === 'cases' && /^\/cases\/\d+$/.test(pathname)) {
    const caseId = pathname.split('/')[2];
    page = <CasePage key={caseId} caseId={caseId} taskId={new URLSearchParams(path.split('?')[1] ?? '').get('task')} />;
  }
  // Any other path under a reachable item (e.g. /cases alone) has no page of its own: the home page, as for a path not allowed.
  else page = <HomePage />;
  return (
    <AppLayout>
      <Suspense fallback={<Spin style={{ margin: 48 }} />}>{page}</Suspense>
    </AppLayout>
  );
}
