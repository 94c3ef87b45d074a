/**
 * Catches a render error below it and shows what happened with a way out, instead of a
 * blank page. The app has one around everything, and the shell one around each screen,
 * keyed by the URL, so moving to another page clears it. The panel itself loads only
 * when needed (it is never part of the first page).
 */
import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from 'react';

const LazyErrorPanel = lazy(() => import('./ErrorPanel'));

/** The error panel, loaded on first use. */
export function ErrorPanel(props: { readonly error: unknown; readonly onRetry?: () => void }) {
  return (
    <Suspense fallback={null}>
      <LazyErrorPanel {...props} />
    </Suspense>
  );
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('a screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ErrorPanel error={this.state.error} /> : this.props.children;
  }
}
