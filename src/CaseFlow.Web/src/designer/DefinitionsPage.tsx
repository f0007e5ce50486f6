import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatDateTime } from '../format';
import { navigate } from '../shell/router';
import type { VersionRow } from './VersionsDrawer';
import ElsaImportButton from './ElsaImportButton';

/** Every definition's latest version with its state; a row opens its versions, a click opens the designer. */
export default function DefinitionsPage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<VersionRow[]>([]);
  const [versions, setVersions] = useState<Record<string, VersionRow[]>>({});
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    api.get('/api/definitions').then((r) => setRows(r as unknown as VersionRow[])).catch(() => setRows([]));
  }, []);

  async function expand(id: string) {
    const list = await api.get('/api/definitions/{definitionId}/versions', { definitionId: id });
    setVersions((v) => ({ ...v, [id]: list as unknown as VersionRow[] }));
  }

  const state = (r: VersionRow, latest: boolean) => (
    <>
      {r.isPublished ? <Tag color="green">{t('definitions.publishedState')}</Tag> : <Tag>{t('definitions.draft')}</Tag>}
      {latest && <Tag color="blue">{t('definitions.latest')}</Tag>}
    </>
  );

  return (
    <div style={{ padding: 16 }}>
      <div style={{ display: 'flex', alignItems: 'center', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>{t('definitions.title')}</Typography.Title>
        <ElsaImportButton />
        <Button type="primary" onClick={() => setCreating(true)} data-testid="new-definition">{t('definitions.newDefinition')}</Button>
      </div>
      <Table<VersionRow> rowKey="definitionId" size="small" dataSource={rows} pagination={false} data-testid="definitions"
        expandable={{
          onExpand: (open, r) => { if (open) void expand(r.definitionId); },
          expandedRowRender: (r) => (
            <Table<VersionRow> rowKey="version" size="small" pagination={false} dataSource={versions[r.definitionId] ?? []}
              columns={[
                { title: t('definitions.version'), dataIndex: 'version', render: (v) => `v${v}` },
                { title: t('definitions.state'), render: (_, v) => state(v, v.version === r.version) },
                { title: t('definitions.running'), dataIndex: 'runningInstances' },
                { title: t('definitions.created'), dataIndex: 'createdAtUtc', render: formatDateTime },
                { title: t('definitions.published'), dataIndex: 'publishedAtUtc', render: (x: string | null, v) => (x ? `${formatDateTime(x)} ${v.publishedBy ?? ''}` : '') },
              ]} />
          ),
        }}
        columns={[
          { title: t('definitions.id'), dataIndex: 'definitionId', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
          { title: t('definitions.name'), dataIndex: 'name' },
          { title: t('definitions.version'), dataIndex: 'version', render: (v) => `v${v}` },
          { title: t('definitions.state'), render: (_, r) => state(r, true) },
          { title: t('definitions.running'), dataIndex: 'runningInstances' },
          { title: t('definitions.created'), dataIndex: 'createdAtUtc', render: formatDateTime },
          { title: t('definitions.published'), dataIndex: 'publishedAtUtc', render: (x: string | null) => formatDateTime(x) },
          {
            title: '', render: (_, r) => (
              <Button size="small" type="link" data-testid={`open-${r.definitionId}`} onClick={() => navigate(`/designer/${encodeURIComponent(r.definitionId)}`)}>
                {t('definitions.open')}
              </Button>
            ),
          },
        ]} />
      <Modal open={creating} title={t('definitions.newDefinition')} onCancel={() => setCreating(false)} footer={null} destroyOnHidden>
        <Form layout="vertical" onFinish={(v: { id: string; name: string }) => navigate(`/designer/${encodeURIComponent(v.id)}?name=${encodeURIComponent(v.name)}`)}>
          <Form.Item name="id" label={t('definitions.newId')} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,64}$/ }]}><Input data-testid="new-id" /></Form.Item>
          <Form.Item name="name" label={t('definitions.newName')} rules={[{ required: true }]}><Input data-testid="new-name" /></Form.Item>
          <Button type="primary" htmlType="submit" data-testid="create">{t('definitions.newDefinition')}</Button>
        </Form>
      </Modal>
    </div>
  );
}
