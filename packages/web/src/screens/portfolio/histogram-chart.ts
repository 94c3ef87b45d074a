/**
 * The histogram of S as an ECharts option: bars over the sample range, the p5–p95 band
 * shaded, and the server's p5, p50 and p95 marked.
 */

import type { SimulateDocument } from '../../api/types';
import type { ChartOption } from '../../charts/echarts';
import type { Histogram } from './histogram';

export interface HistogramLabels {
  readonly value: string;
  readonly count: string;
  readonly band: string;
  /** The chart's accessible name. */
  readonly chart: string;
  readonly format: (value: number) => string;
  readonly formatCount: (value: number) => string;
}

export function histogramOption(
  histogram: Histogram,
  stats: SimulateDocument,
  labels: HistogramLabels,
): ChartOption {
  const { start, width, counts } = histogram;
  const data = counts.map((count, i) => [start + (i + 0.5) * width, count]);
  const lines = [
    { name: 'p5', value: stats.p5 },
    { name: 'p50', value: stats.p50 },
    { name: 'p95', value: stats.p95 },
  ];
  return {
    // ECharts' aria module writes its own aria-label on the chart: make it ours.
    aria: { enabled: true, label: { description: labels.chart } },
    grid: { left: 64, right: 24, top: 32, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number] }) =>
        `${labels.format(p.value[0] - width / 2)} – ${labels.format(p.value[0] + width / 2)}<br/>${labels.count}: ${labels.formatCount(p.value[1])}`,
    },
    xAxis: {
      type: 'value',
      name: labels.value,
      nameLocation: 'middle',
      nameGap: 28,
      min: start,
      max: start + Math.max(width, 1e-9) * counts.length,
      axisLabel: { formatter: labels.format },
    },
    yAxis: { type: 'value', name: labels.count },
    series: [
      {
        type: 'bar',
        name: labels.count,
        data,
        barWidth: '90%',
        markArea: {
          silent: true,
          label: { show: false },
          itemStyle: { opacity: 0.12 },
          data: [[{ name: labels.band, xAxis: stats.p5 }, { xAxis: stats.p95 }]],
        },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { formatter: '{b}' },
          data: lines.map((l) => ({ name: l.name, xAxis: l.value })),
        },
      },
    ],
  };
}
