/** The density of an estimate as a line, with its expected value marked (computed here, in the browser). */
import { Typography } from 'antd';
import { useMemo } from 'react';
import type { Distribution } from '../../api/types';
import EChart from '../../charts/EChart';
import { useI18n } from '../../i18n/I18nProvider';
import { densityCurve, expectedValue, pointMass } from './distribution';

export function DensityChart({
  distribution,
  what,
}: {
  readonly distribution: Distribution;
  readonly what: string;
}) {
  const { t, formatNumber } = useI18n();
  const point = pointMass(distribution);
  const option = useMemo(() => {
    const mean = expectedValue(distribution);
    return {
      grid: { left: 56, right: 24, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', scale: true },
      yAxis: { type: 'value', name: t('screen.partners.estimate.density') },
      series: [
        {
          type: 'line',
          name: t('screen.partners.estimate.density'),
          data: densityCurve(distribution),
          showSymbol: false,
          areaStyle: { opacity: 0.2 },
          markLine: {
            symbol: 'none',
            label: { formatter: () => formatNumber(mean, { maximumFractionDigits: 2 }) },
            data: [{ xAxis: mean }],
          },
        },
      ],
    };
  }, [distribution, t, formatNumber]);
  if (point !== undefined) {
    return (
      <Typography.Text type="secondary">{t('screen.partners.estimate.point')}</Typography.Text>
    );
  }
  return (
    <div data-testid="density-chart">
      <EChart option={option} label={t('screen.partners.estimate.chart', { what })} height={220} />
    </div>
  );
}
