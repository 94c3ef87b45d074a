/** The agreements as a table: each code links to the agreement's page. */
import { Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Agreement } from '../../api/types';
import { agreementPath } from '../../app/record-paths';
import { STATUS_COLOR, statusLabel, typeLabel } from '../../components/agreement-labels';
import { Tone } from '../../components/Tone';
import { type PartnerSummary, useDay, usePartyName } from '../../components/use-parties';
import { useI18n } from '../../i18n/I18nProvider';
import type { ObligationCounts } from './reminders';

export function AgreementTable({
  slug,
  rows,
  counts,
  partners,
}: {
  readonly slug: string;
  readonly rows: readonly Agreement[];
  readonly counts: ReadonlyMap<string, ObligationCounts>;
  readonly partners: ReadonlyMap<string, PartnerSummary>;
}) {
  const { t } = useI18n();
  const partyName = usePartyName(partners);
  const day = useDay();
  return (
    <Table<Agreement>
      size="middle"
      rowKey="id"
      data-testid="agreement-table"
      aria-label={t('nav.agreements')}
      dataSource={rows as Agreement[]}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 1000 }}
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
          key: 'parties',
          title: t('screen.agreements.col.parties'),
          render: (_: unknown, a: Agreement) => a.parties.map((p) => partyName(p.party)).join(', '),
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
        {
          key: 'obligations',
          title: t('screen.agreements.col.obligations'),
          render: (_: unknown, a: Agreement) => {
            const c = counts.get(a.id) ?? { open: 0, overdue: 0 };
            if (c.open === 0) return <Typography.Text type="secondary">—</Typography.Text>;
            return (
              <Flex gap={4} wrap>
                <Tag>{t('screen.agreements.openCount', { count: c.open })}</Tag>
                {c.overdue > 0 ? (
                  <Tone color="red">
                    {t('screen.agreements.overdueCount', { count: c.overdue })}
                  </Tone>
                ) : null}
              </Flex>
            );
          },
        },
      ]}
    />
  );
}
