import { useState } from 'react';
import { Badge, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import LiveListTable from './LiveListTable';
import UrgeModal from './UrgeModal';
import { asNumber } from './kpi';
import { liveListKinds } from './types';
import type { LiveListDto, LiveListKind, LiveRowDto } from './types';
import type { Loaded } from './useLoad';

/** 超期, 预警, 停滞 and 督办单, one tab each with its total. */
export default function LiveLists({ lists }: { lists: Record<LiveListKind, Loaded<LiveListDto>> }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<LiveListKind>('overdue');
  const [urging, setUrging] = useState<LiveRowDto | null>(null);
  return (
    <Card size="small" title={t('supervision.lists')} data-testid="live-lists">
      <Tabs activeKey={tab} onChange={(k) => setTab(k as LiveListKind)}
        items={liveListKinds.map((kind) => ({
          key: kind,
          label: <span data-testid={`list-tab-${kind}`}>{t(`supervision.list.${kind}`)}{' '}
            <Badge count={asNumber(lists[kind].data?.total) ?? 0} showZero color={kind === 'overdue' ? '#cf1322' : kind === 'near-due' ? '#d48806' : '#8c8c8c'} /></span>,
          children: <LiveListTable kind={kind} rows={lists[kind].data?.items ?? []} loading={lists[kind].loading} onUrge={setUrging} />,
        }))} />
      <UrgeModal row={urging} onClose={() => setUrging(null)} />
    </Card>
  );
}
