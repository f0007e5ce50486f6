import { useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import Chart from '../charts/Chart';
import type { ChartOption } from '../charts/Chart';
import { formatFilters } from './filters';
import type { DashboardFilters } from './filters';
import { asNumber } from './kpi';
import { useLoad } from './useLoad';

/** The period's figures day by day (/api/reports/rates/daily): received and finished cases (lines). */
export default function TrendChart({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const query = formatFilters(filters);
  const series = useLoad(() => api.get('/api/reports/rates/daily', undefined, query), query);
  const option = useMemo<ChartOption>(() => {
    const points = series.data?.points ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: t('supervision.chart.received'), data: points.map((p) => asNumber(p.figures.received) ?? 0) },
        { type: 'line', name: t('supervision.chart.finished'), data: points.map((p) => asNumber(p.figures.finished) ?? 0) },
      ],
    };
  }, [series.data, t]);
  return (
    <Card size="small" title={t('supervision.chart.trend')} data-testid="trend-chart">
      <Chart option={option} height={220} label={t('supervision.chart.trend')} />
    </Card>
  );
}
