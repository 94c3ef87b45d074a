/**
 * The risk frontier as an ECharts option: expected S (y) against CVaR 5% (x), the
 * frontier's points joined, the optimal portfolio (its first point) and the current one
 * (the incumbents, when the workspace runs partnerships) marked on the same scenarios.
 */
import type { CvarFrontierDocument } from '../../api/types';
import type { ChartOption } from '../../charts/echarts';
import { paddedAxis } from '../../charts/padded-axis';

export interface CvarFrontierLabels {
  readonly cvar: string;
  readonly expected: string;
  readonly series: string;
  readonly optimal: string;
  readonly current: string;
  /** The chart's accessible name. */
  readonly chart: string;
  readonly format: (value: number) => string;
}

/** [CVaR, E[S]] of each point that has a portfolio, in increasing floor. */
export function frontierPairs(frontier: CvarFrontierDocument): [number, number][] {
  return frontier.points.flatMap((p) =>
    p.expected === null || p.cvar5 === null ? [] : [[p.cvar5, p.expected] as [number, number]],
  );
}

export function cvarFrontierOption(
  frontier: CvarFrontierDocument,
  labels: CvarFrontierLabels,
): ChartOption {
  const pairs = frontierPairs(frontier);
  const optimal = pairs[0];
  const current = frontier.current;
  const tooltip = (name: string, [x, y]: [number, number]) =>
    `${name}<br/>${labels.cvar}: ${labels.format(x)}<br/>${labels.expected}: ${labels.format(y)}`;
  return {
    aria: { enabled: true, label: { description: labels.chart } },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; value: [number, number] }) =>
        tooltip(p.seriesName, p.value),
    },
    xAxis: {
      type: 'value',
      name: labels.cvar,
      nameLocation: 'middle',
      nameGap: 28,
      min: paddedAxis('min'),
      max: paddedAxis('max'),
      axisLabel: { formatter: labels.format, showMinLabel: false, showMaxLabel: false },
    },
    yAxis: {
      type: 'value',
      name: labels.expected,
      min: paddedAxis('min'),
      max: paddedAxis('max'),
      axisLabel: { formatter: labels.format, showMinLabel: false, showMaxLabel: false },
    },
    series: [
      {
        name: labels.series,
        type: 'line',
        symbolSize: 10,
        data: pairs,
      },
      ...(optimal === undefined
        ? []
        : [
            {
              name: labels.optimal,
              type: 'scatter' as const,
              symbol: 'diamond',
              symbolSize: 20,
              z: 3,
              data: [optimal],
            },
          ]),
      ...(current === undefined
        ? []
        : [
            {
              name: labels.current,
              type: 'scatter' as const,
              symbol: 'triangle',
              symbolSize: 18,
              z: 4,
              data: [[current.cvar5, current.expected]],
            },
          ]),
    ],
  };
}
