/**
 * The group's judgements: the cell-by-cell geometric mean of every assessor's grid, read
 * only, with the group's consistency ratio. The weights in the criteria table are these.
 */
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { CriteriaGrid } from './CriteriaGrid';
import type { DraftCriterion } from './draft';
import type { GroupAnalysis } from './group-ahp';

interface Props {
  readonly criteria: readonly DraftCriterion[];
  readonly group: GroupAnalysis;
}

export function GroupMatrix({ criteria, group }: Props) {
  const { t, formatNumber } = useI18n();
  const fmt = (v: number) => formatNumber(v, { maximumFractionDigits: 3 });
  const result = group.group.result;
  return (
    <section aria-labelledby="criteria-group-title">
      <Flex vertical gap={8}>
        <Typography.Title level={3} id="criteria-group-title" style={{ fontSize: 15, margin: 0 }}>
          {t('screen.criteria.groupTitle', { count: group.assessors.length })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('screen.criteria.groupHint')}</Typography.Text>
        <CriteriaGrid
          criteria={criteria}
          ariaLabel={t('screen.criteria.groupGridLabel')}
          cell={({ i, j, style }) => (
            <td style={style} data-testid={`group-cell-${i}-${j}`}>
              {fmt(group.matrix[i]?.[j] ?? 1)}
            </td>
          )}
        />
        {result === undefined ? null : (
          <Flex gap={12} align="center" wrap aria-live="polite">
            <Typography.Text>
              {t('screen.criteria.groupCr')}: <span data-testid="group-cr">{fmt(result.cr)}</span>
            </Typography.Text>
            <StatusBadge
              tone={result.consistent ? 'success' : 'error'}
              icon={result.consistent ? <CheckCircleOutlined /> : <WarningOutlined />}
            >
              {result.consistent
                ? t('screen.criteria.consistent')
                : t('screen.criteria.inconsistent')}
            </StatusBadge>
          </Flex>
        )}
      </Flex>
    </section>
  );
}
