import { Alert, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { navigate, usePath } from '../shell/router';
import BreakdownChart from './BreakdownChart';
import ExportButtons from './ExportButtons';
import FilterBar from './FilterBar';
import { dashboardUrl, formatFilters, parseFilters } from './filters';
import KpiCards from './KpiCards';
import LiveLists from './LiveLists';
import TimelinessRanking from './TimelinessRanking';
import TrendChart from './TrendChart';
import { useLoad } from './useLoad';

/** 效能监管 (issue 12 point 3; README "Web app" and "Reports (效能监管)"): filters live in the URL, so a view can be shared or reloaded. */
export default function SupervisionPage() {
  const { t } = useTranslation();
  const path = usePath();
  const filters = parseFilters(path.split('?')[1] ?? '');
  const query = formatFilters(filters);
  const rates = useLoad(() => api.get('/api/reports/rates', undefined, query), query);
  const ratings = useLoad(() => api.get('/api/reports/ratings', undefined, query), query);
  const lists = {
    overdue: useLoad(() => api.get('/api/reports/overdue', undefined, query), query),
    'near-due': useLoad(() => api.get('/api/reports/near-due', undefined, query), query),
    stalled: useLoad(() => api.get('/api/reports/stalled', undefined, query), query),
    'supervision-orders': useLoad(() => api.get('/api/reports/supervision-orders', undefined, query), query),
  };
  const error = rates.error ?? lists.overdue.error;
  const period = rates.data?.period;
  return (
    <div style={{ padding: 16 }} data-testid="dashboard">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>{t('supervision.title')}</Typography.Title>
          {period && <Typography.Text type="secondary" data-testid="period">{t('supervision.period', { from: period.from, to: period.to })}</Typography.Text>}
        </Space>
        <ExportButtons filters={filters} />
      </Space>
      <FilterBar filters={filters} onChange={(f) => navigate(dashboardUrl(f), true)} />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
      <div style={{ marginTop: 12 }}>
        <KpiCards rates={rates.data} ratings={ratings.data} lists={{ overdue: lists.overdue.data, 'near-due': lists['near-due'].data, stalled: lists.stalled.data }} />
      </div>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={16}><LiveLists lists={lists} /></Col>
        <Col xs={24} xl={8}><BreakdownChart filters={filters} /></Col>
        <Col xs={24} xl={16}><TrendChart filters={filters} /></Col>
        <Col xs={24} xl={8}><TimelinessRanking filters={filters} /></Col>
      </Row>
    </div>
  );
}
