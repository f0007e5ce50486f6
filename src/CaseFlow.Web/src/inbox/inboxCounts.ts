import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';

/** How often the counts are asked for: new work shows within this time (a short poll, issue 12). */
export const pollMs = 15_000;

export interface InboxCounts {
  mine: number;
  queues: number;
}

let counts: InboxCounts | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let users = 0;

/** Asks the server for the totals of my tasks and my queues (one row each: only `total` is read). */
export async function refreshCounts() {
  try {
    const [mine, queues] = await Promise.all([
      api.get('/api/tasks/mine', undefined, 'pageSize=1'),
      api.get('/api/tasks/queues', undefined, 'pageSize=1'),
    ]);
    const next = { mine: Number(mine.total), queues: Number(queues.total) };
    if (counts?.mine === next.mine && counts?.queues === next.queues) return;
    counts = next;
    listeners.forEach((l) => l());
  } catch {
    // A failed poll keeps the last counts; the next one tries again.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The inbox counts, polled while some component (the menu badge, the page) uses them. */
export function useInboxCounts(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    users += 1;
    if (users === 1) {
      void refreshCounts();
      timer = setInterval(() => void refreshCounts(), pollMs);
    }
    return () => {
      users -= 1;
      if (users === 0 && timer) {
        clearInterval(timer);
        timer = null;
        counts = null;
      }
    };
  }, [enabled]);
  return useSyncExternalStore(subscribe, () => counts);
}
