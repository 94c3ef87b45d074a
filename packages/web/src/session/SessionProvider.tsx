/**
 * Who is signed in. On start it asks `GET /api/auth/session` (the cookie decides); sign-in
 * and sign-out go through the API; the CSRF token of the session is handed to the API
 * client. A 401 from any later call means the session ended: the state turns to
 * `signed-out` with reason `expired`, and `RequireSession` sends the user to sign in.
 *
 * The session cookie is HttpOnly, so the page cannot see it; a `signedIn` hint in
 * localStorage says whether asking is worth it. A first visit goes straight to the
 * sign-in page, without a request that can only answer 401 (which the browser would
 * also log as an error in the console).
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { isApiError } from '../api/api-error';
import { api, browserApi, unwrap } from '../api/client';
import type { User } from '../api/types';
import { readPreference, writePreference } from '../app/preferences';

const remember = (signedIn: boolean) => writePreference('signedIn', signedIn ? 'yes' : null);

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly reason?: 'expired' | 'signed-out' }
  | { readonly status: 'signed-in'; readonly user: User }
  /** The session check itself failed (server down): not the same as signed out. */
  | { readonly status: 'error'; readonly error: unknown };

export interface SessionContextValue {
  readonly session: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Asks the server again (after an error). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    if (readPreference('signedIn') !== 'yes') {
      setSession({ status: 'signed-out' });
      return;
    }
    try {
      const answer = await unwrap(api.GET('/api/auth/session'));
      browserApi.setCsrfToken(answer.csrfToken);
      setSession({ status: 'signed-in', user: answer.user });
    } catch (error) {
      browserApi.setCsrfToken(undefined);
      if (isApiError(error) && error.status === 401) remember(false);
      setSession(
        isApiError(error) && error.status === 401
          ? { status: 'signed-out' }
          : { status: 'error', error },
      );
    }
  }, []);

  useEffect(() => {
    void refresh();
    return browserApi.onSessionLost(() => {
      browserApi.setCsrfToken(undefined);
      remember(false);
      setSession({ status: 'signed-out', reason: 'expired' });
    });
  }, [refresh]);

  const signIn = useCallback(async (email: string, password: string) => {
    const answer = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
    browserApi.setCsrfToken(answer.csrfToken);
    remember(true);
    setSession({ status: 'signed-in', user: answer.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/logout'));
    } finally {
      browserApi.setCsrfToken(undefined);
      remember(false);
      setSession({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  const value = useMemo(
    () => ({ session, signIn, signOut, refresh }),
    [session, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}

/** The signed-in user; only for components under `RequireSession`. */
export function useUser(): User {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useUser() outside a signed-in page');
  return session.user;
}
