/**
 * Each partner's regret: for a selected one, what S loses if it is forced out; for one
 * left out, how much S drops if it is forced in (what it would have to gain to get in);
 * the engine's note in the reader's language (from its code).
 */
import { Badge, Table } from 'antd';
import type { OptimizeDocument } from '../../api/types';
import { sayMessage } from '../../i18n/codes/say-message';
import { useI18n } from '../../i18n/I18nProvider';
import type { PartnerChoice } from './workspace-data';

type Regret = NonNullable<OptimizeDocument['regret']>[number];

export function RegretTable({
  regret,
  partners,
}: {
  readonly regret: readonly Regret[];
  readonly partners: ReadonlyMap<string, PartnerChoice>;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  return (
    <Table<Regret>
      size="small"
      rowKey="id"
      dataSource={[...regret]}
      pagination={false}
      aria-label={t('screen.portfolio.regret.title')}
      columns={[
        {
          title: t('screen.portfolio.column.partner'),
          key: 'partner',
          render: (_, r) => partners.get(r.id)?.name ?? r.id,
        },
        {
          title: t('screen.portfolio.column.selected'),
          key: 'selected',
          width: 110,
          render: (_, r) =>
            r.selected ? (
              <Badge status="success" text={t('screen.portfolio.yes')} />
            ) : (
              <Badge status="default" text={t('screen.portfolio.no')} />
            ),
        },
        {
          title: t('screen.portfolio.column.regret'),
          key: 'regret',
          align: 'right',
          width: 130,
          render: (_, r) =>
            r.regret === null ? '—' : formatNumber(r.regret, { maximumFractionDigits: 2 }),
        },
        {
          title: t('screen.portfolio.column.meaning'),
          key: 'meaning',
          render: (_, r) =>
            r.regret === null
              ? t(
                  r.selected
                    ? 'screen.portfolio.regret.requiredIn'
                    : 'screen.portfolio.regret.impossibleIn',
                )
              : t(
                  r.selected ? 'screen.portfolio.regret.lossOut' : 'screen.portfolio.regret.gainIn',
                  {
                    value: formatNumber(r.regret, { maximumFractionDigits: 2 }),
                  },
                ),
        },
        {
          title: t('screen.portfolio.column.engineNote'),
          key: 'message',
          render: (_, r) => sayMessage(i18n, r.because, r.message),
        },
      ]}
    />
  );
}
