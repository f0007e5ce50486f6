import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The inbox, approval, supervision and admin pages are still to come; the shell already routes to them by role. */
export default function PendingPage({ page }: { page: string }) {
  const { t } = useTranslation();
  return <Result status="info" title={t(`shell.nav.${page}`)} subTitle={t('home.pending')} />;
}
