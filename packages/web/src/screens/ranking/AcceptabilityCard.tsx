/**
 * SMAA-2 on the workspace, in the browser (the engine's `smaaReport`, seeded): how often
 * each partner takes rank 1, 2, 3 or lower when the weights are unknown (uniform, or within
 * the spec's `weighting: { method: smaa, order, ranges }`), as stacked bars, best first.
 * Scores with a spread (`scoreDistributions`: stated on a partner's page, or the
 * assessors' disagreement) are drawn in every sample too; the card names them.
 */
import { Button, Card, Flex, Table, Typography, theme } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { ChartOption } from '../../charts/echarts';
import { PageLoading } from '../../components/PageLoading';
import { type AnyRankMethod, smaaReport } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { acceptabilityRows, uncertainPartners } from './acceptability';
import type { RankingModel } from './ranking-model';

const EChart = lazy(() => import('../../charts/EChart'));
const SAMPLES = 5_000;
const SEED = 1;

export function AcceptabilityCard({
  model,
  method,
}: {
  readonly model: RankingModel;
  readonly method: AnyRankMethod;
}) {
  const { t, formatNumber } = useI18n();
  const [requested, setRequested] = useState<AnyRankMethod | undefined>(undefined);
  const uncertain = useMemo(() => uncertainPartners(model.portfolio), [model]);
  const report = useMemo(() => {
    if (requested === undefined) return undefined;
    const r = smaaReport(model.portfolio, { samples: SAMPLES, seed: SEED, method: requested });
    return r.ok ? r.value : undefined;
  }, [model, requested]);
  return (
    <Card
      style={{ flex: '1 1 100%', minWidth: 0 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.ranking.smaaTitle')}</h2>}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('screen.ranking.smaaHint', { samples: formatNumber(SAMPLES) })}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="smaa-uncertain">
          {uncertain.length === 0
            ? t('screen.ranking.smaaExactScores')
            : t('screen.ranking.smaaUncertainScores', {
                items: uncertain.map((p) => `${p.name} (${p.criteria.join(', ')})`).join('; '),
              })}
        </Typography.Paragraph>
        <div>
          <Button onClick={() => setRequested(method)} data-testid="smaa-run">
            {t('screen.ranking.smaaRun', { method: t(`screen.ranking.method.${method}`) })}
          </Button>
        </div>
        {report === undefined ? null : (
          <Suspense fallback={<PageLoading />}>
            <AcceptabilityChart report={report} names={model} />
          </Suspense>
        )}
      </Flex>
    </Card>
  );
}

function AcceptabilityChart({
  report,
  names,
}: {
  readonly report: Parameters<typeof acceptabilityRows>[0];
  readonly names: RankingModel;
}) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();
  const rows = useMemo(() => acceptabilityRows(report, 15), [report]);
  const nameOf = (id: string) => names.names[names.matrix.ids.indexOf(id)] ?? id;
  const bands = [
    { key: 'first', label: t('screen.ranking.smaaRank1'), color: token.colorPrimary },
    { key: 'second', label: t('screen.ranking.smaaRank2'), color: token.colorInfo },
    { key: 'third', label: t('screen.ranking.smaaRank3'), color: token.colorWarning },
    { key: 'lower', label: t('screen.ranking.smaaLower'), color: token.colorBorder },
  ] as const;
  const label = t('screen.ranking.smaaChartLabel', {
    items: rows
      .map((r) => `${nameOf(r.id)} ${formatNumber(r.first * 100, { maximumFractionDigits: 1 })}%`)
      .join('; '),
  });
  const option: ChartOption = {
    aria: { enabled: true, label: { description: label } },
    grid: { left: 200, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, textStyle: { color: token.colorText } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${v * 100}%` } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => nameOf(r.id)) },
    series: bands.map((b) => ({
      type: 'bar',
      stack: 'acceptability',
      name: b.label,
      data: rows.map((r) => r[b.key]),
      itemStyle: { color: b.color },
    })),
  };
  const criteria = names.portfolio.criteria;
  const percent = (x: number) => `${formatNumber(x * 100, { maximumFractionDigits: 1 })}%`;
  const winners = rows.filter((r) => r.first > 0);
  return (
    <>
      <div data-testid="smaa-chart">
        <EChart label={label} option={option} height={Math.max(240, rows.length * 28 + 80)} />
      </div>
      <Table
        data-testid="smaa-confidence"
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={winners}
        caption={t('screen.ranking.smaaConfidenceCaption')}
        columns={[
          {
            title: t('screen.ranking.colPartner'),
            dataIndex: 'id',
            render: (id: string) => nameOf(id),
          },
          {
            title: t('screen.ranking.smaaRank1'),
            dataIndex: 'first',
            align: 'right',
            render: (x: number) => percent(x),
          },
          {
            title: t('screen.ranking.smaaConfidence'),
            dataIndex: 'id',
            key: 'confidence',
            align: 'right',
            render: (id: string) => percent(report.confidence[id] ?? 0),
          },
          {
            title: t('screen.ranking.smaaCentral'),
            dataIndex: 'id',
            key: 'central',
            render: (id: string) =>
              criteria
                .map((c) => `${c.name} ${percent(report.centralWeights[id]?.[c.id] ?? 0)}`)
                .join(' · '),
          },
        ]}
      />
    </>
  );
}
