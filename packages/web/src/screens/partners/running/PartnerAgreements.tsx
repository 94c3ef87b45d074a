/** The agreements this partner is a party to, each linking to its page. */
import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Agreement } from '../../../api/types';
import { agreementPath } from '../../../app/record-paths';
import { STATUS_COLOR, statusLabel, typeLabel } from '../../../components/agreement-labels';
import { Tone } from '../../../components/Tone';
import { useDay } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';

export function PartnerAgreements({
  slug,
  agreements,
}: {
  readonly slug: string;
  readonly agreements: readonly Agreement[];
}) {
  const { t } = useI18n();
  const day = useDay();
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.partners.running.agreements')}</h2>}
    >
      <Table<Agreement>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="partner-agreements"
        aria-label={t('screen.partners.running.agreements')}
        dataSource={agreements as Agreement[]}
        locale={{ emptyText: t('screen.partners.running.noAgreements') }}
        columns={[
          {
            key: 'code',
            title: t('screen.agreements.col.code'),
            render: (_: unknown, a: Agreement) => (
              <Link to={agreementPath(slug, a)}>
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {a.code}
                </Typography.Text>
              </Link>
            ),
          },
          { key: 'title', title: t('screen.agreements.col.title'), dataIndex: 'title' },
          {
            key: 'type',
            title: t('screen.agreements.col.type'),
            render: (_: unknown, a: Agreement) => typeLabel(t, a.type),
          },
          {
            key: 'status',
            title: t('screen.agreements.col.status'),
            render: (_: unknown, a: Agreement) => (
              <Tone color={STATUS_COLOR[a.status]}>{statusLabel(t, a.status)}</Tone>
            ),
          },
          {
            key: 'term',
            title: t('screen.agreements.col.term'),
            render: (_: unknown, a: Agreement) =>
              t('screen.agreements.termRange', {
                start: day(a.start),
                end: a.end === null ? '—' : day(a.end),
              }),
          },
        ]}
      />
    </Card>
  );
}
