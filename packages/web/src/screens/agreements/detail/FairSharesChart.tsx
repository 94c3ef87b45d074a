/** Shapley values beside the fixed split, one pair of bars per party (loaded with ECharts, on demand). */
import { theme } from 'antd';
import { useMemo } from 'react';
import EChart from '../../../charts/EChart';
import type { ChartOption } from '../../../charts/echarts';
import { useI18n } from '../../../i18n/I18nProvider';
import type { FairSharesView } from './fair-shares-view';

export default function FairSharesChart({
  result,
  partyName,
}: {
  readonly result: FairSharesView;
  readonly partyName: (party: string) => string;
}) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();
  const number = (v: number) => formatNumber(v, { maximumFractionDigits: 2 });
  const shapley = t('screen.agreements.fair.shapley');
  const fixed = t('screen.agreements.fair.fixed');
  const hasFixed = result.rows.some((r) => r.fixed !== undefined);
  const label = t('screen.agreements.fair.chartLabel', {
    items: result.rows
      .map((r) =>
        hasFixed
          ? t('screen.agreements.fair.chartItemFixed', {
              party: partyName(r.player),
              shapley: number(r.shapley),
              fixed: number(r.fixed ?? 0),
            })
          : t('screen.agreements.fair.chartItem', {
              party: partyName(r.player),
              shapley: number(r.shapley),
            }),
      )
      .join('; '),
  });
  const option = useMemo(
    (): ChartOption => ({
      aria: { enabled: true, label: { description: label } },
      grid: { left: 64, right: 24, top: 40, bottom: 40 },
      legend: { top: 0, textStyle: { color: token.colorText } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: result.rows.map((r) => partyName(r.player)) },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: shapley,
          data: result.rows.map((r) => r.shapley),
          itemStyle: { color: token.colorPrimary },
        },
        ...(hasFixed
          ? [
              {
                type: 'bar',
                name: fixed,
                data: result.rows.map((r) => r.fixed ?? 0),
                itemStyle: { color: token.colorWarning },
              },
            ]
          : []),
      ],
    }),
    [result, partyName, shapley, fixed, hasFixed, token, label],
  );
  return (
    <div data-testid="fair-chart">
      <EChart label={label} option={option} height={280} />
    </div>
  );
}
