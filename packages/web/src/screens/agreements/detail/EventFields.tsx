/** The fields of one kind of ledger event: a revenue source, a cost pool and who paid, usage, a milestone. */
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { eventTargets } from '../document';
import type { EventKind } from '../ledger-event';

export function EventFields({
  kind,
  targets,
  parties,
}: {
  readonly kind: EventKind;
  readonly targets: ReturnType<typeof eventTargets>;
  readonly parties: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const required = (text: string) => [{ required: true, message: text }];
  return (
    <>
      {kind === 'revenue' ? (
        <Form.Item
          name="source"
          label={t('screen.agreements.form.source')}
          rules={required(t('screen.agreements.ledger.pick'))}
        >
          <Select options={targets.sources.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
      ) : null}
      {kind === 'cost' || kind === 'usage' ? (
        <Form.Item
          name="pool"
          label={t('screen.agreements.form.pool')}
          rules={required(t('screen.agreements.ledger.pick'))}
        >
          <Select options={targets.pools.map((p) => ({ value: p, label: p }))} />
        </Form.Item>
      ) : null}
      {kind === 'revenue' || kind === 'cost' ? (
        <Form.Item
          name="amount"
          label={t('screen.agreements.form.amount')}
          extra={t('screen.agreements.ledger.amountHelp')}
          rules={required(t('screen.agreements.ledger.amountRequired'))}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      {kind === 'cost' ? (
        <Form.Item
          name="paidBy"
          label={t('screen.agreements.ledger.paidBy')}
          rules={required(t('screen.agreements.ledger.pick'))}
        >
          <Select options={parties} />
        </Form.Item>
      ) : null}
      {kind === 'usage' ? (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="party"
              label={t('screen.agreements.ledger.party')}
              rules={required(t('screen.agreements.ledger.pick'))}
            >
              <Select options={parties} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="quantity"
              label={t('screen.agreements.ledger.quantity')}
              rules={required(t('screen.agreements.ledger.amountRequired'))}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
      {kind === 'milestone' ? (
        <Form.Item
          name="milestone"
          label={t('screen.agreements.obligations.milestoneTerm')}
          rules={required(t('screen.agreements.ledger.pick'))}
        >
          <Select options={targets.milestones.map((m) => ({ value: m.id, label: m.id }))} />
        </Form.Item>
      ) : null}
    </>
  );
}
