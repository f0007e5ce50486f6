import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, clearCsrf, onSessionExpired, refreshCsrf } from '../api/client';
import type { components } from '../api/schema';

export type Me = components['schemas']['MeResponse'];
export type SignInNotice = 'expired' | 'signedOut' | null;

interface AuthState {
  me: Me | null;
  loading: boolean;
  notice: SignInNotice;
  roles: string[];
  signIn(userName: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<SignInNotice>(null);

  const load = useCallback(async () => {
    const current = await api.get('/api/auth/me');
    await refreshCsrf();
    setMe(current);
  }, []);

  useEffect(() => {
    onSessionExpired(() => {
      clearCsrf();
      setMe((was) => {
        if (was) setNotice('expired');
        return null;
      });
    });
    load().catch(() => setMe(null)).finally(() => setLoading(false));
  }, [load]);

  const signIn = useCallback(async (userName: string, password: string) => {
    await api.post('/api/auth/login', undefined, { userName, password, useCookies: true });
    setNotice(null);
    await load();
  }, [load]);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    clearCsrf();
    setMe(null);
    setNotice('signedOut');
  }, []);

  const value = useMemo<AuthState>(() => ({
    me, loading, notice, signIn, signOut,
    roles: [...new Set((me?.memberships ?? []).map((m) => m.role))],
  }), [me, loading, notice, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
