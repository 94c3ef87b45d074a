/**
 * The portfolio value S of the optimal selection: the server's Monte Carlo summary (the
 * numbers) beside a histogram of the same seeded run computed in this browser by the
 * core's engine, with the p5–p95 band marked.
 */
import { Card, Col, Descriptions, Flex, Row, Statistic, Typography, theme } from 'antd';
import { useMemo } from 'react';
import type { SimulateDocument } from '../../api/types';
import EChart from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { useI18n } from '../../i18n/I18nProvider';
import { binIndexOf, binSamples } from './histogram';

export interface ValueSectionProps {
  readonly summary: SimulateDocument;
  readonly samples: Float64Array;
  readonly unit: string;
}

export function ValueSection({ summary, samples, unit }: ValueSectionProps) {
  const { t, formatNumber, formatPercent } = useI18n();
  const { token } = theme.useToken();
  const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });

  const label = t('screen.dashboard.histogramLabel', {
    p5: formatNumber(summary.p5, { maximumFractionDigits: 2 }),
    p95: formatNumber(summary.p95, { maximumFractionDigits: 2 }),
  });
  const option = useMemo((): ChartOption => {
    const number = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
    const bins = binSamples(samples);
    const low = binIndexOf(bins, summary.p5);
    const high = binIndexOf(bins, summary.p95);
    const binLabel = (from: number, to: number) =>
      `${formatNumber(from, { maximumFractionDigits: 1 })} – ${formatNumber(to, { maximumFractionDigits: 1 })}`;
    return {
      // ECharts' own description would replace the chart's label: give it ours.
      aria: { enabled: true, label: { description: label } },
      grid: { left: 56, right: 24, top: 40, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        name: t('screen.dashboard.valueAxis', { unit }),
        nameLocation: 'middle',
        nameGap: 30,
        data: bins.map((bin) => binLabel(bin.from, bin.to)),
        axisLabel: {
          formatter: (_: string, index: number) => number(bins[index]?.from ?? 0),
          interval: 7,
        },
      },
      yAxis: { type: 'value', name: t('screen.dashboard.scenarioCount') },
      series: [
        {
          type: 'bar',
          name: t('screen.dashboard.scenarioCount'),
          barCategoryGap: '4%',
          data: bins.map((bin, index) => ({
            value: bin.count,
            itemStyle: {
              color: index >= low && index <= high ? token.colorPrimary : token.colorTextQuaternary,
            },
          })),
          markLine: {
            symbol: 'none',
            lineStyle: { color: token.colorText, type: 'dashed' },
            label: { color: token.colorText, formatter: '{b}' },
            data: [
              { name: t('screen.dashboard.p5Mark', { value: number(summary.p5) }), xAxis: low },
              { name: t('screen.dashboard.p95Mark', { value: number(summary.p95) }), xAxis: high },
            ],
          },
        },
      ],
    };
  }, [samples, summary, t, formatNumber, token, unit, label]);

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.dashboard.valueTitle')}</h2>}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <div data-testid="portfolio-value">
              <Statistic
                title={t('screen.dashboard.expectedS', { unit })}
                value={number(summary.expected)}
              />
            </div>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'p5', label: t('screen.dashboard.p5'), children: number(summary.p5) },
                { key: 'p50', label: t('screen.dashboard.p50'), children: number(summary.p50) },
                { key: 'p95', label: t('screen.dashboard.p95'), children: number(summary.p95) },
                { key: 'sd', label: t('screen.dashboard.sd'), children: number(summary.sd) },
                {
                  key: 'loss',
                  label: t('screen.dashboard.probLoss'),
                  children: formatPercent(summary.probLoss, 2),
                },
                {
                  key: 'cvar',
                  label: t('screen.dashboard.cvar5'),
                  children: number(summary.cvar5),
                },
              ]}
            />
            <Typography.Text type="secondary">
              {t('screen.dashboard.simulationNote', {
                scenarios: summary.scenarios,
                seed: String(summary.seed),
                count: summary.selected.length,
              })}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} lg={16}>
          <div data-testid="value-histogram">
            <EChart label={label} option={option} height={300} />
          </div>
        </Col>
      </Row>
    </Card>
  );
}
