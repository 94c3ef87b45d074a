/** The agreement's document for reading: parties and term, IP, resources, market, exit, money terms. */
import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import type { Agreement } from '../../../api/types';
import { useDay } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import { documentOf, termViews } from '../document';
import { contributionLabel, termKindLabel } from '../labels';
import { TermDescription, useShareText } from './TermDescription';

type Item = { key: string; label: string; children: React.ReactNode };

export function TermsSummary({
  agreement,
  partyName,
}: {
  readonly agreement: Agreement;
  readonly partyName: (party: string) => string;
}) {
  const { t } = useI18n();
  const day = useDay();
  const share = useShareText();
  const doc = documentOf(agreement);
  const yes = (value: boolean | undefined) =>
    value ? t('screen.agreements.yes') : t('screen.agreements.no');
  const items: Item[] = [
    {
      key: 'parties',
      label: t('screen.agreements.col.parties'),
      children: doc.parties.map(partyName).join(', '),
    },
    {
      key: 'term',
      label: t('screen.agreements.col.term'),
      children: t('screen.agreements.termRange', { start: day(doc.start), end: day(doc.end) }),
    },
  ];
  const add = (key: string, label: string, value: React.ReactNode | undefined) => {
    if (value !== undefined && value !== '') items.push({ key, label, children: value });
  };
  add('notice', t('screen.agreements.form.noticeDays'), doc.noticeDays);
  add('currency', t('screen.agreements.form.currency'), doc.currency);
  if (doc.renewal !== undefined) {
    add(
      'renewal',
      t('screen.agreements.form.renewal'),
      doc.renewal.automatic
        ? t('screen.agreements.terms.renewsEvery', { months: doc.renewal.periodMonths ?? 12 })
        : t('screen.agreements.terms.noRenewal'),
    );
  }
  const ip = doc.ip;
  if (ip?.foreground !== undefined) {
    add(
      'foreground',
      t('screen.agreements.form.foreground'),
      Object.entries(ip.foreground)
        .map(([p, v]) =>
          t('screen.agreements.terms.partyShare', { party: partyName(p), share: share(v) }),
        )
        .join(', '),
    );
  }
  if (ip?.background !== undefined) {
    add(
      'background',
      t('screen.agreements.form.background'),
      Object.entries(ip.background)
        .map(([p, v]) => t('screen.agreements.terms.background', { party: partyName(p), text: v }))
        .join('; '),
    );
  }
  add('publication', t('screen.agreements.form.publication'), ip?.publication);
  add('licensing', t('screen.agreements.form.licensing'), ip?.licensing);
  const contributions = doc.resources?.contributions ?? [];
  if (contributions.length > 0) {
    add(
      'contributions',
      t('screen.agreements.form.contributions'),
      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
        {contributions.map((c) => (
          <li key={`${c.party}:${c.kind}:${c.description}`}>
            {t('screen.agreements.terms.contribution', {
              party: partyName(c.party),
              kind: contributionLabel(t, c.kind),
              description:
                c.quantity === undefined ? c.description : `${c.description} (${c.quantity})`,
            })}
          </li>
        ))}
      </ul>,
    );
  }
  add('access', t('screen.agreements.form.accessRules'), doc.resources?.accessRules);
  add('governance', t('screen.agreements.form.dataGovernance'), doc.resources?.dataGovernance);
  add('channels', t('screen.agreements.form.channels'), doc.market?.channels.join(', '));
  add('territory', t('screen.agreements.form.territory'), doc.market?.territory);
  add('ipDisposition', t('screen.agreements.form.ipDisposition'), doc.exit?.ipDisposition);
  if (doc.exit?.data !== undefined) {
    add(
      'exitData',
      t('screen.agreements.form.exitData'),
      doc.exit.data === 'return'
        ? t('screen.agreements.form.exitDataReturn')
        : t('screen.agreements.form.exitDataDelete'),
    );
  }
  if (doc.exit?.finalSettlement !== undefined) {
    add(
      'finalSettlement',
      t('screen.agreements.form.finalSettlement'),
      yes(doc.exit.finalSettlement),
    );
  }
  const views = termViews(doc);

  return (
    <Flex vertical gap={16}>
      <Descriptions bordered size="small" column={1} items={items} />
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.agreements.form.terms')}</h2>}
      >
        {views.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('screen.agreements.terms.none')}
          />
        ) : (
          <Flex vertical gap={12} data-testid="terms-summary">
            {views.map((view) => (
              <div key={view.index}>
                <Typography.Text strong>
                  {t('screen.agreements.form.termTitle', {
                    n: view.index + 1,
                    kind: termKindLabel(t, view.kind),
                  })}
                </Typography.Text>
                <TermDescription view={view} currency={doc.currency} partyName={partyName} />
              </div>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
