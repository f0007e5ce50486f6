import { useSyncExternalStore } from 'react';

// A small history-API router: the server answers index.html for every app path (see Program.cs).
const listeners = new Set<() => void>();

export function navigate(path: string, replace = false) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function usePath() {
  return useSyncExternalStore(subscribe, () => location.pathname + location.search);
}
