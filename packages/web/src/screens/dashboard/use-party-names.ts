/**
 * The names of the parties that owe the listed obligations: loaded only when there are
 * some (our organisation is `us`; a partner's key shows its name once known).
 */
import { useMemo } from 'react';
import type { OperationsSummary } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { fetchPartnerSummaries, usePartyName } from '../../components/use-parties';

export function usePartyNames(slug: string, operations: OperationsSummary) {
  const { obligations, payments } = operations;
  const needed = obligations.overdue.length + obligations.dueSoon.length + payments.owed.length > 0;
  const loaded = useLoad(
    () => (needed ? fetchPartnerSummaries(slug) : Promise.resolve([])),
    [slug, needed],
  );
  const byKey = useMemo(() => new Map((loaded.data ?? []).map((p) => [p.id, p])), [loaded.data]);
  return usePartyName(byKey);
}
