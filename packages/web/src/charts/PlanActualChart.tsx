/** The plan-against-actual lines with the gap shaded (lazy: ECharts loads with it). */
import { theme } from 'antd';
import { useMemo } from 'react';
import EChart from './EChart';
import { type PlanActualNames, type PlanActualPoint, planActualOption } from './plan-actual-chart';

export default function PlanActualChart({
  points,
  labels,
  names,
  label,
}: {
  readonly points: readonly PlanActualPoint[];
  readonly labels: readonly string[];
  readonly names: PlanActualNames;
  /** What the chart shows, for screen readers. */
  readonly label: string;
}) {
  const { token } = theme.useToken();
  const option = useMemo(
    () =>
      planActualOption(
        points,
        labels,
        names,
        {
          planned: token.colorTextSecondary,
          actual: token.colorPrimary,
          gap: token.colorWarning,
          text: token.colorText,
        },
        label,
      ),
    [points, labels, names, label, token],
  );
  return <EChart label={label} option={option} height={280} />;
}
