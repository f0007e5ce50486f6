import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider, type ThemeConfig } from 'antd';
import { careTheme } from './careTheme';
import './care.css';
import './contrast.css';

const storageKey = 'caseflow.careMode';

/** Off: no token of its own, the base theme above it applies. */
const inheritTheme: ThemeConfig = {};

interface CareMode {
  on: boolean;
  toggle(): void;
}

const CareModeContext = createContext<CareMode>({ on: false, toggle: () => {} });

function saved() {
  return typeof localStorage !== 'undefined' && localStorage.getItem(storageKey) === 'on';
}

/** 关怀模式 (适老化 and 无障碍, GB/T 37668-2019): kept per browser; larger theme, and `care-mode` on <body> for a simpler layout. */
export function CareModeProvider({ children }: { children: ReactNode }) {
  const [on, setOn] = useState(saved);
  useEffect(() => {
    document.body.classList.toggle('care-mode', on);
    localStorage.setItem(storageKey, on ? 'on' : 'off');
  }, [on]);
  const toggle = useCallback(() => setOn((v) => !v), []);
  const value = useMemo(() => ({ on, toggle }), [on, toggle]);
  return (
    <CareModeContext.Provider value={value}>
      {/* Always the same tree: switching must not remount the page (a tracking result or a half-filled form would be lost);
          antd wraps its children in one more provider only when given a theme, so off is an empty theme, not none. */}
      <ConfigProvider theme={on ? careTheme : inheritTheme}>{children}</ConfigProvider>
    </CareModeContext.Provider>
  );
}

export function useCareMode() {
  return useContext(CareModeContext);
}
