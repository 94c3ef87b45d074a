/** The trust trend: the score every 30 days over the last year, with its uncertainty band. */
import { theme } from 'antd';
import { useMemo } from 'react';
import type { Trust } from '../../../api/types';
import EChart from '../../../charts/EChart';
import type { ChartOption } from '../../../charts/echarts';
import { useI18n } from '../../../i18n/I18nProvider';

export default function TrustChart({ trust }: { readonly trust: Trust }) {
  const { t, formatNumber, formatDate } = useI18n();
  const { token } = theme.useToken();
  const two = (v: number) => formatNumber(v, { maximumFractionDigits: 2 });
  const first = trust.trend[0];
  const last = trust.trend.at(-1);
  const label = t('screen.partners.trust.chartLabel', {
    from: first === undefined ? '—' : two(first.score),
    to: last === undefined ? '—' : two(last.score),
    direction: t(`screen.partners.trust.direction.${trust.direction}`),
  });
  const option = useMemo((): ChartOption => {
    const day = (d: string) =>
      formatDate(`${d}T00:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const score = t('screen.partners.trust.score');
    const band = t('screen.partners.trust.band');
    return {
      aria: { enabled: true, label: { description: label } },
      grid: { left: 48, right: 24, top: 32, bottom: 32 },
      legend: { top: 0, textStyle: { color: token.colorText } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: trust.trend.map((p) => day(p.date)) },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        {
          type: 'line',
          name: score,
          data: trust.trend.map((p) => p.score),
          itemStyle: { color: token.colorPrimary },
          lineStyle: { width: 2 },
        },
        {
          type: 'line',
          name: band,
          data: trust.trend.map((p) => Math.min(1, p.score + p.uncertainty)),
          lineStyle: { type: 'dashed', color: token.colorTextTertiary },
          itemStyle: { color: token.colorTextTertiary },
          symbol: 'none',
        },
        {
          type: 'line',
          name: band,
          data: trust.trend.map((p) => Math.max(0, p.score - p.uncertainty)),
          lineStyle: { type: 'dashed', color: token.colorTextTertiary },
          itemStyle: { color: token.colorTextTertiary },
          symbol: 'none',
        },
      ],
    };
  }, [trust, t, formatDate, token, label]);
  return (
    <div data-testid="trust-chart">
      <EChart label={label} option={option} height={240} />
    </div>
  );
}
