/**
 * The attribution document as ECharts options: the treated mean against its counterfactual
 * with the start marked, the placebo estimates as a histogram with the estimate marked, and
 * the event study with 95% bands. Pure: labels and number formats are handed in.
 */
import type { AttributionDocument } from '../../api/types';
import type { ChartOption } from '../../charts/echarts';

const Z_95 = 1.959963984540054;

export interface ChartLabels {
  readonly chart: string;
  readonly format: (value: number) => string;
}

export function pathOption(
  doc: AttributionDocument,
  labels: ChartLabels & { treated: string; counterfactual: string; start: string },
): ChartOption {
  const { periods, treated, counterfactual, start } = doc.series;
  return {
    aria: { enabled: true, label: { description: labels.chart } },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => labels.format(v) },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: labels.format } },
    series: [
      {
        type: 'line',
        name: labels.treated,
        data: treated,
        showSymbol: false,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: labels.start },
          lineStyle: { type: 'dashed' },
          data: [{ xAxis: start }],
        },
      },
      {
        type: 'line',
        name: labels.counterfactual,
        data: counterfactual,
        showSymbol: false,
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}

export interface Bins {
  readonly start: number;
  readonly width: number;
  readonly counts: number[];
}

/** Equal-width bins over the values and `include` (so the estimate is on the axis). */
export function binsOf(values: readonly number[], include: number, bins = 20): Bins {
  const lo = Math.min(include, ...values);
  const hi = Math.max(include, ...values);
  const width = hi > lo ? (hi - lo) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const i = Math.min(bins - 1, Math.floor((v - lo) / width));
    counts[i] = (counts[i] as number) + 1;
  }
  return { start: lo, width, counts };
}

export function placeboOption(
  doc: AttributionDocument,
  labels: ChartLabels & { estimate: string; count: string },
): ChartOption | null {
  if (doc.placebo === null) return null;
  const { start, width, counts } = binsOf(doc.placebo.estimates, doc.estimate);
  return {
    aria: { enabled: true, label: { description: labels.chart } },
    grid: { left: 56, right: 24, top: 32, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number] }) =>
        `${labels.format(p.value[0] - width / 2)} – ${labels.format(p.value[0] + width / 2)}: ${p.value[1]}`,
    },
    xAxis: {
      type: 'value',
      min: start,
      max: start + width * counts.length,
      axisLabel: { formatter: labels.format },
    },
    yAxis: { type: 'value', name: labels.count, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: labels.count,
        data: counts.map((c, i) => [start + (i + 0.5) * width, c]),
        barWidth: '90%',
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: `${labels.estimate} ${labels.format(doc.estimate)}` },
          lineStyle: { width: 2 },
          data: [{ xAxis: doc.estimate }],
        },
      },
    ],
  };
}

export function eventStudyOption(
  doc: AttributionDocument,
  labels: ChartLabels & { relative: string; estimate: string },
): ChartOption {
  const points = doc.eventStudy;
  const band = (sign: number) =>
    points.map((p) => (p.se === null ? null : p.coefficient + sign * Z_95 * p.se));
  return {
    aria: { enabled: true, label: { description: labels.chart } },
    grid: { left: 64, right: 24, top: 32, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => labels.format(v) },
    xAxis: {
      type: 'category',
      name: labels.relative,
      nameLocation: 'middle',
      nameGap: 28,
      data: points.map((p) => String(p.relative)),
    },
    yAxis: { type: 'value', axisLabel: { formatter: labels.format } },
    series: [
      {
        type: 'line',
        name: labels.estimate,
        data: points.map((p) => p.coefficient),
        symbolSize: 7,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'solid', opacity: 0.5 },
          data: [{ yAxis: 0 }, { xAxis: '0' }],
        },
      },
      {
        type: 'line',
        name: '95%',
        data: band(1),
        showSymbol: false,
        lineStyle: { type: 'dotted' },
      },
      {
        type: 'line',
        name: '95%',
        data: band(-1),
        showSymbol: false,
        lineStyle: { type: 'dotted' },
      },
    ],
  };
}
