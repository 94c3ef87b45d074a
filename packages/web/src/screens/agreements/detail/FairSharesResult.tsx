/**
 * The fair-share answer: v(N), each party's Shapley value beside its fixed split and the
 * difference, the core flags (is the core non-empty, are Shapley and the fixed split in
 * it) and a bar chart of the two splits.
 */
import { Descriptions, Flex, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { PageLoading } from '../../../components/PageLoading';
import { Tone } from '../../../components/Tone';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';
import { signType } from '../sign-type';
import type { FairSharesView } from './fair-shares-view';

export type { FairSharesView };

const FairSharesChart = lazy(() => import('./FairSharesChart'));
type Row = FairSharesView['rows'][number];

export function FairSharesResult({
  result,
  partyName,
}: {
  readonly result: FairSharesView;
  readonly partyName: (party: string) => string;
}) {
  const i18n = useI18n();
  const { t, formatNumber, formatPercent } = i18n;
  const number = (v: number) => formatNumber(v, { maximumFractionDigits: 4 });
  const flag = (value: boolean | null, testId: string) => (
    <Tone color={value === null ? 'default' : value ? 'green' : 'red'} data-testid={testId}>
      {value === null
        ? t('screen.agreements.fair.unchecked')
        : value
          ? t('screen.agreements.yes')
          : t('screen.agreements.no')}
    </Tone>
  );
  const hasFixed = result.rows.some((r) => r.fixed !== undefined);
  return (
    <Flex vertical gap={12} data-testid="fair-shares">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'total',
            label: t('screen.agreements.fair.total'),
            children: <span data-testid="fair-total">{number(result.total)}</span>,
          },
          {
            key: 'method',
            label: t('screen.agreements.fair.method'),
            children: result.exact
              ? t('screen.agreements.fair.exact')
              : t('screen.agreements.fair.sampled', { samples: result.samples ?? 0 }),
          },
          {
            key: 'nonEmpty',
            label: t('screen.agreements.fair.coreNonEmpty'),
            children: flag(result.core.nonEmpty, 'core-nonempty'),
          },
          {
            key: 'shapley',
            label: t('screen.agreements.fair.shapleyInCore'),
            children: flag(result.core.shapleyInCore, 'core-shapley'),
          },
          {
            key: 'fixed',
            label: t('screen.agreements.fair.fixedInCore'),
            children: flag(result.core.fixedInCore, 'core-fixed'),
          },
          {
            key: 'source',
            label: t('screen.agreements.fair.splitSource'),
            children: t(`screen.agreements.fair.source.${result.fixedSplitSource}`),
          },
        ]}
      />
      {result.core.reason === undefined ? null : (
        <Typography.Text type="secondary">
          {sayMessage(i18n, result.core.because, result.core.reason)}
        </Typography.Text>
      )}
      <Table<Row>
        size="small"
        rowKey="player"
        pagination={false}
        data-testid="fair-table"
        aria-label={t('screen.agreements.fair.resultTable')}
        dataSource={result.rows as Row[]}
        columns={[
          {
            key: 'party',
            title: t('screen.agreements.settle.party'),
            render: (_: unknown, r: Row) => partyName(r.player),
          },
          {
            key: 'shapley',
            title: t('screen.agreements.fair.shapley'),
            align: 'right',
            render: (_: unknown, r: Row) => (
              <>
                {number(r.shapley)}
                {r.ci === undefined ? null : (
                  <Typography.Text type="secondary">{` (${number(r.ci[0] ?? 0)} – ${number(r.ci[1] ?? 0)})`}</Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'shapleyShare',
            title: t('screen.agreements.fair.shapleyShare'),
            align: 'right',
            render: (_: unknown, r: Row) =>
              result.total === 0 ? '—' : formatPercent(r.shapley / result.total, 2),
          },
          ...(hasFixed
            ? [
                {
                  key: 'fraction',
                  title: t('screen.agreements.fair.fixedShare'),
                  align: 'right' as const,
                  render: (_: unknown, r: Row) =>
                    r.fraction === undefined ? '—' : formatPercent(r.fraction, 2),
                },
                {
                  key: 'fixed',
                  title: t('screen.agreements.fair.fixed'),
                  align: 'right' as const,
                  render: (_: unknown, r: Row) => (r.fixed === undefined ? '—' : number(r.fixed)),
                },
                {
                  key: 'difference',
                  title: t('screen.agreements.fair.difference'),
                  align: 'right' as const,
                  render: (_: unknown, r: Row) =>
                    r.difference === undefined ? (
                      '—'
                    ) : (
                      <Typography.Text {...signType(r.difference)}>
                        {number(r.difference)}
                      </Typography.Text>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Suspense fallback={<PageLoading />}>
        <FairSharesChart result={result} partyName={partyName} />
      </Suspense>
    </Flex>
  );
}
