/**
 * The providers, outermost first: language → theme (Ant Design's texts follow the
 * language) → session → routes, with a last-resort error boundary and the loading state
 * shown while a page's code arrives.
 */
import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageLoading } from '../components/PageLoading';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionProvider } from '../session/SessionProvider';
import { ThemeProvider } from '../theme/ThemeProvider';
import { AppRoutes } from './router';

export function App() {
  return (
    <I18nProvider>
      <ThemeProvider>
        <ErrorBoundary>
          <SessionProvider>
            <BrowserRouter>
              <Suspense fallback={<PageLoading />}>
                <AppRoutes />
              </Suspense>
            </BrowserRouter>
          </SessionProvider>
        </ErrorBoundary>
      </ThemeProvider>
    </I18nProvider>
  );
}
