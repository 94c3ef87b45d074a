/**
 * The review's period, and planned against actual cost and return (plan from the
 * partner's expected values). Actuals come from the ledger's settlement lines; typed
 * figures override them, only with a reason. Every figure is in the workspace's value
 * unit, said next to the fields as the plan-against-actual cards say it.
 */
import { Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { overridesActual } from './review-draft';

export function ReviewPeriodStep({ unit }: { readonly unit: string }) {
  const { t, formatNumber } = useI18n();
  const money = (name: (string | number)[], label: string, required = true) => (
    <Form.Item
      name={name}
      label={label}
      rules={
        required ? [{ required: true, message: t('screen.partners.review.numberRequired') }] : []
      }
    >
      <InputNumber min={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  const plan = Form.useWatch('plan');
  const actual = Form.useWatch('actual');
  const net = (v: { cost?: number | null; return?: number | null } | undefined) =>
    typeof v?.return === 'number' && typeof v.cost === 'number' ? v.return - v.cost : undefined;
  const planNet = net(plan);
  const actualNet = net(actual);
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name="periodStart"
            label={t('screen.partners.review.periodStart')}
            rules={[{ required: true, message: t('screen.agreements.form.dateRequired') }]}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="periodEnd"
            label={t('screen.partners.review.periodEnd')}
            rules={[{ required: true, message: t('screen.agreements.form.dateRequired') }]}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {t('screen.partners.review.planHelp')}
      </Typography.Paragraph>
      {unit === '' ? null : (
        <Typography.Paragraph type="secondary" data-testid="review-unit">
          {t('screen.planActual.inUnit', { unit })}
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col xs={12} md={6}>
          {money(['plan', 'cost'], t('screen.partners.review.planCost'))}
        </Col>
        <Col xs={12} md={6}>
          {money(['plan', 'return'], t('screen.partners.review.planReturn'))}
        </Col>
        <Col xs={12} md={6}>
          {money(['actual', 'cost'], t('screen.partners.review.actualCost'), false)}
        </Col>
        <Col xs={12} md={6}>
          {money(['actual', 'return'], t('screen.partners.review.actualReturn'), false)}
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {t('screen.partners.review.actualFromLedger')}
      </Typography.Paragraph>
      {overridesActual({ actual }) ? (
        <Form.Item
          name="actualReason"
          label={t('screen.partners.review.actualReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('screen.partners.review.actualReasonRequired'),
            },
          ]}
        >
          <Input data-testid="actual-reason" />
        </Form.Item>
      ) : null}
      {planNet === undefined || actualNet === undefined ? null : (
        <Typography.Text
          data-testid="review-net"
          {...(actualNet < planNet ? { type: 'danger' as const } : {})}
        >
          {t('screen.partners.review.netVsPlan', {
            actual: formatNumber(actualNet, { maximumFractionDigits: 2 }),
            plan: formatNumber(planNet, { maximumFractionDigits: 2 }),
            difference: formatNumber(actualNet - planNet, {
              maximumFractionDigits: 2,
              signDisplay: 'exceptZero',
            }),
          })}
        </Typography.Text>
      )}
    </>
  );
}
