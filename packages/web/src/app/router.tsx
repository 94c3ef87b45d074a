/**
 * The URL map. `/sign-in` is public; everything else waits for a session
 * (`RequireSession`). A workspace's screens live under `/w/:slug/<screen>` (screens.tsx);
 * `/` opens the last workspace, or explains how to create one.
 *
 * Declarative routes (`<BrowserRouter>` + `useRoutes`) rather than a data router: the
 * screens load their own data (app/use-load.ts), and this keeps ~17 kB (gzip) off the
 * first page. A screen that needs `useBlocker` (unsaved changes) needs a data router:
 * switch App.tsx to `createBrowserRouter(ROUTES)` + `<RouterProvider>`.
 */
import { lazy } from 'react';
import { Navigate, type RouteObject, useRoutes } from 'react-router';
import { RequireSession } from '../session/RequireSession';
import { useCurrentWorkspace } from '../workspace/WorkspacesProvider';
import { HOME_SCREEN, PARTNER_HOME_SCREEN, SCREENS } from './screens';

// Everything but the session gate loads on demand: a visitor who is not signed in
// downloads the sign-in page and nothing of the shell.
const SignInPage = lazy(() => import('../screens/sign-in/SignInPage'));
const AcceptInvitationPage = lazy(
  () => import('../screens/accept-invitation/AcceptInvitationPage'),
);
const HomePage = lazy(() => import('../screens/home/HomePage'));
const AppShell = lazy(() => import('../shell/AppShell'));
const NotFound = lazy(() =>
  import('../components/NotFound').then((m) => ({ default: m.NotFound })),
);

/** A workspace opens on its dashboard; a partner's contact on its portal. */
function WorkspaceHome() {
  const { workspace } = useCurrentWorkspace();
  return (
    <Navigate to={workspace?.role === 'partner' ? PARTNER_HOME_SCREEN : HOME_SCREEN} replace />
  );
}

export const ROUTES: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/accept-invitation', element: <AcceptInvitationPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/', element: <AppShell />, children: [{ index: true, element: <HomePage /> }] },
      {
        path: '/w/:slug',
        element: <AppShell />,
        children: [
          { index: true, element: <WorkspaceHome /> },
          ...SCREENS.map(({ path, Page }) => ({ path, element: <Page /> })),
          ...SCREENS.filter((s) => s.nested).map(({ path, Page }) => ({
            path: `${path}/*`,
            element: <Page />,
          })),
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: '*', element: <AppShell />, children: [{ path: '*', element: <NotFound /> }] },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(ROUTES);
}
