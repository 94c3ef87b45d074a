/**
 * The frame of every signed-in page: skip link, header, the workspace navigation (when a
 * workspace is open) and the main area, where the current screen renders inside an
 * error boundary (reset on each navigation) and a Suspense fallback (while its code loads).
 */
import { App as AntApp, Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { readPreference, writePreference } from '../app/preferences';
import { EmptyState } from '../components/EmptyState';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LinkButton } from '../components/LinkButton';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n/I18nProvider';
import { rememberWorkspace, useWorkspaces } from '../workspace/WorkspacesProvider';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

export default function AppShell() {
  const { t } = useI18n();
  const { slug } = useParams();
  const location = useLocation();
  const { workspaces } = useWorkspaces();
  const [collapsed, setCollapsed] = useState(() => readPreference('navCollapsed') === 'true');
  const known = slug === undefined || workspaces.data?.some((w) => w.slug === slug) !== false;

  useEffect(() => {
    if (slug !== undefined && workspaces.data?.some((w) => w.slug === slug))
      rememberWorkspace(slug);
  }, [slug, workspaces.data]);

  const toggle = () => {
    writePreference('navCollapsed', String(!collapsed));
    setCollapsed(!collapsed);
  };

  return (
    // Ant Design's App gives the screens `App.useApp()` (message, notification, modal)
    // in the theme; it lives here, not in ThemeProvider, to keep them off the first page.
    <AntApp component={false}>
      <Layout style={{ minHeight: '100vh' }}>
        <a className="pf-skip-link" href="#main">
          {t('shell.skipToContent')}
        </a>
        <AppHeader
          slug={slug}
          navCollapsed={collapsed}
          onToggleNav={slug === undefined ? undefined : toggle}
        />
        <Layout>
          {slug === undefined || !known ? null : (
            <Layout.Sider
              id="pf-navigation"
              width={220}
              collapsedWidth={64}
              collapsed={collapsed}
              trigger={null}
            >
              <NavMenu slug={slug} collapsed={collapsed} />
            </Layout.Sider>
          )}
          <Layout.Content id="main" tabIndex={-1} style={{ padding: 24, outline: 'none' }}>
            {known ? (
              <ErrorBoundary key={location.pathname}>
                <Suspense fallback={<PageLoading />}>
                  <Outlet />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <EmptyState
                title={t('workspace.notFound', { slug: slug ?? '' })}
                actions={
                  <LinkButton type="primary" to="/">
                    {t('error.backHome')}
                  </LinkButton>
                }
              />
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}
