import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';

export interface NoticeLine {
  code: string;
  name: string;
  problem: string;
  basis: string;
}

/** 一次性告知 preview: what the notice will list before it is issued (the server writes the document itself). */
export default function NoticePreview({ lines }: { lines: NoticeLine[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Alert type="warning" showIcon title={t('casePage.notice.empty')} />;
  return (
    <Table<NoticeLine> size="small" rowKey="code" dataSource={lines} pagination={false} data-testid="notice-preview" title={() => t('casePage.notice.preview')}
      columns={[
        { title: t('casePage.notice.item'), dataIndex: 'name' },
        { title: t('casePage.notice.problem'), dataIndex: 'problem', render: (v: string) => (v === 'missing' || v === 'faulty' ? t(`casePage.notice.${v}`) : v) },
        { title: t('casePage.notice.basis'), dataIndex: 'basis' },
      ]} />
  );
}
