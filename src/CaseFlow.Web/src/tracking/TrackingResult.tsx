import { Descriptions, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { Tracking } from './trackingApi';

/** Status, deadlines, delivery and the timeline of one case, as the applicant may see them. */
export default function TrackingResult({ data }: { data: Tracking }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {data.itemName}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered data-testid="tracking-facts">
        <Descriptions.Item label={t('tracking.caseNo')}>{data.caseNo}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.status')}>
          <Tag color="blue">{t(`inbox.status.${data.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('tracking.outcome')}>{t(`tracking.outcomes.${data.outcome}`)}</Descriptions.Item>
        <Descriptions.Item label={t('tracking.received')}>{formatDateTime(data.receivedAtUtc)}</Descriptions.Item>
        {data.acceptedAtUtc && <Descriptions.Item label={t('tracking.accepted')}>{formatDateTime(data.acceptedAtUtc)}</Descriptions.Item>}
        {data.dueDate && <Descriptions.Item label={t('tracking.dueDate')}>{data.dueDate}</Descriptions.Item>}
        {data.statutoryDueDate && <Descriptions.Item label={t('tracking.statutoryDueDate')}>{data.statutoryDueDate}</Descriptions.Item>}
        {data.decidedAtUtc && <Descriptions.Item label={t('tracking.decided')}>{formatDateTime(data.decidedAtUtc)}</Descriptions.Item>}
        <Descriptions.Item label={t('tracking.delivery')}>
          {data.waybill ? `${t('tracking.waybill')} ${data.waybill}` : ''}
          {data.deliveredAtUtc ? ` · ${t('tracking.delivered')} ${formatDateTime(data.deliveredAtUtc)}` : data.waybill ? '' : t('tracking.notDelivered')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('tracking.timeline')}
      </Typography.Title>
      <Timeline
        data-testid="tracking-timeline"
        items={data.timeline.map((e) => ({ key: `${e.atUtc}-${e.summary}`, children: <><div>{e.summary}</div><Typography.Text type="secondary">{formatDateTime(e.atUtc)}</Typography.Text></> }))}
      />
    </>
  );
}
