/**
 * The AHP pairwise comparison grid: one Saaty-scale select per upper-triangle cell, the
 * reciprocal shown below the diagonal, and the consistency computed live by the engine
 * (λmax, CI, CR, a consistent/inconsistent badge) with the judgement that disagrees most
 * with the weights outlined and named in a hint.
 */
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Flex, Select, Typography, theme } from 'antd';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { CriteriaGrid, criterionLabel } from './CriteriaGrid';
import type { DraftCriterion } from './draft';
import type { AhpAnalysis } from './group-ahp';
import { type Matrix, SAATY_VALUES, saatyLabel } from './weights';

const OPTIONS = SAATY_VALUES.map((v) => ({ value: v, label: saatyLabel(v) }));

interface Props {
  readonly criteria: readonly DraftCriterion[];
  readonly matrix: Matrix;
  readonly analysis: AhpAnalysis;
  readonly disabled: boolean;
  readonly onJudge: (i: number, j: number, value: number) => void;
}

export function AhpPanel({ criteria, matrix, analysis, disabled, onJudge }: Props) {
  const { t, formatNumber } = useI18n();
  const { token } = theme.useToken();
  if (criteria.length < 2) return <Alert type="info" title={t('screen.criteria.ahpNeedsTwo')} />;
  const label = (k: number) => criterionLabel(criteria, k);
  const { result, worst } = analysis;
  const fmt = (v: number) => formatNumber(v, { maximumFractionDigits: 3 });
  const highlighted = (i: number, j: number) =>
    worst !== undefined &&
    criteria.length > 2 &&
    worst.deviation > 1e-9 &&
    ((worst.i === i && worst.j === j) || (worst.i === j && worst.j === i));
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('screen.criteria.ahpHint')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('screen.criteria.scaleLegend')}
      </Typography.Paragraph>
      <CriteriaGrid
        criteria={criteria}
        ariaLabel={t('screen.criteria.gridLabel')}
        cell={({ i, j, style: cell }) => {
          const value = matrix[i]?.[j] ?? 1;
          const mark = highlighted(i, j);
          const style = {
            ...cell,
            ...(mark
              ? {
                  background: token.colorWarningBg,
                  outline: `2px solid ${token.colorWarning}`,
                  outlineOffset: -2,
                }
              : i > j || i === j
                ? { background: token.colorFillQuaternary }
                : {}),
          };
          return (
            <td
              style={style}
              data-testid={`ahp-cell-${i}-${j}`}
              data-inconsistent={mark ? 'true' : undefined}
            >
              {i < j ? (
                <Select
                  aria-label={t('screen.criteria.cellLabel', {
                    row: label(i),
                    column: label(j),
                  })}
                  value={value}
                  options={OPTIONS}
                  disabled={disabled}
                  onChange={(v: number) => onJudge(i, j, v)}
                  style={{ width: 80 }}
                  popupMatchSelectWidth={false}
                />
              ) : (
                <Typography.Text {...(i === j ? { type: 'secondary' as const } : {})}>
                  {saatyLabel(value)}
                </Typography.Text>
              )}
            </td>
          );
        }}
      />
      {analysis.error !== undefined ? (
        <Alert type="error" title={t('screen.criteria.ahpInvalid', { message: analysis.error })} />
      ) : result === undefined ? null : (
        <div aria-live="polite">
          <Flex gap={12} align="center" wrap>
            <Descriptions
              size="small"
              column={3}
              items={[
                {
                  key: 'l',
                  label: t('screen.criteria.lambdaMax'),
                  children: <span data-testid="ahp-lambda">{fmt(result.lambdaMax)}</span>,
                },
                { key: 'ci', label: t('screen.criteria.ci'), children: fmt(result.ci) },
                {
                  key: 'cr',
                  label: t('screen.criteria.cr'),
                  children: <span data-testid="ahp-cr">{fmt(result.cr)}</span>,
                },
              ]}
            />
            <StatusBadge
              tone={result.consistent ? 'success' : 'error'}
              icon={result.consistent ? <CheckCircleOutlined /> : <WarningOutlined />}
              data-testid="ahp-badge"
            >
              {result.consistent
                ? t('screen.criteria.consistent')
                : t('screen.criteria.inconsistent')}
            </StatusBadge>
          </Flex>
          {worst !== undefined && criteria.length > 2 && worst.deviation > 1e-9 ? (
            <Alert
              style={{ marginTop: 8 }}
              type={result.consistent ? 'info' : 'warning'}
              data-testid="ahp-worst"
              title={t(
                result.consistent
                  ? 'screen.criteria.worstConsistent'
                  : 'screen.criteria.worstInconsistent',
                {
                  row: label(worst.i),
                  column: label(worst.j),
                  judgement: saatyLabel(worst.judgement),
                  implied: fmt(worst.implied),
                },
              )}
            />
          ) : null}
        </div>
      )}
    </Flex>
  );
}
