/**
 * A new periodic review, step by step: the period with planned and actual cost and return
 * (the plan prefilled from the partner's estimate in force on the period's first day),
 * the criteria re-scored, a health check answered by people on both sides, issues and
 * improvements; then the rules' suggestion (which rule fired, on which facts), the decision and its reasons.
 */
import { App, Button, Card, Flex, Form, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { problemMessage } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { ReviewAssessment, ReviewDecision } from '../../../api/types';
import { todayUtc } from '../../../app/periods';
import { useLoad } from '../../../app/use-load';
import { useI18n } from '../../../i18n/I18nProvider';
import type { PartnerView } from '../views';
import { ReviewDecisionStep } from './ReviewDecisionStep';
import { ReviewHealthStep } from './ReviewHealthStep';
import { ReviewNotesStep } from './ReviewNotesStep';
import { ReviewPeriodStep } from './ReviewPeriodStep';
import { ReviewScoresStep } from './ReviewScoresStep';
import {
  defaultPeriod,
  plannedFrom,
  plannedOn,
  type ReviewValues,
  reviewDraft,
} from './review-draft';

export interface WizardValues extends ReviewValues {
  readonly decision?: ReviewDecision;
  readonly reasons?: string;
  readonly exitOwner?: string;
}

const STEP_FIELDS: readonly (readonly (string | number)[][])[] = [
  [['periodStart'], ['periodEnd'], ['plan', 'cost'], ['plan', 'return'], ['actualReason']],
  [],
  [],
  [],
];

const DECISION_FIELDS: ReadonlySet<string> = new Set(['decision', 'reasons', 'exitOwner']);

export function ReviewWizard({
  slug,
  partner,
  onCancel,
  onSaved,
}: {
  readonly slug: string;
  readonly partner: PartnerView;
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [assessment, setAssessment] = useState<ReviewAssessment | undefined>();
  const [busy, setBusy] = useState<'suggest' | 'save' | undefined>();
  const criteria = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/criteria', { params: { path: { slug } } })),
    [slug],
  );
  // The workspace's value unit: plan and actual are in it (the ledger converted).
  const settings = useLoad(
    () => unwrap(api.GET('/api/workspaces/{slug}/settings', { params: { path: { slug } } })),
    [slug],
  );
  const path = { path: { slug, key: partner.id } };
  // The plan is the estimate in force on the period's first day (a past period's plan is
  // not today's estimate); re-prefilled when the start moves, unless the user typed one.
  const history = useLoad(
    () =>
      unwrap(
        api.GET('/api/workspaces/{slug}/partners/{id}/estimate/history', {
          params: { path: { slug, id: partner.id } },
        }),
      ),
    [slug, partner.id],
  );
  const prefilled = useRef(plannedFrom(partner));
  const prefill = (start: string | undefined) => {
    const current = form.getFieldValue('plan') as WizardValues['plan'];
    const last = prefilled.current;
    if (current?.cost !== last.cost || current?.return !== last.return) return;
    const next = plannedOn(history.data?.estimates, start, partner);
    prefilled.current = next;
    form.setFieldValue('plan', next);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the history arrives.
  useEffect(() => {
    if (history.data !== undefined) prefill(form.getFieldValue('periodStart'));
  }, [history.data]);
  const titles = [
    t('screen.partners.review.step.period'),
    t('screen.partners.review.step.scores'),
    t('screen.partners.review.step.health'),
    t('screen.partners.review.step.notes'),
    t('screen.partners.review.step.decide'),
  ];

  const next = async () => {
    await form.validateFields([...(STEP_FIELDS[step] ?? [])]);
    setStep((s) => Math.min(s + 1, titles.length - 1));
  };
  const suggest = async () => {
    setBusy('suggest');
    try {
      const answer = await unwrap(
        api.POST('/api/workspaces/{slug}/partners/{key}/reviews/preview', {
          params: path,
          body: reviewDraft(form.getFieldsValue(true), partner.scores),
        }),
      );
      setAssessment(answer);
      form.setFieldValue('decision', answer.suggestion.suggestion);
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(undefined);
    }
  };
  const save = async () => {
    const checked = await form.validateFields([['decision'], ['reasons']]);
    const values: WizardValues = form.getFieldsValue(true);
    setBusy('save');
    try {
      await unwrap(
        api.POST('/api/workspaces/{slug}/partners/{key}/reviews', {
          params: path,
          body: {
            ...reviewDraft(values, partner.scores),
            decision: checked.decision ?? 'continue',
            reasons: (checked.reasons ?? '').trim(),
            ...(checked.decision === 'exit' && values.exitOwner?.trim()
              ? { exitOwner: values.exitOwner.trim() }
              : {}),
          },
        }),
      );
      void message.success(t('screen.partners.review.saved'));
      onSaved();
    } catch (error) {
      void message.error(problemMessage(error, i18n));
    } finally {
      setBusy(undefined);
    }
  };

  const last = step === titles.length - 1;
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('screen.partners.review.new')}</h2>}
      data-testid="review-wizard"
    >
      <Steps
        current={step}
        size="small"
        items={titles.map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
      />
      <Form<WizardValues>
        form={form}
        layout="vertical"
        initialValues={{
          ...defaultPeriod(todayUtc()),
          plan: plannedFrom(partner),
          actual: { cost: null, return: null },
          scores: partner.scores,
          health: [
            { side: 'us', scores: {} },
            { side: 'partner', scores: {} },
          ],
        }}
        onValuesChange={(changed: Partial<WizardValues>) => {
          // A new draft needs a new suggestion; the decision itself does not.
          if (Object.keys(changed).some((k) => !DECISION_FIELDS.has(k))) setAssessment(undefined);
          if (changed.periodStart !== undefined) prefill(changed.periodStart);
        }}
      >
        <div hidden={step !== 0}>
          <ReviewPeriodStep unit={settings.data?.settings.unit ?? ''} />
        </div>
        <div hidden={step !== 1}>
          <ReviewScoresStep criteria={criteria.data?.criteria ?? []} />
        </div>
        <div hidden={step !== 2}>
          <ReviewHealthStep />
        </div>
        <div hidden={step !== 3}>
          <ReviewNotesStep />
        </div>
        <div hidden={step !== 4}>
          <ReviewDecisionStep assessment={assessment} />
        </div>
      </Form>
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        {step > 0 ? (
          <Button onClick={() => setStep(step - 1)}>{t('screen.partners.review.back')}</Button>
        ) : null}
        {last ? (
          <>
            <Button loading={busy === 'suggest'} onClick={() => void suggest()}>
              {t('screen.partners.review.suggest')}
            </Button>
            <Button
              type="primary"
              loading={busy === 'save'}
              disabled={assessment === undefined}
              onClick={() => void save()}
            >
              {t('screen.partners.review.save')}
            </Button>
          </>
        ) : (
          <Button type="primary" onClick={() => void next().catch(() => undefined)}>
            {t('screen.partners.review.next')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
