/**
 * The group's direct weights when several assessors weigh the criteria: each assessor's
 * weights scaled to sum 1, then averaged (core's `groupDirectWeights`, as the ranking does).
 */
import { Descriptions, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import type { DraftCriterion } from './draft';

interface Props {
  readonly criteria: readonly DraftCriterion[];
  readonly weights: readonly number[];
  readonly count: number;
}

export function GroupWeights({ criteria, weights, count }: Props) {
  const { t, formatPercent } = useI18n();
  return (
    <section aria-labelledby="criteria-group-weights">
      <Typography.Text strong id="criteria-group-weights">
        {t('screen.criteria.groupWeightsTitle', { count })}
      </Typography.Text>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={criteria.map((c, k) => ({
          key: c.key,
          label: c.name || c.id,
          children: (
            <span data-testid={`group-weight-${k}`}>{formatPercent(weights[k] ?? 0, 1)}</span>
          ),
        }))}
      />
    </section>
  );
}
