/** Groups: caps and floors on any set of partners (e.g. at most one of three competing banks). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionAnchor } from './constraint-paths';
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
    <section id={sectionAnchor('groups')} aria-labelledby="pf-groups-title">
      <Typography.Title level={3} id="pf-groups-title" style={{ fontSize: 15 }}>
        {t('screen.portfolio.groups.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('screen.portfolio.groups.help')}
      </Typography.Paragraph>
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
                    <Tooltip title={t('screen.portfolio.removeRow')}>
                      <Button
                        aria-label={t('screen.portfolio.removeRow')}
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        disabled={disabled}
                      />
                    </Tooltip>
                  </Flex>
                </Card>
              );
            })}
            <div>
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ members: [], min: null, max: null })}
                disabled={disabled}
              >
                {t('screen.portfolio.groups.add')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </section>
  );
}
