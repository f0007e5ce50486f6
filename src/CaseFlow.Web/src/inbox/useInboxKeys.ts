import { useEffect, useRef } from 'react';

export interface InboxKeyActions {
  move: (delta: number) => void;
  open: () => void;
  claim: () => void;
  release: () => void;
  transfer: () => void;
  toggle: () => void;
  tab: (index: number) => void;
  search: () => void;
}

function typing(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.ant-modal, .ant-drawer, .ant-select-dropdown, .ant-picker-dropdown');
}

/** The inbox keys: j/k move, Enter opens the case, c claims, r releases, t transfers, x selects, 1–4 switch tabs, / goes to the search box. */
export function useInboxKeys(actions: InboxKeyActions, enabled: boolean) {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const a = ref.current;
      const handled = (() => {
        switch (e.key) {
          case 'j': case 'ArrowDown': a.move(1); return true;
          case 'k': case 'ArrowUp': a.move(-1); return true;
          case 'Enter': a.open(); return true;
          case 'c': a.claim(); return true;
          case 'r': a.release(); return true;
          case 't': a.transfer(); return true;
          case 'x': a.toggle(); return true;
          case '1': case '2': case '3': case '4': a.tab(Number(e.key) - 1); return true;
          case '/': a.search(); return true;
          default: return false;
        }
      })();
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
