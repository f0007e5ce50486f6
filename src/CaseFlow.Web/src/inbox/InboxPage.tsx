import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Badge, Button, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { navigate } from '../shell/router';
import { refreshCounts, useInboxCounts } from './inboxCounts';
import type { InboxFilters, InboxTab, TaskDto } from './inboxModel';
import { casePath, inboxTabs } from './inboxModel';
import InboxFilterBar from './InboxFilterBar';
import InboxTable, { selectableTabs } from './InboxTable';
import SavedFilterBar from './SavedFilterBar';
import TransferModal from './TransferModal';
import { useInboxKeys } from './useInboxKeys';
import { useInboxList } from './useInboxList';

/** 待办: my tasks, the queues I may claim from, what I completed and tasks delegated to me (issue 12 point 1; README "Web app"). */
export default function InboxPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { me } = useAuth();
  const [tab, setTab] = useState<InboxTab>('mine');
  const [filters, setFilters] = useState<InboxFilters>({});
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [transferring, setTransferring] = useState<TaskDto[] | null>(null);
  const list = useInboxList(tab, filters);
  const counts = useInboxCounts(true);

  // New work (the polled counts changed): the list is fetched again.
  useEffect(() => {
    if (counts) void list.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [counts?.mine, counts?.queues]);

  useEffect(() => setSelected([]), [tab, filters]);
  const index = list.rows.findIndex((r) => String(r.id) === activeId);
  const active = index >= 0 ? list.rows[index] : null;
  const ticked = list.rows.filter((r) => selected.includes(String(r.id)));

  const act = async (tasks: TaskDto[], kind: 'claim' | 'release') => {
    const results = await Promise.allSettled(tasks.map((task) => (kind === 'claim'
      ? api.post('/api/tasks/{id}/claim', { id: String(task.id) })
      : api.post('/api/tasks/{id}/release', { id: String(task.id) }))));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    const done = results.length - failed.length;
    if (done > 0) void message.success(t(kind === 'claim' ? 'inbox.claimed' : 'inbox.released', { count: done }));
    if (failed.length > 0) void message.error(`${t('inbox.failed', { count: failed.length })}${String(failed[0].reason?.message ?? '')}`);
    setSelected([]);
    await Promise.all([list.reload(), refreshCounts()]);
  };

  const transferred = async (moved: number, failure: string | null) => {
    setTransferring(null);
    if (moved > 0) void message.success(t('inbox.transfer.done', { count: moved }));
    if (failure !== null) void message.error(`${t('inbox.failed', { count: 1 })}${failure}`);
    setSelected([]);
    await Promise.all([list.reload(), refreshCounts()]);
  };

  const open = (task: TaskDto) => navigate(casePath(task));
  const mayTransfer = (task: TaskDto | null) => !!task && tab !== 'queues' && tab !== 'done' && (task.status === 'Claimed' || task.status === 'Open');

  useInboxKeys({
    move: (delta) => {
      if (list.rows.length === 0) return;
      const next = Math.min(list.rows.length - 1, Math.max(0, (index < 0 ? (delta > 0 ? -1 : 0) : index) + delta));
      setActiveId(String(list.rows[next].id));
      document.querySelector(`[data-task-id="${list.rows[next].id}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    open: () => active && open(active),
    claim: () => active?.status === 'Open' && void act([active], 'claim'),
    release: () => active?.status === 'Claimed' && tab !== 'queues' && tab !== 'done' && void act([active], 'release'),
    transfer: () => {
      if (ticked.length > 0 && tab === 'mine') setTransferring(ticked);
      else if (mayTransfer(active)) setTransferring([active!]);
    },
    toggle: () => selectableTabs.includes(tab) && active && setSelected((s) => (s.includes(String(active.id)) ? s.filter((x) => x !== String(active.id)) : [...s, String(active.id)])),
    tab: (i) => inboxTabs[i] && setTab(inboxTabs[i]),
    search: () => document.querySelector<HTMLInputElement>('[data-testid="inbox-search"] input, input[data-testid="inbox-search"]')?.focus(),
  }, !transferring);

  return (
    <div style={{ padding: 16 }} data-testid="inbox">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('inbox.title')}</Typography.Title>
        {me && <SavedFilterBar key={me.userName} userName={me.userName} filters={filters} onApply={setFilters} />}
      </Space>
      <InboxFilterBar filters={filters} onChange={setFilters} />
      <Tabs activeKey={tab} onChange={(k) => setTab(k as InboxTab)} style={{ marginTop: 8 }} data-testid="inbox-tabs"
        items={inboxTabs.map((k) => ({ key: k, label: <span data-testid={`tab-${k}`}>{t(`inbox.tab.${k}`)} <Badge count={list.totals[k]} showZero overflowCount={999} color={k === 'queues' ? '#1677ff' : '#595959'} /></span> }))} />
      {/* The bulk acts sit beside the tabs, not in the tab list: a tablist holds tabs only (axe aria-required-children). */}
      <div style={{ marginBottom: 8 }}>
        {(tab === 'queues' && (
          <Button type="primary" disabled={selected.length === 0} data-testid="bulk-claim" onClick={() => void act(ticked, 'claim')}>
            {t('inbox.bulkClaim', { count: selected.length })}
          </Button>
        )) || (tab === 'mine' && (
          <Button disabled={selected.length === 0} data-testid="bulk-transfer" onClick={() => setTransferring(ticked)}>
            {t('inbox.transfer.bulk', { count: selected.length })}
          </Button>
        ))}
      </div>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 8 }} />}
      <InboxTable tab={tab} rows={list.rows} loading={list.loading} activeId={activeId} selected={selected} onSelect={setSelected}
        onActivate={setActiveId} onOpen={open} onClaim={(task) => void act([task], 'claim')} onRelease={(task) => void act([task], 'release')}
        onTransfer={(task) => setTransferring([task])} />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="inbox-keys">{t('inbox.keys')}</Typography.Text>
      {transferring && <TransferModal tasks={transferring} onClose={() => setTransferring(null)} onDone={(n, f) => void transferred(n, f)} />}
    </div>
  );
}
