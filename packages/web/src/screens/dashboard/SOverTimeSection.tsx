/**
 * Current S over time: the running portfolio's planned and realised S per quarter
 * (docs/model.md "Plan against actual over time"), the gap shaded, with its table.
 */
import { Alert, Card, Empty, Flex, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import type { PortfolioPlanActual } from '../../api/types';
import { useLoad } from '../../app/use-load';
import { periodLabel } from '../../charts/plan-actual-chart';
import { ErrorPanel } from '../../components/ErrorBoundary';
import { PageLoading } from '../../components/PageLoading';
import { PlanActualTable } from '../../components/PlanActualTable';
import { sayMessage } from '../../i18n/codes/say-message';
import { useI18n } from '../../i18n/I18nProvider';

const PlanActualChart = lazy(() => import('../../charts/PlanActualChart'));

export function SOverTimeSection({ slug }: { readonly slug: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/plan-actual', { params: { path: { slug } } })),
    [slug],
  );
  return (
    <Card
      data-testid="s-over-time"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.planActual.sTitle')}</h2>}
      style={{ marginBottom: 16 }}
    >
      {loaded.status === 'error' ? (
        <ErrorPanel error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data === undefined ? (
        <PageLoading />
      ) : (
        <SOverTimeBody series={loaded.data} />
      )}
    </Card>
  );
}

function SOverTimeBody({ series }: { readonly series: PortfolioPlanActual }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const money = (v: number) =>
    formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rows = useMemo(
    () =>
      series.periods.map((p) => ({
        from: p.from,
        label: periodLabel(p, t),
        planned: p.planned,
        actual: p.actual,
      })),
    [series, t],
  );
  const names = useMemo(
    () => ({
      planned: t('screen.planActual.plannedS'),
      actual: t('screen.planActual.realisedS'),
      gap: t('screen.planActual.gapBand'),
    }),
    [t],
  );
  if (series.incomparable !== undefined) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="s-over-time-incomparable"
        message={t('screen.planActual.incomparable', {
          because: sayMessage(i18n, series.incomparable, series.incomparable.code),
        })}
      />
    );
  }
  const last = rows.at(-1);
  if (last === undefined) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={<span data-testid="s-over-time-empty">{t('screen.planActual.sEmpty')}</span>}
      />
    );
  }
  const label = t('screen.planActual.sChartLabel', {
    count: rows.length,
    last: last.label,
    planned: money(last.planned),
    actual: money(last.actual),
  });
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('screen.planActual.sHelp')}</Typography.Text>
      <Typography.Text type="secondary" data-testid="s-over-time-unit">
        {t('screen.planActual.inUnit', { unit: series.unit })}
      </Typography.Text>
      <div data-testid="s-over-time-chart">
        <Suspense fallback={<PageLoading />}>
          <PlanActualChart
            points={series.periods}
            labels={rows.map((r) => r.label)}
            names={names}
            label={label}
          />
        </Suspense>
      </div>
      <PlanActualTable rows={rows} names={names} testId="s-over-time-table" />
    </Flex>
  );
}
