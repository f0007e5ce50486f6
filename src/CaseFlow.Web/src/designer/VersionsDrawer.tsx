import { useEffect, useState } from 'react';
import { Button, Drawer, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatDateTime } from '../format';
import DiffModal from './DiffModal';
import type { DefinitionDoc } from './types';

export interface VersionRow {
  definitionId: string;
  version: number;
  name: string;
  isPublished: boolean;
  /** Instances still running on this version. */
  runningInstances: number;
  createdAtUtc: string;
  publishedAtUtc?: string | null;
  publishedBy?: string | null;
}

/** Version history: every version with its state; open one, or pick two to compare. */
export default function VersionsDrawer({ open, definitionId, current, onClose, onOpenVersion }: {
  open: boolean;
  definitionId: string;
  current: DefinitionDoc;
  onClose(): void;
  onOpenVersion(version: number): void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<VersionRow[]>([]);
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);

  useEffect(() => {
    if (!open) return;
    api.get('/api/definitions/{definitionId}/versions', { definitionId })
      .then((r) => {
        const list = (r as unknown as VersionRow[]).map((v) => ({ ...v, version: Number(v.version) }));
        setRows(list);
        setPicked(list.slice(-2).map((v) => v.version));
      })
      .catch(() => setRows([]));
  }, [open, definitionId, current.version]);

  const latest = Math.max(0, ...rows.map((r) => r.version));
  return (
    <Drawer open={open} onClose={onClose} title={t('designer.history')} size="large" data-testid="versions">
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" size="small" disabled={picked.length !== 2} data-testid="compare"
          onClick={() => setComparing([Math.min(...picked), Math.max(...picked)] as [number, number])}>
          {t('designer.compare')}
        </Button>
      </Space>
      <Table<VersionRow> size="small" rowKey="version" pagination={false} dataSource={rows}
        rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked((keys as number[]).slice(-2)) }}
        columns={[
          { title: t('definitions.version'), dataIndex: 'version', render: (v: number) => <span data-testid={`version-${v}`}>v{v}</span> },
          {
            title: t('definitions.state'), render: (_, r) => (
              <>
                {r.isPublished ? <Tag color="green">{t('definitions.publishedState')}</Tag> : <Tag>{t('definitions.draft')}</Tag>}
                {r.version === latest && <Tag color="blue">{t('definitions.latest')}</Tag>}
              </>
            ),
          },
          { title: t('definitions.created'), dataIndex: 'createdAtUtc', render: formatDateTime },
          { title: t('definitions.published'), dataIndex: 'publishedAtUtc', render: (v: string | null, r) => (v ? `${formatDateTime(v)} ${r.publishedBy ?? ''}` : '') },
          { title: '', render: (_, r) => <Button size="small" type="link" onClick={() => onOpenVersion(r.version)}>{t('definitions.open')}</Button> },
        ]} />
      {comparing && <DiffModal definitionId={definitionId} versions={comparing} onClose={() => setComparing(null)} />}
    </Drawer>
  );
}
