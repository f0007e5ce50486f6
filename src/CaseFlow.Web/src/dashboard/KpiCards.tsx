import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFigure, formatShare, rectificationShares } from './kpi';
import type { LiveListDto, RateReportDto, RatingReportDto } from './types';

interface Props {
  rates: RateReportDto | null;
  ratings: RatingReportDto | null;
  lists: Record<'overdue' | 'near-due' | 'stalled', LiveListDto | null>;
}

/** The headline figures: live counts now, and the period's rates (README "Rates over a period"). */
export default function KpiCards({ rates, ratings, lists }: Props) {
  const { t } = useTranslation();
  const totals = rates?.totals;
  const cards: { key: string; value: string; color?: string }[] = [
    { key: 'onTime', value: formatShare(totals?.committedRate) },
    { key: 'overdue', value: formatFigure(lists.overdue?.total), color: '#cf1322' },
    { key: 'nearDue', value: formatFigure(lists['near-due']?.total), color: '#d48806' },
    { key: 'stalled', value: formatFigure(lists.stalled?.total) },
    { key: 'timeCut', value: formatShare(totals?.timeCutMean) },
    { key: 'immediate', value: formatShare(totals?.immediateShare) },
    { key: 'trips', value: formatFigure(totals?.tripsPerCase) },
    { key: 'satisfaction', value: formatShare(ratings?.figures.satisfactionShare) },
    ...rectificationShares(ratings?.figures).map(([key, share]) => ({ key, value: formatShare(share) })),
  ];
  return (
    <Row gutter={[12, 12]} data-testid="kpi-cards">
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={6} xl={3}>
          <Card size="small" data-testid={`kpi-${c.key}`}>
            <Statistic title={t(`supervision.kpi.${c.key}`, c.key)} value={c.value} styles={{ content: { color: c.color, fontSize: 22 } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
