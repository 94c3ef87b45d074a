/**
 * The group's judgements: the cell-by-cell geometric mean of every assessor's grid, read
 * only, with the group's consistency ratio. The weights in the criteria table are these.
 */
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Typography, theme } from 'antd';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import type { DraftCriterion } from './draft';
import type { GroupAnalysis } from './group-ahp';

interface Props {
  readonly criteria: readonly DraftCriterion[];
  readonly group: GroupAnalysis;
}

export function GroupMatrix({ criteria, group }: Props) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();
  const label = (k: number) => criteria[k]?.name || criteria[k]?.id || '';
  const fmt = (v: number) => formatNumber(v, { maximumFractionDigits: 3 });
  const cell = {
    padding: 6,
    border: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'center' as const,
  };
  const result = group.group.result;
  return (
    <section aria-labelledby="criteria-group-title">
      <Flex vertical gap={8}>
        <Typography.Title level={3} id="criteria-group-title" style={{ fontSize: 15, margin: 0 }}>
          {t('screen.criteria.groupTitle', { count: group.assessors.length })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('screen.criteria.groupHint')}</Typography.Text>
        <div style={{ overflowX: 'auto' }}>
          <table
            aria-label={t('screen.criteria.groupGridLabel')}
            style={{ borderCollapse: 'collapse' }}
          >
            <thead>
              <tr>
                <td style={cell} />
                {criteria.map((c, j) => (
                  <th key={c.key} scope="col" style={cell}>
                    {label(j)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {criteria.map((row, i) => (
                <tr key={row.key}>
                  <th scope="row" style={{ ...cell, textAlign: 'start' }}>
                    {label(i)}
                  </th>
                  {criteria.map((column, j) => (
                    <td key={column.key} style={cell} data-testid={`group-cell-${i}-${j}`}>
                      {fmt(group.matrix[i]?.[j] ?? 1)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
