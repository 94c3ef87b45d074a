/**
 * The partner list, loaded 500 at a time as the table scrolls: the first page when the
 * query changes, the next one when `loadMore` is called near the bottom. Answers that
 * arrive after the query changed are dropped, so a fast typist never sees stale rows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { PartnerKind, PartnerStatus } from './lifecycle';
import type { PartnerView as Partner } from './views';

export const PAGE_SIZE = 500;

export type SortKey = 'name' | 'id' | 'status' | 'kind' | 'updatedAt';
export type Sort = SortKey | `-${SortKey}`;

export interface PartnerQuery {
  readonly q: string;
  readonly kind: readonly PartnerKind[];
  readonly status: readonly PartnerStatus[];
  readonly domain: string;
  readonly offer: string;
  readonly sort: Sort;
}

export const EMPTY_QUERY: PartnerQuery = {
  q: '',
  kind: [],
  status: [],
  domain: '',
  offer: '',
  sort: 'name',
};

export const isFiltered = (query: PartnerQuery): boolean =>
  query.q !== '' ||
  query.kind.length > 0 ||
  query.status.length > 0 ||
  query.domain !== '' ||
  query.offer !== '';

interface State {
  readonly items: readonly Partner[];
  readonly total: number | undefined;
  readonly loading: boolean;
  readonly error: unknown;
}

export function usePartnerPages(slug: string, query: PartnerQuery) {
  const [state, setState] = useState<State>({
    items: [],
    total: undefined,
    loading: true,
    error: undefined,
  });
  const generation = useRef(0);
  const busy = useRef(false);
  const [round, setRound] = useState(0);

  const fetchPage = useCallback(
    (offset: number) =>
      unwrap(
        api.GET('/api/workspaces/{slug}/partners', {
          params: {
            path: { slug },
            query: {
              limit: PAGE_SIZE,
              offset,
              sort: query.sort,
              ...(query.q.trim() === '' ? {} : { q: query.q.trim() }),
              ...(query.kind.length === 0 ? {} : { kind: [...query.kind] }),
              ...(query.status.length === 0 ? {} : { status: [...query.status] }),
              ...(query.domain.trim() === '' ? {} : { domain: query.domain.trim() }),
              ...(query.offer.trim() === '' ? {} : { offer: query.offer.trim() }),
            },
          },
        }),
      ),
    [slug, query],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for a fresh first page.
  useEffect(() => {
    const ticket = ++generation.current;
    busy.current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    fetchPage(0).then(
      (page) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setState({ items: page.items, total: page.total, loading: false, error: undefined });
      },
      (error: unknown) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setState((s) => ({ ...s, loading: false, error }));
      },
    );
  }, [fetchPage, round]);

  const loadMore = useCallback(() => {
    if (busy.current) return;
    const { items, total } = state;
    if (total === undefined || items.length >= total) return;
    const ticket = generation.current;
    busy.current = true;
    setState((s) => ({ ...s, loading: true }));
    fetchPage(items.length).then(
      (page) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setState((s) => ({
          items: [...s.items, ...page.items],
          total: page.total,
          loading: false,
          error: undefined,
        }));
      },
      (error: unknown) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setState((s) => ({ ...s, loading: false, error }));
      },
    );
  }, [state, fetchPage]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, loadMore, reload };
}
