/** One money term in words: a revenue share's tiers and caps, a cost split, a milestone payment. */
import { Typography } from 'antd';
import { useMoney } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TermView } from '../document';

/** A share as written: a number as a percentage, a fraction as it is (exact). */
export function useShareText() {
  const { formatPercent } = useI18n();
  return (share: number | string) => (typeof share === 'number' ? formatPercent(share, 4) : share);
}

export function TermDescription({
  view,
  currency,
  partyName,
}: {
  readonly view: TermView;
  readonly currency?: string | undefined;
  readonly partyName: (party: string) => string;
}) {
  const { t } = useI18n();
  const money = useMoney(currency);
  const share = useShareText();
  const shares = (map: Readonly<Record<string, number | string>>) =>
    Object.entries(map)
      .map(([party, value]) =>
        t('screen.agreements.terms.partyShare', { party: partyName(party), share: share(value) }),
      )
      .join(', ');
  switch (view.kind) {
    case 'revenueShare': {
      const { source, collector, tiers, cap } = view.term;
      let from = 0;
      return (
        <>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('screen.agreements.terms.revenueShare', { source, collector: partyName(collector) })}
          </Typography.Paragraph>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {tiers.map((tier) => {
              const band =
                tier.upTo === null
                  ? t('screen.agreements.terms.bandOpen', { from: money(from) })
                  : t('screen.agreements.terms.band', { from: money(from), to: money(tier.upTo) });
              from = tier.upTo ?? from;
              return (
                <li key={band}>
                  {t('screen.agreements.terms.tierLine', {
                    band,
                    shares: shares(tier.shares) || '—',
                  })}
                </li>
              );
            })}
          </ul>
          {cap === undefined || Object.keys(cap).length === 0 ? null : (
            <Typography.Text type="secondary">
              {t('screen.agreements.terms.cap', {
                caps: Object.entries(cap)
                  .map(([party, amount]) =>
                    t('screen.agreements.terms.partyShare', {
                      party: partyName(party),
                      share: money(amount),
                    }),
                  )
                  .join(', '),
              })}
            </Typography.Text>
          )}
        </>
      );
    }
    case 'costShare':
      return (
        <Typography.Paragraph style={{ margin: 0 }}>
          {view.term.split === 'byUse'
            ? t('screen.agreements.terms.costByUse', { pool: view.term.pool })
            : t('screen.agreements.terms.costFixed', {
                pool: view.term.pool,
                split: shares(view.term.split),
              })}
        </Typography.Paragraph>
      );
    case 'milestone': {
      const m = view.term;
      return (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('screen.agreements.terms.milestone', {
            id: m.id,
            payer: partyName(m.payer),
            payee: partyName(m.payee),
            amount: money(m.amount),
          })}
          {m.due === undefined ? null : ` ${t('screen.agreements.terms.due', { due: m.due })}`}
          {m.description === undefined ? null : ` — ${m.description}`}
        </Typography.Paragraph>
      );
    }
  }
}
