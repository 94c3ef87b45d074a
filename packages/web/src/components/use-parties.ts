/**
 * The workspace's partners (up to 500, by name) for party pickers, and how a party is
 * named on screen: `us` is our organisation, a partner key shows the partner's name.
 */
import { useCallback, useMemo } from 'react';
import { api, unwrap } from '../api/client';
import { US } from '../app/parties';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n/I18nProvider';

const fetchPartnerPage = (slug: string) =>
  unwrap(
    api.GET('/api/workspaces/{slug}/partners', {
      params: { path: { slug }, query: { limit: 500, sort: 'name' } },
    }),
  );

/** A partner as the list returns it. */
type PartnerItem = Awaited<ReturnType<typeof fetchPartnerPage>>['items'][number];
export type PartnerSummary = Pick<PartnerItem, 'id' | 'name' | 'status' | 'cost' | 'return'>;

export const fetchPartnerSummaries = async (slug: string): Promise<PartnerSummary[]> => {
  const page = await fetchPartnerPage(slug);
  return page.items.map(({ id, name, status, cost, return: ret }) => ({
    id,
    name,
    status,
    cost,
    return: ret,
  }));
};

export function usePartners(slug: string) {
  const loaded = useLoad(() => fetchPartnerSummaries(slug), [slug]);
  const partners = loaded.data;
  const byKey = useMemo(() => new Map((partners ?? []).map((p) => [p.id, p])), [partners]);
  return { loaded, partners: partners ?? [], byKey };
}

/** `party → the words to show` (our organisation, a partner's name, or the key itself). */
export function usePartyName(byKey: ReadonlyMap<string, Pick<PartnerItem, 'name'>>) {
  const { t } = useI18n();
  return useCallback(
    (party: string) =>
      party === US ? t('screen.agreements.us') : (byKey.get(party)?.name ?? party),
    [byKey, t],
  );
}

/** A `YYYY-MM-DD` day in the active language (read as a UTC day, so it never shifts). */
export function useDay() {
  const { formatDate } = useI18n();
  return useCallback(
    (day: string) => formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
    [formatDate],
  );
}

/** Formats money exactly to the cent (amounts are whole cents), with the currency when known. */
export function useMoney(currency?: string) {
  const { formatNumber } = useI18n();
  return useCallback(
    (amount: number) =>
      formatNumber(amount, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        ...(currency === undefined ? {} : { style: 'currency', currency }),
      }),
    [currency, formatNumber],
  );
}
