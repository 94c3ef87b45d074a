/**
 * The gate of every signed-in page: waits for the session check, sends a signed-out
 * visitor to sign in (coming back here afterwards), and loads the user's workspaces for
 * the pages below.
 */
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorPanel } from '../components/ErrorBoundary';
import { PageLoading } from '../components/PageLoading';
import { WorkspacesProvider } from '../workspace/WorkspacesProvider';
import { useSession } from './SessionProvider';

export function RequireSession() {
  const { session, refresh } = useSession();
  const location = useLocation();
  switch (session.status) {
    case 'loading':
      return <PageLoading />;
    case 'error':
      return <ErrorPanel error={session.error} onRetry={() => void refresh()} />;
    case 'signed-out': {
      // After "Sign out" the next person starts afresh; otherwise come back here after.
      const next = `${location.pathname}${location.search}`;
      const query =
        next === '/' || session.reason === 'signed-out' ? '' : `?next=${encodeURIComponent(next)}`;
      return <Navigate to={`/sign-in${query}`} replace />;
    }
    case 'signed-in':
      return (
        <WorkspacesProvider>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </WorkspacesProvider>
      );
  }
}

/** A `next` parameter is only followed inside the app (never to another site). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
