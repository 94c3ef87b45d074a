/**
 * Exit clauses: what happens to the IP, the shared data, whether there is a final
 * settlement, and what leaving costs besides the payments due in the notice period.
 */
import { Col, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import { useFieldError } from '../../../components/FieldErrors';
import { useI18n } from '../../../i18n/I18nProvider';

export function ExitFields() {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={['exit', 'ipDisposition']}
          label={t('screen.agreements.form.ipDisposition')}
          {...useFieldError(['exit', 'ipDisposition'])}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={['exit', 'data']}
          label={t('screen.agreements.form.exitData')}
          {...useFieldError(['exit', 'data'])}
        >
          <Radio.Group
            options={[
              { value: 'return', label: t('screen.agreements.form.exitDataReturn') },
              { value: 'delete', label: t('screen.agreements.form.exitDataDelete') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={['exit', 'finalSettlement']}
          label={t('screen.agreements.form.finalSettlement')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={['exit', 'writeOff']}
          label={t('screen.agreements.form.writeOff')}
          {...useFieldError(['exit', 'writeOff'])}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={['exit', 'dataReturnCost']}
          label={t('screen.agreements.form.dataReturnCost')}
          {...useFieldError(['exit', 'dataReturnCost'])}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
