/**
 * The rules' suggestion for this review (which rules fired, on which facts; the rules only
 * suggest), then the decision and its reasons. An exit starts the partner's exit plan.
 */
import { Alert, Descriptions, Flex, Form, Input, Radio, Typography } from 'antd';
import type { ReviewAssessment } from '../../../api/types';
import { DECISION_COLOR, DECISIONS } from '../../../components/review-decisions';
import { Tone } from '../../../components/Tone';
import { sayMessage } from '../../../i18n/codes/say-message';
import { useI18n } from '../../../i18n/I18nProvider';

export function ReviewDecisionStep({
  assessment,
}: {
  readonly assessment: ReviewAssessment | undefined;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const decision = Form.useWatch('decision');
  const two = (v: number | undefined | null) =>
    v === undefined || v === null ? '—' : formatNumber(v, { maximumFractionDigits: 2 });
  return (
    <Flex vertical gap={12}>
      {assessment === undefined ? (
        <Alert type="info" showIcon title={t('screen.partners.review.suggestFirst')} />
      ) : (
        <Flex vertical gap={8} data-testid="review-suggestion">
          <Typography.Text strong>
            {t('screen.partners.review.suggestion')}{' '}
            <Tone
              color={DECISION_COLOR[assessment.suggestion.suggestion]}
              data-testid="suggested-decision"
            >
              {t(`screen.partners.review.decision.${assessment.suggestion.suggestion}`)}
            </Tone>
          </Typography.Text>
          <Typography.Text type="secondary">
            {sayMessage(i18n, assessment.suggestion.because, assessment.suggestion.reason)}
          </Typography.Text>
          {assessment.actuals === undefined ? null : (
            <Typography.Text data-testid="review-actuals">
              {t('screen.partners.review.actualsUsed', {
                return: two(assessment.actual.return),
                cost: two(assessment.actual.cost),
              })}{' '}
              <Typography.Text type="secondary">
                ({sayMessage(i18n, assessment.actuals.because, '')})
              </Typography.Text>
            </Typography.Text>
          )}
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'trust',
                label: t('screen.partners.trust.score'),
                children: two(assessment.facts.trust),
              },
              {
                key: 'health',
                label: t('screen.partners.review.health'),
                children: two(assessment.facts.health),
              },
              {
                key: 'gap',
                label: t('screen.partners.review.gap'),
                children: two(assessment.facts.healthGap),
              },
            ]}
          />
          {assessment.suggestion.fired.length === 0 ? (
            <Typography.Text>{t('screen.partners.review.noneFired')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="fired-rules">
              {assessment.suggestion.fired.map((rule) => (
                <li key={rule.ruleId}>
                  <Typography.Text code>{rule.ruleId}</Typography.Text>{' '}
                  {sayMessage(i18n, rule.title, rule.description)}{' '}
                  <Tone color={DECISION_COLOR[rule.suggest]}>
                    {t(`screen.partners.review.decision.${rule.suggest}`)}
                  </Tone>
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {rule.facts.map((fact, k) => (
                      <li key={fact}>{sayMessage(i18n, rule.because?.[k], fact)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <Typography.Text type="secondary">
            {t('screen.partners.review.considered', {
              rules: assessment.suggestion.considered.join(', '),
            })}
          </Typography.Text>
        </Flex>
      )}
      <Form.Item
        name="decision"
        label={t('screen.partners.review.decision')}
        rules={[{ required: true, message: t('screen.partners.review.decisionRequired') }]}
      >
        <Radio.Group
          options={DECISIONS.map((d) => ({
            value: d,
            label: t(`screen.partners.review.decision.${d}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reasons"
        label={t('screen.partners.review.reasons')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('screen.partners.review.reasonsRequired'),
          },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      {decision === 'exit' ? (
        <Form.Item
          name="exitOwner"
          label={t('screen.partners.review.exitOwner')}
          extra={t('screen.partners.review.exitOwnerHelp')}
        >
          <Input />
        </Form.Item>
      ) : null}
    </Flex>
  );
}
