import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { levelColor } from '../inbox/inboxModel';
import type { CaseDto } from './caseModel';

/** 办件编号, item, status and the applicant (masked by the server for anyone but admins). */
export default function CaseHeader({ value }: { value: CaseDto }) {
  const { t } = useTranslation();
  return (
    <div data-testid="case-header">
      <Space align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-no">{value.caseNo}</Typography.Title>
        <Tag color="blue" data-testid="case-status">{t(`inbox.status.${value.status}`)}</Tag>
        {value.level && <Tag color={levelColor(value.level)}>{t(`inbox.level.${value.level}`)}</Tag>}
      </Space>
      <Descriptions size="small" column={4} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('casePage.item')}>{value.itemName}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.applicant')}>{value.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.idNumber')}>{value.applicantIdNumber}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.phone')}>{value.applicantPhone}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.received')}>{formatDateTime(value.receivedAtUtc)}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.trips')}>{String(value.trips ?? 0)}</Descriptions.Item>
        <Descriptions.Item label={t('casePage.rounds')}>{String(value.supplementRounds ?? 0)}</Descriptions.Item>
        {value.decisionBasis && <Descriptions.Item label={t('casePage.decisionBasis')}>{value.decisionBasis}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}
