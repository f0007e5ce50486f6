import { useState } from 'react';
import { Alert, Button, Card, Layout, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { CareModeSwitch } from '../care';
import { switchLanguage } from '../i18n';
import RatingForm from './RatingForm';
import TrackingResult from './TrackingResult';
import TrackingSearch, { type SearchValues } from './TrackingSearch';
import { track, type Tracking } from './trackingApi';

/** 办件查询 (public, no sign-in): case number + phone → progress, deadlines, delivery, and the rating once finished. */
export default function TrackingPage() {
  const { t } = useTranslation();
  const initialCaseNo = new URLSearchParams(location.search).get('caseNo') ?? '';
  const [query, setQuery] = useState<SearchValues | null>(null);
  const [data, setData] = useState<Tracking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [thanks, setThanks] = useState(false);

  const search = async (v: SearchValues) => {
    setLoading(true);
    setError(null);
    setData(null);
    setThanks(false);
    try {
      setData(await track(v.caseNo, v.phone));
      setQuery(v);
    } catch (e) {
      const status = e instanceof ApiError ? e.problem.status : 0;
      setError(status === 404 || status === 400 ? t('tracking.notFound') : status === 429 ? t('tracking.tooMany') : t('tracking.failed'));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Layout style={{ minHeight: '100%', background: '#f5f7fa' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, background: '#1f4e8c', paddingInline: 16 }}>
        <Typography.Text style={{ color: '#fff', fontSize: 18, fontWeight: 600, flex: 1 }}>{t('tracking.title')}</Typography.Text>
        <CareModeSwitch />
        <Button size="small" onClick={switchLanguage}>
          {t('shell.language')}
        </Button>
      </Layout.Header>
      <Layout.Content style={{ width: '100%', maxWidth: 640, margin: '0 auto', padding: 16 }}>
        <main>
          <Card style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('tracking.subtitle')}</Typography.Paragraph>
            <TrackingSearch initialCaseNo={initialCaseNo} loading={loading} onSearch={search} />
          </Card>
          {error && <Alert type="error" showIcon message={error} data-testid="tracking-error" style={{ marginBottom: 16 }} />}
          {data && query && (
            <Card style={{ marginBottom: 16 }}>
              <TrackingResult data={data} />
            </Card>
          )}
          {data && query && data.finished && (
            <Card title={t('tracking.rate.title')}>
              {thanks ? (
                <Result status="success" title={t('tracking.rate.thanks')} />
              ) : data.rated ? (
                <Typography.Paragraph>{t('tracking.rate.rated')}</Typography.Paragraph>
              ) : (
                <RatingForm caseNo={data.caseNo} phone={query.phone} onRated={() => setThanks(true)} />
              )}
            </Card>
          )}
        </main>
      </Layout.Content>
    </Layout>
  );
}
