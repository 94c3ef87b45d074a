/** How often partnerships are reviewed: the default cadence and per-partner ones. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Select, Tooltip, Typography } from 'antd';
import { useFieldError } from '../../components/FieldErrors';
import type { PartnerSummary } from '../../components/use-parties';
import { useI18n } from '../../i18n/I18nProvider';

export function CadenceFields({ partners }: { readonly partners: readonly PartnerSummary[] }) {
  const { t } = useI18n();
  const units = [
    { value: 'months', label: t('screen.reviewSettings.months') },
    { value: 'days', label: t('screen.reviewSettings.days') },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('screen.reviewSettings.cadenceHelp')}
      </Typography.Paragraph>
      <Flex gap={8} align="baseline" wrap>
        <Form.Item
          name={['cadence', 'every']}
          label={t('screen.reviewSettings.every')}
          rules={[{ required: true, message: t('screen.reviewSettings.everyRequired') }]}
          {...useFieldError(['cadence', 'every'])}
        >
          <InputNumber min={1} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name={['cadence', 'unit']} label={t('screen.reviewSettings.unit')}>
          <Select options={units} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Typography.Text strong>{t('screen.reviewSettings.overrides')}</Typography.Text>
      <Form.List name="overrides">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline" wrap>
                <Form.Item name={[field.name, 'partner']} noStyle>
                  <Select
                    showSearch={{ optionFilterProp: ['label', 'value'] }}
                    aria-label={t('screen.reviewSettings.partner')}
                    placeholder={t('screen.reviewSettings.partner')}
                    options={partners.map((p) => ({ value: p.id, label: p.name }))}
                    style={{ width: 280 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'every']} noStyle>
                  <InputNumber
                    min={1}
                    precision={0}
                    aria-label={t('screen.reviewSettings.every')}
                    style={{ width: 100 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} noStyle>
                  <Select
                    aria-label={t('screen.reviewSettings.unit')}
                    options={units}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                <Tooltip title={t('screen.reviewSettings.removeOverride')}>
                  <Button
                    type="text"
                    aria-label={t('screen.reviewSettings.removeOverride')}
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                  />
                </Tooltip>
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ every: 6, unit: 'months' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('screen.reviewSettings.addOverride')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}
