/**
 * The coordination cost in the constraints form: a flat cost per selected partner, or a
 * cost per partner by kind plus overhead bands (the marginal cost per partner up to a
 * count). A band that breaks core's rules says so next to its field, in the reader's
 * language, from the rule's code.
 */
import { Col, Flex, Form, InputNumber, Radio, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { sectionAnchor } from './constraint-paths';
import { PARTNER_KINDS } from './constraint-values';
import { type BandValue, bandIssue } from './coordination-values';
import { AddRowButton, ListSection, RemoveRowButton } from './list-parts';

const BANDS = ['coordination', 'overhead'] as const;

export function CoordinationFields({ disabled }: { readonly disabled: boolean }) {
  const { t, formatNumber, locale } = useI18n();
  const form = Form.useFormInstance();
  // A band's message was written in the language of its last check: say it again in the new one.
  useEffect(() => {
    if (locale === undefined) return;
    const failing = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0 && f.name[0] === 'coordination')
      .map((f) => f.name);
    if (failing.length > 0) void form.validateFields(failing).catch(() => undefined);
  }, [locale, form]);
  const mode = Form.useWatch(['coordination', 'mode'], form) as 'flat' | 'byKind' | undefined;
  const number = (v: number) => formatNumber(v, { maximumFractionDigits: 6 });

  const bandRule = (k: number, field: 'upTo' | 'perPartner') => ({
    validator: async () => {
      const bands = (form.getFieldValue([...BANDS]) ?? []) as (BandValue | undefined)[];
      const issue = bandIssue(bands, k, field);
      if (issue === undefined) return;
      throw new Error(
        t(`screen.portfolio.coordination.issue.${issue.code}`, {
          value: number(issue.value),
          previous: number(issue.previous),
        }),
      );
    },
  });

  return (
    <ListSection
      id={sectionAnchor('coordinationCost')}
      title={t('screen.portfolio.coordination.title')}
    >
      <Form.Item name={['coordination', 'mode']} label={t('screen.portfolio.coordination.mode')}>
        <Radio.Group
          options={[
            { value: 'flat', label: t('screen.portfolio.coordination.flatMode') },
            { value: 'byKind', label: t('screen.portfolio.coordination.byKindMode') },
          ]}
        />
      </Form.Item>
      {mode === 'byKind' ? (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t('screen.portfolio.coordination.byKindHelp')}
          </Typography.Text>
          <Row gutter={16}>
            {PARTNER_KINDS.map((kind) => (
              <Col key={kind} xs={12} md={6}>
                <Form.Item
                  name={['coordination', 'perKind', kind]}
                  label={t('screen.portfolio.coordination.perKind', {
                    kind: t(`screen.portfolio.kind.${kind}`),
                  })}
                >
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Text strong>{t('screen.portfolio.coordination.bandsTitle')}</Typography.Text>
          <Typography.Text type="secondary">
            {t('screen.portfolio.coordination.bandsHelp')}
          </Typography.Text>
          <Form.List name={[...BANDS]}>
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap data-testid="overhead-band">
                    <Form.Item
                      name={[field.name, 'upTo']}
                      dependencies={[[...BANDS, field.name - 1, 'upTo']]}
                      rules={[
                        {
                          required: true,
                          message: t('screen.portfolio.coordination.upToRequired'),
                        },
                        bandRule(field.name, 'upTo'),
                      ]}
                    >
                      <InputNumber
                        aria-label={t('screen.portfolio.coordination.upTo', {
                          row: field.name + 1,
                        })}
                        placeholder={t('screen.portfolio.coordination.upToPlaceholder')}
                        min={1}
                        precision={0}
                        disabled={disabled}
                        style={{ width: 200 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'perPartner']}
                      dependencies={[[...BANDS, field.name - 1, 'perPartner']]}
                      rules={[
                        {
                          required: true,
                          message: t('screen.portfolio.coordination.rateRequired'),
                        },
                        bandRule(field.name, 'perPartner'),
                      ]}
                    >
                      <InputNumber
                        aria-label={t('screen.portfolio.coordination.rate', {
                          row: field.name + 1,
                        })}
                        placeholder={t('screen.portfolio.coordination.ratePlaceholder')}
                        min={0}
                        disabled={disabled}
                        style={{ width: 200 }}
                      />
                    </Form.Item>
                    <RemoveRowButton onRemove={() => remove(field.name)} disabled={disabled} />
                  </Flex>
                ))}
                <AddRowButton
                  label={t('screen.portfolio.coordination.addBand')}
                  onAdd={() => add({ upTo: null, perPartner: null })}
                  disabled={disabled}
                />
              </Flex>
            )}
          </Form.List>
        </Flex>
      ) : (
        <Form.Item
          name={['coordination', 'flat']}
          label={t('screen.portfolio.coordinationCost.label')}
          extra={t('screen.portfolio.coordinationCost.help')}
        >
          <InputNumber min={0} style={{ width: 240 }} />
        </Form.Item>
      )}
    </ListSection>
  );
}
