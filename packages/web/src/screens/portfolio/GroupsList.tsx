/** Groups: caps and floors on any set of partners (e.g. at most one of three competing banks). */
import { Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionAnchor } from './constraint-paths';
import { AddRowButton, ListSection, RemoveRowButton } from './list-parts';
import { PARTNER_SEARCH, type PartnerOption } from './partner-options';

export function GroupsList({
  options,
  disabled,
}: {
  readonly options: readonly PartnerOption[];
  readonly disabled: boolean;
}) {
  const { t } = useI18n();
  return (
    <ListSection
      id={sectionAnchor('groups')}
      title={t('screen.portfolio.groups.title')}
      help={t('screen.portfolio.groups.help')}
    >
      <Form.List name="groups">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => {
              const row = field.name + 1;
              return (
                <Card size="small" key={field.key} id={sectionAnchor('groups', String(field.name))}>
                  <Flex gap={8} align="center" wrap>
                    <Form.Item name={[field.name, 'name']} noStyle>
                      <Input
                        aria-label={t('screen.portfolio.groups.name', { row })}
                        placeholder={t('screen.portfolio.groups.namePlaceholder')}
                        disabled={disabled}
                        style={{ width: 180 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'members']}
                      noStyle
                      rules={[
                        {
                          required: true,
                          type: 'array',
                          min: 1,
                          message: t('screen.portfolio.groups.membersRequired'),
                        },
                      ]}
                    >
                      <Select
                        mode="multiple"
                        aria-label={t('screen.portfolio.groups.members', { row })}
                        placeholder={t('screen.portfolio.groups.members', { row })}
                        options={[...options]}
                        showSearch={PARTNER_SEARCH}
                        disabled={disabled}
                        style={{ minWidth: 280, flex: 1 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'min']} noStyle>
                      <InputNumber
                        aria-label={t('screen.portfolio.groups.min', { row })}
                        placeholder={t('screen.portfolio.groups.minPlaceholder')}
                        min={0}
                        precision={0}
                        disabled={disabled}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'max']} noStyle>
                      <InputNumber
                        aria-label={t('screen.portfolio.groups.max', { row })}
                        placeholder={t('screen.portfolio.groups.maxPlaceholder')}
                        min={0}
                        precision={0}
                        disabled={disabled}
                      />
                    </Form.Item>
                    <RemoveRowButton onRemove={() => remove(field.name)} disabled={disabled} />
                  </Flex>
                </Card>
              );
            })}
            <AddRowButton
              label={t('screen.portfolio.groups.add')}
              onAdd={() => add({ members: [], min: null, max: null })}
              disabled={disabled}
            />
          </Flex>
        )}
      </Form.List>
    </ListSection>
  );
}
