/**
 * The plan-against-actual chart's option, shared by the partner page (planned and actual
 * net per quarter) and the dashboard (planned and realised S): two lines with the gap
 * between them shaded. The shade is an invisible line at min(plan, actual) with |gap|
 * stacked on it ('all' stacking, so negative values stack too).
 */

import { quarterOf } from '../app/periods';
import type { Translator } from '../i18n/translator';
import type { ChartOption } from './echarts';

export interface PlanActualPoint {
  readonly from: string;
  readonly partial: boolean;
  readonly planned: number;
  readonly actual: number;
}

export interface PlanActualNames {
  readonly planned: string;
  readonly actual: string;
  readonly gap: string;
}

export interface PlanActualColors {
  readonly planned: string;
  readonly actual: string;
  readonly gap: string;
  readonly text: string;
}

/** The quarter's label, from the web app's settlement periods ("2026 Q1"; "… (so far)" while it runs). */
export function periodLabel(
  point: Pick<PlanActualPoint, 'from' | 'partial'>,
  t: Translator['t'],
): string {
  const q = quarterOf(point.from);
  const label = t('screen.planActual.quarter', { year: String(q.year), quarter: q.quarter });
  return point.partial ? t('screen.planActual.soFar', { label }) : label;
}

export function planActualOption(
  points: readonly PlanActualPoint[],
  labels: readonly string[],
  names: PlanActualNames,
  colors: PlanActualColors,
  description: string,
): ChartOption {
  const gapStack = { stack: 'gap', stackStrategy: 'all' as const, symbol: 'none', silent: true };
  return {
    aria: { enabled: true, label: { description } },
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    legend: {
      top: 0,
      data: [names.planned, names.actual, names.gap],
      textStyle: { color: colors.text },
    },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: [...labels] },
    yAxis: { type: 'value' },
    series: [
      {
        ...gapStack,
        type: 'line',
        name: 'base',
        data: points.map((p) => Math.min(p.planned, p.actual)),
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
      },
      {
        ...gapStack,
        type: 'line',
        name: names.gap,
        data: points.map((p) => Math.abs(p.actual - p.planned)),
        lineStyle: { opacity: 0 },
        itemStyle: { color: colors.gap },
        areaStyle: { color: colors.gap, opacity: 0.3 },
        tooltip: { show: false },
      },
      {
        type: 'line',
        name: names.planned,
        data: points.map((p) => p.planned),
        itemStyle: { color: colors.planned },
        lineStyle: { type: 'dashed', width: 2, color: colors.planned },
      },
      {
        type: 'line',
        name: names.actual,
        data: points.map((p) => p.actual),
        itemStyle: { color: colors.actual },
        lineStyle: { width: 2, color: colors.actual },
      },
    ],
  };
}
