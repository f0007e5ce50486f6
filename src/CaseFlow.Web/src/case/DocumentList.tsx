import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import type { DocumentDto } from './caseModel';

/** 文书: each document of the case with its print view (HTML the server renders, opened in a new tab). */
export default function DocumentList({ caseId, documents }: { caseId: string; documents: DocumentDto[] }) {
  const { t } = useTranslation();
  return (
    <Table<DocumentDto> size="small" rowKey={(d) => String(d.id)} dataSource={documents} pagination={false} data-testid="case-documents"
      locale={{ emptyText: t('casePage.noDocuments') }}
      columns={[
        { title: t('casePage.document.title'), dataIndex: 'title' },
        { title: t('casePage.document.created'), dataIndex: 'createdAtUtc', render: (v: string) => formatDateTime(v) },
        { title: t('casePage.document.sha'), dataIndex: 'sha256', ellipsis: true, render: (v: string) => <code>{v.slice(0, 16)}…</code> },
        {
          title: t('casePage.document.print'), key: 'print', render: (_, d) => (
            <a href={`/api/cases/${caseId}/documents/${d.id}/print`} target="_blank" rel="noreferrer" data-testid={`print-${d.kind}`}>{t('casePage.document.print')}</a>
          ),
        },
      ]} />
  );
}
