/** A rule's conditions, all of which must hold: a measure compared with a value, over reviews running. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Select, Tooltip, Typography } from 'antd';
import { FormField } from '../../components/FormField';
import { useI18n } from '../../i18n/I18nProvider';
import { METRICS, OPERATORS } from './settings-form';

export function ConditionsEditor({ rule }: { readonly rule: number }) {
  const { t } = useI18n();
  const at = (...rest: (string | number)[]) => ['rules', rule, 'when', ...rest];
  return (
    <Form.List name={[rule, 'when']}>
      {(conditions, { add, remove }) => (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {conditions.map((c) => {
            const group = t('screen.reviewSettings.conditionN', { rule: rule + 1, n: c.name + 1 });
            const named = (label: string) => t('common.labelled', { context: group, label });
            return (
              <Flex key={c.key} gap={8} align="baseline" wrap role="group" aria-label={group}>
                <FormField name={[c.name, 'metric']} at={at(c.name, 'metric')} noStyle>
                  <Select
                    aria-label={named(t('screen.reviewSettings.metric'))}
                    style={{ width: 280 }}
                    options={METRICS.map((m) => ({
                      value: m,
                      label: t(`screen.reviewSettings.metric.${m}`),
                    }))}
                  />
                </FormField>
                <FormField name={[c.name, 'op']} at={at(c.name, 'op')} noStyle>
                  <Select
                    aria-label={named(t('screen.reviewSettings.op'))}
                    style={{ width: 80 }}
                    options={OPERATORS.map((o) => ({ value: o, label: o }))}
                  />
                </FormField>
                <FormField name={[c.name, 'value']} at={at(c.name, 'value')} noStyle>
                  <InputNumber
                    aria-label={named(t('screen.reviewSettings.value'))}
                    style={{ width: 120 }}
                  />
                </FormField>
                <Typography.Text>{t('screen.reviewSettings.for')}</Typography.Text>
                <FormField name={[c.name, 'periods']} at={at(c.name, 'periods')} noStyle>
                  <InputNumber
                    min={1}
                    precision={0}
                    placeholder="1"
                    aria-label={named(t('screen.reviewSettings.periods'))}
                    style={{ width: 80 }}
                  />
                </FormField>
                <Typography.Text>{t('screen.reviewSettings.periodsRunning')}</Typography.Text>
                <Tooltip title={t('screen.reviewSettings.removeCondition')}>
                  <Button
                    type="text"
                    aria-label={t('common.labelled', {
                      context: t('screen.reviewSettings.removeCondition'),
                      label: group,
                    })}
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(c.name)}
                  />
                </Tooltip>
              </Flex>
            );
          })}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ metric: 'netVsPlan', op: '<', value: 0 })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('screen.reviewSettings.addCondition')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
