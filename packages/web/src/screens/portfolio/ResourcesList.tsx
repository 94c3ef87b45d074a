/** Resources and their capacities (budget, staff, compute, ...): add, rename, change, remove. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionAnchor } from './constraint-paths';
import type { ConstraintValues } from './constraint-values';

export function ResourcesList({ disabled }: { readonly disabled: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<ConstraintValues>();
  const resources = Form.useWatch('resources', form) ?? [];
  return (
    <section id={sectionAnchor('resources')} aria-labelledby="pf-resources-title">
      <Typography.Title level={3} id="pf-resources-title" style={{ fontSize: 15 }}>
        {t('screen.portfolio.resources.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('screen.portfolio.resources.help')}
      </Typography.Paragraph>
      <Form.List name="resources">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => {
              const current = resources[field.name]?.name ?? '';
              return (
                <Flex
                  key={field.key}
                  id={sectionAnchor('resources', current === '' ? `row${field.name}` : current)}
                  gap={8}
                  align="center"
                  wrap
                >
                  <Form.Item
                    name={[field.name, 'name']}
                    noStyle
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('screen.portfolio.resources.nameRequired'),
                      },
                    ]}
                  >
                    <Input
                      aria-label={t('screen.portfolio.resources.name', { row: field.name + 1 })}
                      placeholder={t('screen.portfolio.resources.namePlaceholder')}
                      disabled={disabled}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'capacity']}
                    noStyle
                    rules={[
                      { required: true, message: t('screen.portfolio.resources.capacityRequired') },
                    ]}
                  >
                    <InputNumber
                      aria-label={t('screen.portfolio.resources.capacity', {
                        name: current === '' ? String(field.name + 1) : current,
                      })}
                      placeholder={t('screen.portfolio.resources.capacityPlaceholder')}
                      min={0}
                      disabled={disabled}
                      style={{ width: 180 }}
                    />
                  </Form.Item>
                  <Tooltip title={t('screen.portfolio.removeRow')}>
                    <Button
                      aria-label={t('screen.portfolio.removeRow')}
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      disabled={disabled}
                    />
                  </Tooltip>
                </Flex>
              );
            })}
            <div>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', capacity: null })}
                disabled={disabled}
              >
                {t('screen.portfolio.resources.add')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </section>
  );
}
