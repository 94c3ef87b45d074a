/**
 * A cost, return or synergy estimate: its form (a fixed number, uniform, triangular, PERT,
 * normal, log-normal, or none), one labelled field per parameter with what is wrong next
 * to it, the expected value, and (with `chart`) the density drawn live.
 */
import { Flex, Form, InputNumber, Select, Typography } from 'antd';
import { NUMBER_LIMITS } from '../../engine';
import { useI18n } from '../../i18n/I18nProvider';
import { DensityChart } from './DensityChart';
import {
  changeForm,
  checkDraft,
  type Form as DistributionForm,
  type Draft,
  type DraftIssue,
  expectedValue,
  FORMS,
  PARAMETERS,
  type Parameter,
  toDistribution,
} from './distribution';
import { formLabel } from './labels';

const NONE = 'none';

/** The parameter a broken rule is shown next to. */
function fieldOf(issue: DraftIssue): Parameter {
  if (issue.code === 'order') return issue.form === 'uniform' ? 'max' : 'mode';
  return issue.parameter;
}

export function DistributionEditor({
  label,
  draft,
  onChange,
  allowNone,
  noneLabel,
  chart,
  disabled,
}: {
  readonly label: string;
  readonly draft: Draft | null;
  readonly onChange: (draft: Draft | null) => void;
  readonly allowNone: boolean;
  /** What "no distribution" means here; default: not estimated. */
  readonly noneLabel?: string;
  readonly chart: boolean;
  readonly disabled?: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const issues = draft === null ? [] : checkDraft(draft);
  const distribution = draft === null ? undefined : toDistribution(draft);
  const message = (issue: DraftIssue) =>
    issue.code === 'required'
      ? t('screen.partners.issue.required')
      : issue.code === 'range'
        ? t('screen.partners.issue.range', { bound: formatNumber(NUMBER_LIMITS.maxMagnitude) })
        : issue.code === 'negative'
          ? t('screen.partners.issue.negative')
          : issue.form === 'uniform'
            ? t('screen.partners.issue.orderUniform')
            : t('screen.partners.issue.orderTriple');

  return (
    <Flex vertical gap={8} role="group" aria-label={label}>
      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {label}
      </Typography.Title>
      <Form layout="vertical" component="div" disabled={disabled ?? false}>
        <Flex gap={12} wrap align="flex-start">
          <Form.Item label={t('screen.partners.estimate.form')} style={{ marginBottom: 8 }}>
            <Select<string>
              aria-label={t('screen.partners.fieldOf', {
                what: label,
                field: t('screen.partners.estimate.form'),
              })}
              value={draft?.form ?? NONE}
              onChange={(value) =>
                onChange(value === NONE ? null : changeForm(draft, value as DistributionForm))
              }
              options={[
                ...(allowNone
                  ? [{ value: NONE, label: noneLabel ?? t('screen.partners.estimate.none') }]
                  : []),
                ...FORMS.map((f) => ({ value: f, label: formLabel(t, f) })),
              ]}
              style={{ width: 180 }}
            />
          </Form.Item>
          {draft === null
            ? null
            : PARAMETERS[draft.form].map((parameter: Parameter, i: number) => {
                const problems = issues.filter((issue) => fieldOf(issue) === parameter);
                const name = t(`screen.partners.param.${parameter}`);
                return (
                  <Form.Item
                    key={`${draft.form}-${parameter}`}
                    label={name}
                    validateStatus={problems.length > 0 ? 'error' : ''}
                    help={problems.length > 0 ? problems.map(message).join(' ') : undefined}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber<number>
                      aria-label={t('screen.partners.fieldOf', { what: label, field: name })}
                      value={draft.values[i] ?? null}
                      onChange={(value) =>
                        onChange({
                          ...draft,
                          values: draft.values.map((v, j) =>
                            j === i ? (typeof value === 'number' ? value : null) : v,
                          ),
                        })
                      }
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                );
              })}
        </Flex>
      </Form>
      {distribution === undefined ? null : (
        <Typography.Text data-testid="expected-value">
          {t('screen.partners.estimate.expected', {
            value: formatNumber(expectedValue(distribution), { maximumFractionDigits: 4 }),
          })}
        </Typography.Text>
      )}
      {chart && distribution !== undefined ? (
        <DensityChart distribution={distribution} what={label} />
      ) : null}
    </Flex>
  );
}
