/** Resource sharing: each party's contributions (data, compute, talent), access rules, data governance. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Tooltip } from 'antd';
import { useFieldError } from '../../../components/FieldErrors';
import { FormField } from '../../../components/FormField';
import { useI18n } from '../../../i18n/I18nProvider';
import { contributionLabel } from '../labels';
import { CONTRIBUTION_KINDS } from './agreement-values';

export function ResourcesFields({
  parties,
  partyName,
}: {
  readonly parties: readonly string[];
  readonly partyName: (party: string) => string;
}) {
  const { t } = useI18n();
  const at = (i: number, field: string) => ['resources', 'contributions', i, field];
  return (
    <>
      <Form.Item label={t('screen.agreements.form.contributions')}>
        <Form.List name={['resources', 'contributions']}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  <FormField name={[field.name, 'party']} at={at(field.name, 'party')} noStyle>
                    <Select
                      aria-label={t('screen.agreements.form.contributionParty')}
                      placeholder={t('screen.agreements.form.contributionParty')}
                      style={{ width: 220 }}
                      options={parties.map((p) => ({ value: p, label: partyName(p) }))}
                    />
                  </FormField>
                  <FormField name={[field.name, 'kind']} at={at(field.name, 'kind')} noStyle>
                    <Select
                      aria-label={t('screen.agreements.form.contributionKind')}
                      style={{ width: 140 }}
                      options={CONTRIBUTION_KINDS.map((k) => ({
                        value: k,
                        label: contributionLabel(t, k),
                      }))}
                    />
                  </FormField>
                  <FormField
                    name={[field.name, 'description']}
                    at={at(field.name, 'description')}
                    noStyle
                  >
                    <Input
                      aria-label={t('screen.agreements.form.contributionDescription')}
                      placeholder={t('screen.agreements.form.contributionDescription')}
                      style={{ width: 280 }}
                    />
                  </FormField>
                  <FormField
                    name={[field.name, 'quantity']}
                    at={at(field.name, 'quantity')}
                    noStyle
                  >
                    <Input
                      aria-label={t('screen.agreements.form.contributionQuantity')}
                      placeholder={t('screen.agreements.form.contributionQuantity')}
                      style={{ width: 140 }}
                    />
                  </FormField>
                  <Tooltip title={t('screen.agreements.form.removeContribution')}>
                    <Button
                      type="text"
                      aria-label={t('screen.agreements.form.removeContribution')}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                    />
                  </Tooltip>
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ kind: 'data', description: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('screen.agreements.form.addContribution')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name={['resources', 'accessRules']}
        label={t('screen.agreements.form.accessRules')}
        {...useFieldError(['resources', 'accessRules'])}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name={['resources', 'dataGovernance']}
        label={t('screen.agreements.form.dataGovernance')}
        {...useFieldError(['resources', 'dataGovernance'])}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
