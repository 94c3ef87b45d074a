/** Exclusive or prerequisite pairs: a list of rows of two partner selects, with add and remove. */
import { Flex, Form, Select, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionAnchor } from './constraint-paths';
import { AddRowButton, ListSection, RemoveRowButton } from './list-parts';
import { PARTNER_SEARCH, type PartnerOption } from './partner-options';

export interface PairsListProps {
  readonly name: 'exclusive' | 'requires';
  readonly options: readonly PartnerOption[];
  readonly disabled: boolean;
}

export function PairsList({ name, options, disabled }: PairsListProps) {
  const { t } = useI18n();
  const first = t(`screen.portfolio.${name}.first`);
  const second = t(`screen.portfolio.${name}.second`);
  const select = (label: string, index: number, side: 'a' | 'b') => (
    <Form.Item
      name={[index, side]}
      noStyle
      rules={[{ required: true, message: t('screen.portfolio.pairIncomplete') }]}
    >
      <Select
        aria-label={t('screen.portfolio.pairSide', { side: label, row: index + 1 })}
        placeholder={label}
        options={[...options]}
        showSearch={PARTNER_SEARCH}
        disabled={disabled}
        style={{ minWidth: 220, flex: 1 }}
      />
    </Form.Item>
  );
  return (
    <ListSection
      id={sectionAnchor(name)}
      title={t(`screen.portfolio.${name}.title`)}
      help={t(`screen.portfolio.${name}.help`)}
    >
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex
                key={field.key}
                id={sectionAnchor(name, String(field.name))}
                gap={8}
                align="center"
                wrap
              >
                {select(first, field.name, 'a')}
                <Typography.Text type="secondary">
                  {t(`screen.portfolio.${name}.joiner`)}
                </Typography.Text>
                {select(second, field.name, 'b')}
                <RemoveRowButton onRemove={() => remove(field.name)} disabled={disabled} />
              </Flex>
            ))}
            <AddRowButton
              label={t(`screen.portfolio.${name}.add`)}
              onAdd={() => add({})}
              disabled={disabled}
            />
          </Flex>
        )}
      </Form.List>
    </ListSection>
  );
}
