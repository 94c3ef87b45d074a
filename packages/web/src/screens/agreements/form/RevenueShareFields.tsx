/** A revenue share: source, collector, marginal tiers (each with shares per party) and caps. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { FieldGroupError } from '../../../components/FieldErrors';
import { FormField } from '../../../components/FormField';
import { useI18n } from '../../../i18n/I18nProvider';
import { PartyInputs } from './PartyInputs';
import type { TermFieldsProps } from './term-fields';

export function RevenueShareFields({ index, parties, partyName }: TermFieldsProps) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const base = ['terms', index, 'revenueShare'] as const;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FormField
            name={[index, 'revenueShare', 'source']}
            at={[...base, 'source']}
            label={t('screen.agreements.form.source')}
            extra={t('screen.agreements.form.sourceHelp')}
          >
            <Input />
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField
            name={[index, 'revenueShare', 'collector']}
            at={[...base, 'collector']}
            label={t('screen.agreements.form.collector')}
            extra={t('screen.agreements.form.collectorHelp')}
          >
            <Select options={parties.map((p) => ({ value: p, label: partyName(p) }))} />
          </FormField>
        </Col>
      </Row>
      <Typography.Text strong>{t('screen.agreements.form.tiers')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
        {t('screen.agreements.form.tiersHelp')}
      </Typography.Paragraph>
      <FieldGroupError path={[...base, 'tiers']} />
      <Form.List name={[index, 'revenueShare', 'tiers']}>
        {(tiers, { add, remove }) => (
          <Flex vertical gap={8}>
            {tiers.map((tier) => {
              const tierLabel = t('screen.agreements.form.tier', { n: tier.name + 1 });
              return (
                <fieldset
                  key={tier.key}
                  data-testid={`tier-${tier.name}`}
                  style={{
                    border: `1px dashed ${token.colorBorder}`,
                    borderRadius: token.borderRadius,
                    padding: '8px 12px',
                    margin: 0,
                  }}
                >
                  <legend
                    style={{ fontSize: 13, width: 'auto', border: 0, margin: 0, padding: '0 4px' }}
                  >
                    {tierLabel}
                  </legend>
                  <Flex gap={8} align="baseline" wrap>
                    <FormField
                      name={[tier.name, 'upTo']}
                      at={[...base, 'tiers', tier.name, 'upTo']}
                      label={t('screen.agreements.form.upTo')}
                      extra={t('screen.agreements.form.upToHelp')}
                    >
                      <InputNumber
                        aria-label={t('common.labelled', {
                          context: tierLabel,
                          label: t('screen.agreements.form.upTo'),
                        })}
                        min={0}
                        style={{ width: 180 }}
                      />
                    </FormField>
                    {tiers.length > 1 ? (
                      <Tooltip title={t('screen.agreements.form.removeTier')}>
                        <Button
                          type="text"
                          aria-label={t('common.labelled', {
                            context: t('screen.agreements.form.removeTier'),
                            label: tierLabel,
                          })}
                          icon={<MinusCircleOutlined aria-hidden />}
                          onClick={() => remove(tier.name)}
                        />
                      </Tooltip>
                    ) : null}
                  </Flex>
                  <PartyInputs
                    name={[tier.name, 'shares']}
                    at={[...base, 'tiers', tier.name, 'shares']}
                    label={t('common.labelled', {
                      context: tierLabel,
                      label: t('screen.agreements.form.tierShares'),
                    })}
                    kind="share"
                    parties={parties}
                    partyName={partyName}
                  />
                </fieldset>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ upTo: null, shares: {} })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('screen.agreements.form.addTier')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <div style={{ marginTop: 12 }}>
        <PartyInputs
          name={[index, 'revenueShare', 'cap']}
          at={[...base, 'cap']}
          label={t('screen.agreements.form.cap')}
          help={t('screen.agreements.form.capHelp')}
          kind="amount"
          parties={parties}
          partyName={partyName}
        />
      </div>
    </>
  );
}
