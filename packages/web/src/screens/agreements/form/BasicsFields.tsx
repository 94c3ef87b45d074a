/**
 * The agreement itself: type, id, title, parties, term, notice, currency and renewal. An
 * amendment (`locked`) keeps the type, the id and the parties: they show but do not change.
 */
import { Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { typeLabel } from '../../../components/agreement-labels';
import { useFieldError, useListFieldError } from '../../../components/FieldErrors';
import type { PartnerSummary } from '../../../components/use-parties';
import { useI18n } from '../../../i18n/I18nProvider';
import { AGREEMENT_TYPES, type AgreementFormValues, minPartners } from './agreement-values';

export function BasicsFields({
  type,
  partners,
  locked = false,
}: {
  readonly type: AgreementFormValues['type'];
  readonly partners: readonly PartnerSummary[];
  readonly locked?: boolean;
}) {
  const chosen = Form.useWatch('partners', { preserve: true }) as readonly string[] | undefined;
  const lockedPartners = chosen?.map((key) => partners.find((p) => p.id === key)?.name ?? key);
  const { t } = useI18n();
  const parties = useListFieldError(['parties']);
  const min = minPartners(type);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="type"
            label={t('screen.agreements.form.type')}
            {...useFieldError(['type'])}
          >
            <Select
              disabled={locked}
              options={AGREEMENT_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="id"
            label={t('screen.agreements.form.id')}
            extra={t('screen.agreements.form.idHelp')}
            rules={[
              { required: true, whitespace: true, message: t('screen.agreements.form.idRequired') },
            ]}
            {...useFieldError(['id'])}
          >
            <Input autoComplete="off" disabled={locked} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="title"
            label={t('screen.agreements.form.title')}
            {...useFieldError(['title'])}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      {locked ? (
        // The parties of an amendment are those of the agreement: named, not editable.
        <Form.Item label={t('screen.agreements.form.partners')}>
          <Typography.Text data-testid="locked-partners">
            {(lockedPartners ?? []).join(', ')}
          </Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item
          name="partners"
          label={t('screen.agreements.form.partners')}
          extra={t(
            type === 'consortium'
              ? 'screen.agreements.form.partnersConsortium'
              : 'screen.agreements.form.partnersHelp',
          )}
          rules={[
            {
              type: 'array',
              min,
              message: t('screen.agreements.form.partnersMin', { count: min }),
            },
          ]}
          {...parties}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: ['label', 'value'] }}
            options={partners.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name="start"
            label={t('screen.agreements.form.start')}
            rules={[{ required: true, message: t('screen.agreements.form.dateRequired') }]}
            {...useFieldError(['start'])}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="end"
            label={t('screen.agreements.form.end')}
            rules={[{ required: true, message: t('screen.agreements.form.dateRequired') }]}
            {...useFieldError(['end'])}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="noticeDays"
            label={t('screen.agreements.form.noticeDays')}
            {...useFieldError(['noticeDays'])}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="currency"
            label={t('screen.agreements.form.currency')}
            extra={t('screen.agreements.form.currencyHelp')}
            {...useFieldError(['currency'])}
          >
            <Input maxLength={3} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('screen.agreements.form.renewal')}</Typography.Text>
      <Row gutter={16} align="bottom">
        <Col xs={12} md={6}>
          <Form.Item
            name={['renewal', 'automatic']}
            label={t('screen.agreements.form.renewalAutomatic')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name={['renewal', 'periodMonths']}
            label={t('screen.agreements.form.renewalMonths')}
            {...useFieldError(['renewal', 'periodMonths'])}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
