/** A ledger entry's event in words (amounts exact to the cent, parties by name). */
import { useCallback } from 'react';
import type { LedgerEntry } from '../../../api/types';
import { useMoney } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import { OBLIGATION_STATES, stateLabel } from '../labels';

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

export function useEventText(partyName: (party: string) => string, currency?: string) {
  const { t, formatNumber } = useI18n();
  const money = useMoney(currency);
  return useCallback(
    (entry: LedgerEntry): string => {
      const e = entry.event;
      const main = (() => {
        switch (entry.kind) {
          case 'revenue':
            return t('screen.agreements.event.revenue', {
              source: str(e.source),
              amount: money(num(e.amount)),
            });
          case 'cost':
            return t('screen.agreements.event.cost', {
              pool: str(e.pool),
              amount: money(num(e.amount)),
              party: partyName(str(e.paidBy)),
            });
          case 'usage':
            return t('screen.agreements.event.usage', {
              pool: str(e.pool),
              party: partyName(str(e.party)),
              quantity: formatNumber(num(e.quantity)),
            });
          case 'milestone':
            return t('screen.agreements.event.milestone', { id: str(e.id) });
          case 'obligation': {
            const outcome = OBLIGATION_STATES.find((s) => s === e.outcome);
            return t('screen.agreements.event.obligation', {
              title: str(e.title),
              owner: partyName(str(e.owner)),
              outcome: outcome === undefined ? str(e.outcome) : stateLabel(t, outcome),
            });
          }
          default:
            return JSON.stringify(e);
        }
      })();
      const extras = [
        e.ref === undefined ? undefined : t('screen.agreements.event.ref', { ref: str(e.ref) }),
        e.corrects === undefined
          ? undefined
          : t('screen.agreements.event.corrects', { ref: str(e.corrects) }),
        e.note === undefined ? undefined : t('screen.agreements.event.note', { note: str(e.note) }),
      ].filter((x) => x !== undefined);
      return [main, ...extras].join(' · ');
    },
    [t, money, formatNumber, partyName],
  );
}
