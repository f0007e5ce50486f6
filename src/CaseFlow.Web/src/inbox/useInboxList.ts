import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { DelegationDto, InboxFilters, InboxTab, TaskDto } from './inboxModel';
import { delegatedTasks, filtersToQuery } from './inboxModel';

const pageSize = 200;

export interface InboxList {
  rows: TaskDto[];
  totals: Record<InboxTab, number>;
  loading: boolean;
  error: string | null;
  reload: () => Promise<void>;
}

/** The rows of the tab under the filters, with the totals of all four tabs under the same filters. */
export function useInboxList(tab: InboxTab, filters: InboxFilters): InboxList {
  const [state, setState] = useState<Omit<InboxList, 'reload'>>({ rows: [], totals: { mine: 0, queues: 0, done: 0, delegated: 0 }, loading: true, error: null });
  const query = filtersToQuery(filters, { pageSize });

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    try {
      const [mine, queues, done, delegations] = await Promise.all([
        api.get('/api/tasks/mine', undefined, query),
        api.get('/api/tasks/queues', undefined, query),
        api.get('/api/tasks/done', undefined, query),
        api.get('/api/tasks/delegations') as Promise<DelegationDto[]>,
      ]);
      const delegated = delegatedTasks(mine.items, delegations, new Date());
      const rows = { mine: mine.items, queues: queues.items, done: done.items, delegated }[tab];
      setState({ rows, totals: { mine: Number(mine.total), queues: Number(queues.total), done: Number(done.total), delegated: delegated.length }, loading: false, error: null });
    } catch (e) {
      setState((s) => ({ ...s, loading: false, error: e instanceof Error ? e.message : String(e) }));
    }
  }, [tab, query]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
