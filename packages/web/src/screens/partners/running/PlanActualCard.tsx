/**
 * A partner's plan against actual per quarter: the chart (planned and actual net, the gap
 * shaded) and its table, with where each actual comes from (the ledger, items off it with
 * evidence, or a figure typed in a review with its reason) and where the plan comes from.
 */
import { Alert, Card, Empty, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo } from 'react';
import { api, unwrap } from '../../../api/client';
import type { PartnerPlanActual } from '../../../api/types';
import { useLoad } from '../../../app/use-load';
import { periodLabel } from '../../../charts/plan-actual-chart';
import { ErrorPanel } from '../../../components/ErrorBoundary';
import { PageLoading } from '../../../components/PageLoading';
import { type PlanActualRow, PlanActualTable } from '../../../components/PlanActualTable';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';

const PlanActualChart = lazy(() => import('../../../charts/PlanActualChart'));

type Period = PartnerPlanActual['periods'][number];
interface Row extends PlanActualRow {
  readonly period: Period;
}

export function PlanActualCard({
  slug,
  partner,
  changes,
}: {
  readonly slug: string;
  readonly partner: string;
  readonly changes: number;
}) {
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/partners/{key}/plan-actual', {
          params: { path: { slug, key: partner } },
        }),
      ),
    [slug, partner, changes],
  );
  const { t } = useI18n();
  return (
    <Card
      data-testid="plan-actual"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.planActual.title')}</h2>}
    >
      {loaded.status === 'error' ? (
        <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data === undefined ? (
        <PageLoading />
      ) : (
        <PlanActualBody series={loaded.data} />
      )}
    </Card>
  );
}

function PlanActualBody({ series }: { readonly series: PartnerPlanActual }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const money = (v: number) =>
    formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rows = useMemo(
    (): Row[] =>
      series.periods.map((p) => ({
        from: p.from,
        label: periodLabel(p, t),
        planned: p.plan.net,
        actual: p.actual.net,
        period: p,
      })),
    [series, t],
  );
  const names = useMemo(
    () => ({
      planned: t('screen.planActual.planned'),
      actual: t('screen.planActual.actual'),
      gap: t('screen.planActual.gapBand'),
    }),
    [t],
  );
  if (series.incomparable !== undefined) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="plan-actual-incomparable"
        message={t('screen.planActual.incomparable', {
          because: sayMessage(i18n, series.incomparable, series.incomparable.code),
        })}
      />
    );
  }
  if (rows.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={<span data-testid="plan-actual-empty">{t('screen.planActual.empty')}</span>}
      />
    );
  }
  const sourceOf = (p: Period) => {
    const a = p.actual;
    if (a.source === 'typed')
      return t('screen.planActual.source.typed', {
        reason: a.reason ?? '',
        ledger: money(a.ledgerNet),
      });
    if (a.source === 'off-ledger')
      return t('screen.planActual.source.off-ledger', {
        ledger: money(a.ledgerNet),
        items: a.offLedger.length,
      });
    return t('screen.planActual.source.ledger', { lines: a.lines });
  };
  const extra: ColumnsType<Row> = [
    {
      title: t('screen.planActual.source'),
      key: 'source',
      render: (_, r) => (
        <span data-cell="source" data-source={r.period.actual.source}>
          {sourceOf(r.period)}
        </span>
      ),
    },
    {
      title: t('screen.planActual.planSource'),
      key: 'planSource',
      render: (_, r) => {
        // Which estimate the plan came from: the one in force on the quarter's first day.
        const e = r.period.plan.estimate;
        if (r.period.plan.source !== 'estimate' || e === undefined)
          return t(`screen.planActual.planSource.${r.period.plan.source}`);
        return t(
          e.backdated
            ? 'screen.planActual.planSource.estimateBackdated'
            : 'screen.planActual.planSource.estimateOf',
          { version: e.version, since: e.since },
        );
      },
    },
  ];
  const label = t('screen.planActual.chartLabel', {
    count: rows.length,
    planned: money(rows.reduce((s, r) => s + r.planned, 0)),
    actual: money(rows.reduce((s, r) => s + r.actual, 0)),
  });
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('screen.planActual.help')}</Typography.Text>
      <Typography.Text type="secondary" data-testid="plan-actual-unit">
        {t('screen.planActual.inUnit', { unit: series.unit })}
      </Typography.Text>
      <div data-testid="plan-actual-chart">
        <Suspense fallback={<PageLoading />}>
          <PlanActualChart
            points={series.periods.map((p) => ({
              from: p.from,
              partial: p.partial,
              planned: p.plan.net,
              actual: p.actual.net,
            }))}
            labels={rows.map((r) => r.label)}
            names={names}
            label={label}
          />
        </Suspense>
      </div>
      <PlanActualTable<Row> rows={rows} names={names} extra={extra} testId="plan-actual-table" />
    </Flex>
  );
}
