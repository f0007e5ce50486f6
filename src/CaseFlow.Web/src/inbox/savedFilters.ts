import type { InboxFilters } from './inboxModel';
import { filtersToQuery, queryToFilters } from './inboxModel';

/** A named filter a user saved; kept in this browser's localStorage under the user name (not on the server). */
export interface SavedFilter {
  name: string;
  query: string;
}

export function storageKey(userName: string) {
  return `caseflow.inbox.filters.${userName}`;
}

export function loadSavedFilters(storage: Pick<Storage, 'getItem'>, userName: string): SavedFilter[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(userName)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((f): f is SavedFilter => typeof f?.name === 'string' && typeof f?.query === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces by name) a filter and returns the new list. */
export function saveFilter(storage: Pick<Storage, 'getItem' | 'setItem'>, userName: string, name: string, filters: InboxFilters): SavedFilter[] {
  const list = loadSavedFilters(storage, userName).filter((f) => f.name !== name);
  list.push({ name, query: filtersToQuery(filters) });
  storage.setItem(storageKey(userName), JSON.stringify(list));
  return list;
}

export function removeFilter(storage: Pick<Storage, 'getItem' | 'setItem'>, userName: string, name: string): SavedFilter[] {
  const list = loadSavedFilters(storage, userName).filter((f) => f.name !== name);
  storage.setItem(storageKey(userName), JSON.stringify(list));
  return list;
}

export function savedToFilters(saved: SavedFilter): InboxFilters {
  return queryToFilters(saved.query);
}
