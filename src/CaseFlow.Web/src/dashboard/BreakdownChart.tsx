import { useMemo, useState } from 'react';
import { Card, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import Chart from '../charts/Chart';
import type { ChartOption } from '../charts/Chart';
import { formatFilters } from './filters';
import type { DashboardFilters } from './filters';
import { asNumber } from './kpi';
import { dimensions } from './types';
import type { Dimension } from './types';
import { useLoad } from './useLoad';

/** Received and finished cases with the on-time rate, per deciding department, item or region (bars). */
export default function BreakdownChart({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const [dimension, setDimension] = useState<Dimension>('department');
  const query = formatFilters(filters);
  const series = useLoad(() => api.get('/api/reports/rates/by/{dimension}', { dimension }, query), `${dimension}?${query}`);
  const option = useMemo<ChartOption>(() => {
    const points = series.data?.points ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 32, bottom: 64 },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { interval: 0, rotate: points.length > 4 ? 30 : 0 } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { type: 'bar', name: t('supervision.chart.received'), data: points.map((p) => asNumber(p.figures.received) ?? 0) },
        { type: 'bar', name: t('supervision.chart.finished'), data: points.map((p) => asNumber(p.figures.finished) ?? 0) },
        { type: 'line', name: t('supervision.chart.onTime'), yAxisIndex: 1,
          data: points.map((p) => { const r = asNumber(p.figures.committedRate); return r === null ? null : Math.round(r * 1000) / 10; }) },
      ],
    };
  }, [series.data, t]);
  return (
    <Card size="small" title={t('supervision.chart.breakdown')} data-testid="breakdown-chart"
      extra={<Segmented size="small" value={dimension} onChange={(v) => setDimension(v as Dimension)}
        options={dimensions.map((d) => ({ value: d, label: t(`supervision.dimension.${d}`) }))} />}>
      <Chart option={option} height={220} label={t('supervision.chart.breakdown')} />
    </Card>
  );
}
