/**
 * A small data-loading hook for screens: runs `load` when its dependencies change,
 * drops answers that arrive after a newer load started, and gives `reload`.
 *
 *   const partners = useLoad(() => unwrap(api.GET(...)), [slug]);
 *   if (partners.status === 'error') ... partners.error ...
 */
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { readonly status: 'loading'; readonly data?: T }
  | { readonly status: 'done'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown; readonly data?: T };

export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): Loaded<T> & { reload(): void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `load` reads.
  const run = useCallback(load, deps);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is how `reload` asks for another run.
  useEffect(() => {
    const ticket = ++latest.current;
    setState((previous) =>
      previous.data === undefined
        ? { status: 'loading' }
        : { status: 'loading', data: previous.data },
    );
    run().then(
      (data) => {
        if (ticket === latest.current) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ status: 'error', error });
      },
    );
  }, [run, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
