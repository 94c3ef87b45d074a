/** A milestone payment: its id, who pays whom, how much, and optionally when it is due. */
import { Col, Input, InputNumber, Row, Select } from 'antd';
import { FormField } from '../../../components/FormField';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TermFieldsProps } from './term-fields';

export function MilestoneFields({ index, parties, partyName }: TermFieldsProps) {
  const { t } = useI18n();
  const base = ['terms', index, 'milestone'] as const;
  const options = parties.map((p) => ({ value: p, label: partyName(p) }));
  const field = (name: string) => ({ name: [index, 'milestone', name], at: [...base, name] });
  return (
    <Row gutter={16}>
      <Col xs={12} md={4}>
        <FormField {...field('id')} label={t('screen.agreements.form.milestoneId')}>
          <Input />
        </FormField>
      </Col>
      <Col xs={12} md={5}>
        <FormField {...field('payer')} label={t('screen.agreements.form.payer')}>
          <Select options={options} />
        </FormField>
      </Col>
      <Col xs={12} md={5}>
        <FormField {...field('payee')} label={t('screen.agreements.form.payee')}>
          <Select options={options} />
        </FormField>
      </Col>
      <Col xs={12} md={4}>
        <FormField {...field('amount')} label={t('screen.agreements.form.amount')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </FormField>
      </Col>
      <Col xs={12} md={6}>
        <FormField {...field('due')} label={t('screen.agreements.form.due')}>
          <Input type="date" />
        </FormField>
      </Col>
      <Col xs={24}>
        <FormField
          {...field('description')}
          label={t('screen.agreements.form.milestoneDescription')}
        >
          <Input />
        </FormField>
      </Col>
    </Row>
  );
}
