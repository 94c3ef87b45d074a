/**
 * The rules that suggest a review's decision: each an id, a description, the decision it
 * suggests, and conditions that must all hold (a metric compared with a value, over one
 * or more reviews running). The most drastic suggestion of the rules that fire wins.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Tooltip, Typography } from 'antd';
import { FormField } from '../../components/FormField';
import { DECISIONS } from '../../components/review-decisions';
import { useI18n } from '../../i18n/I18nProvider';
import { ConditionsEditor } from './ConditionsEditor';

export function RulesEditor() {
  const { t } = useI18n();
  return (
    <Form.List name="rules">
      {(rules, { add, remove }) => (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('screen.reviewSettings.rulesHelp')}
          </Typography.Paragraph>
          {rules.map((rule) => {
            const at = (...rest: (string | number)[]) => ['rules', rule.name, ...rest];
            const label = t('screen.reviewSettings.ruleN', { n: rule.name + 1 });
            return (
              <Card
                key={rule.key}
                size="small"
                data-testid={`rule-${rule.name}`}
                title={<h3 style={{ fontSize: 14, margin: 0 }}>{label}</h3>}
                extra={
                  <Tooltip title={t('screen.reviewSettings.removeRule')}>
                    <Button
                      type="text"
                      danger
                      aria-label={t('common.labelled', {
                        context: t('screen.reviewSettings.removeRule'),
                        label: label,
                      })}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(rule.name)}
                    />
                  </Tooltip>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <FormField
                      name={[rule.name, 'id']}
                      at={at('id')}
                      label={t('screen.reviewSettings.ruleId')}
                    >
                      <Input />
                    </FormField>
                  </Col>
                  <Col xs={24} md={10}>
                    <FormField
                      name={[rule.name, 'description']}
                      at={at('description')}
                      label={t('screen.reviewSettings.ruleDescription')}
                    >
                      <Input />
                    </FormField>
                  </Col>
                  <Col xs={24} md={6}>
                    <FormField
                      name={[rule.name, 'suggest']}
                      at={at('suggest')}
                      label={t('screen.reviewSettings.suggests')}
                    >
                      <Select
                        options={DECISIONS.map((d) => ({
                          value: d,
                          label: t(`screen.partners.review.decision.${d}`),
                        }))}
                      />
                    </FormField>
                  </Col>
                </Row>
                <Typography.Text strong>{t('screen.reviewSettings.when')}</Typography.Text>
                <ConditionsEditor rule={rule.name} />
              </Card>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() =>
              add({
                id: '',
                description: '',
                suggest: 'adjust',
                when: [{ metric: 'netVsPlan', op: '<', value: 0 }],
              })
            }
            style={{ alignSelf: 'flex-start' }}
          >
            {t('screen.reviewSettings.addRule')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
