import { useState } from 'react';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './filters';
import type { DashboardFilters } from './filters';
import { exportReports } from './types';

/** Any report as CSV or XLSX with the page's filters (README "Exports"): plain links, so the browser downloads the file. */
export default function ExportButtons({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<string>('overdue');
  return (
    <Space data-testid="export">
      <Select style={{ width: 168 }} value={report} onChange={setReport} aria-label={t('supervision.export.report')}
        options={exportReports.map((r) => ({ value: r, label: t(`supervision.export.reports.${r}`) }))} />
      <Button href={exportUrl(report, 'xlsx', filters)} download data-testid="export-xlsx">{t('supervision.export.xlsx')}</Button>
      <Button href={exportUrl(report, 'csv', filters)} download data-testid="export-csv">{t('supervision.export.csv')}</Button>
    </Space>
  );
}
