/** Resources and their capacities (budget, staff, compute, ...): add, rename, change, remove. */
import { Flex, Form, Input, InputNumber } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionAnchor } from './constraint-paths';
import type { ConstraintValues } from './constraint-values';
import { AddRowButton, ListSection, RemoveRowButton } from './list-parts';

export function ResourcesList({ disabled }: { readonly disabled: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<ConstraintValues>();
  const resources = Form.useWatch('resources', form) ?? [];
  return (
    <ListSection
      id={sectionAnchor('resources')}
      title={t('screen.portfolio.resources.title')}
      help={t('screen.portfolio.resources.help')}
    >
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
                  <RemoveRowButton onRemove={() => remove(field.name)} disabled={disabled} />
                </Flex>
              );
            })}
            <AddRowButton
              label={t('screen.portfolio.resources.add')}
              onAdd={() => add({ name: '', capacity: null })}
              disabled={disabled}
            />
          </Flex>
        )}
      </Form.List>
    </ListSection>
  );
}
