import { useState } from 'react';
import { App as AntApp, Button, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { RightDto } from './adminModel';
import ProblemAlert from './ProblemAlert';
import RightGrantModal from './RightGrantModal';
import { useAdminList } from './useAdminList';

/** 窗口权限: grants per window (an item, a category or every item) with their validity; grant and revoke. */
export default function RightsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [window, setWindow] = useState<string | undefined>();
  const rights = useAdminList(() => api.get('/api/admin/rights', undefined, window ? `window=${encodeURIComponent(window)}` : undefined), [window]);
  const units = useAdminList(() => api.get('/api/admin/org-units'));
  const windows = units.rows.filter((u) => u.kind === 'Window');
  const [granting, setGranting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const revoke = async (grant: RightDto) => {
    try {
      await api.post('/api/admin/rights/{id}/revoke', { id: String(grant.id) });
      void message.success(t('admin.rights.revokedOk'));
      setError(null);
      await rights.reload();
    } catch (e) {
      setError(e);
    }
  };

  const state = (g: RightDto) => (g.revokedAtUtc ? <Tag data-state="revoked">{t('admin.rights.revoked')}</Tag>
    : g.inForceToday ? <Tag color="green" data-state="inForce">{t('admin.rights.inForce')}</Tag>
      : <Tag color="orange" data-state="notInForce">{t('admin.rights.notInForce')}</Tag>);

  return (
    <div data-testid="admin-rights">
      <Space style={{ marginBottom: 12 }} wrap>
        <Select allowClear showSearch optionFilterProp="label" style={{ width: 320 }} value={window} onChange={setWindow} data-testid="rights-window"
          placeholder={t('admin.rights.filterWindow')} aria-label={t('admin.rights.filterWindow')}
          options={windows.map((w) => ({ value: w.code, label: `${w.name}（${w.code}）` }))} />
        <Button type="primary" onClick={() => setGranting(true)} data-testid="right-grant">{t('admin.rights.grant')}</Button>
      </Space>
      <ProblemAlert error={error ?? rights.error} />
      <Table<RightDto> rowKey="id" size="small" loading={rights.loading} dataSource={rights.rows} pagination={{ pageSize: 10 }}
        onRow={(g) => ({ 'data-right-id': String(g.id) } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('admin.rights.window'), key: 'window', render: (_, g) => `${g.windowName}（${g.window}）` },
          { title: t('admin.rights.right'), key: 'right', render: (_, g) => t(`admin.rights.kind.${g.right}`) },
          {
            title: t('admin.rights.scope'), key: 'scope',
            render: (_, g) => (g.implementationCode ? t('admin.rights.scopeItem', { code: g.implementationCode })
              : g.category ? t('admin.rights.scopeCategory', { category: g.category }) : t('admin.rights.allItems')),
          },
          { title: t('admin.rights.validity'), key: 'validity', render: (_, g) => `${g.validFrom} ~ ${g.validTo ?? t('admin.rights.openEnded')}` },
          { title: t('admin.rights.state'), key: 'state', render: (_, g) => state(g) },
          { title: t('admin.rights.grantedBy'), dataIndex: 'grantedBy', className: 'care-secondary' },
          {
            title: t('admin.actions'), key: 'actions',
            render: (_, g) => (
              <Popconfirm title={t('admin.rights.revokeConfirm')} onConfirm={() => revoke(g)} okText={t('admin.yes')} cancelText={t('admin.no')}>
                <Button type="link" size="small" danger disabled={!!g.revokedAtUtc} data-testid="right-revoke">{t('admin.rights.revoke')}</Button>
              </Popconfirm>
            ),
          },
        ]} />
      {granting && <RightGrantModal windows={windows} initialWindow={window} onClose={() => setGranting(false)}
        onDone={(w) => (w === window ? void rights.reload() : setWindow(w))} />}
    </div>
  );
}
