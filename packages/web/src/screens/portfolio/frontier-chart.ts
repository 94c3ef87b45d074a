/** The efficient frontier as an ECharts option: objective against the capacity of one resource. */

import type { FrontierDocument } from '../../api/types';
import type { ChartOption } from '../../charts/echarts';
import { paddedAxis } from '../../charts/padded-axis';

export interface FrontierLabels {
  readonly capacity: string;
  readonly objective: string;
  readonly series: string;
  /** The chart's accessible name. */
  readonly chart: string;
  readonly format: (value: number) => string;
}

export function frontierOption(
  frontier: FrontierDocument,
  labels: FrontierLabels,
  chosen: number | undefined,
): ChartOption {
  return {
    // ECharts' aria module writes its own aria-label on the chart: make it ours.
    aria: { enabled: true, label: { description: labels.chart } },
    grid: { left: 64, right: 24, top: 24, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number | null] }) =>
        `${labels.capacity}: ${labels.format(p.value[0])}<br/>${labels.objective}: ${
          p.value[1] === null ? '—' : labels.format(p.value[1])
        }`,
    },
    xAxis: {
      type: 'value',
      name: labels.capacity,
      nameLocation: 'middle',
      nameGap: 28,
      min: paddedAxis('min'),
      max: paddedAxis('max'),
      axisLabel: { formatter: labels.format, showMinLabel: false, showMaxLabel: false },
    },
    yAxis: {
      type: 'value',
      name: labels.objective,
      min: paddedAxis('min'),
      max: paddedAxis('max'),
      axisLabel: { formatter: labels.format, showMinLabel: false, showMaxLabel: false },
    },
    // The line is only drawn; the points are a scatter series on top, so that a click
    // anywhere on a point hits the point (the polyline would catch it otherwise).
    series: [
      {
        name: labels.series,
        type: 'line',
        silent: true,
        showSymbol: false,
        connectNulls: false,
        data: frontier.points.map((p) => [p.capacity, p.objective]),
      },
      {
        name: labels.series,
        type: 'scatter',
        z: 3,
        symbolSize: 14,
        cursor: 'pointer',
        data: frontier.points.map((p, index) => ({
          value: [p.capacity, p.objective],
          ...(index === chosen ? { symbolSize: 22, itemStyle: { borderWidth: 3 } } : {}),
        })),
      },
    ],
  };
}
