import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import { careTheme } from './careTheme';
import './care.css';
import './contrast.css';

const storageKey = 'caseflow.careMode';

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
      {on ? <ConfigProvider theme={careTheme}>{children}</ConfigProvider> : children}
    </CareModeContext.Provider>
  );
}

export function useCareMode() {
  return useContext(CareModeContext);
}
