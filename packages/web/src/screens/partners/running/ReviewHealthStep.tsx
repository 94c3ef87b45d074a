/**
 * The health check: people on both sides score strategy, operations, relationship,
 * governance and culture (core's dimensions) from 1 to 5; the table below compares the two sides' means per dimension.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Tooltip,
  Typography,
} from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { HealthComparison } from './HealthComparison';
import { compareHealth, HEALTH_DIMENSIONS, type RespondentValues } from './review-draft';

export function ReviewHealthStep() {
  const { t } = useI18n();
  const responses = (Form.useWatch('health') ?? []) as RespondentValues[];
  const rows = compareHealth(responses);
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('screen.partners.review.healthHelp')}
      </Typography.Paragraph>
      <Form.List name="health">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => {
              const label = t('screen.partners.review.respondentN', { n: field.name + 1 });
              return (
                <Card
                  key={field.key}
                  size="small"
                  title={<h3 style={{ fontSize: 14, margin: 0 }}>{label}</h3>}
                  extra={
                    <Tooltip title={t('screen.partners.review.removeRespondent')}>
                      <Button
                        type="text"
                        aria-label={t('common.labelled', {
                          context: t('screen.partners.review.removeRespondent'),
                          label: label,
                        })}
                        icon={<MinusCircleOutlined aria-hidden />}
                        onClick={() => remove(field.name)}
                      />
                    </Tooltip>
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'respondent']}
                        label={t('screen.partners.review.respondent')}
                      >
                        <Input
                          aria-label={t('common.labelled', {
                            context: label,
                            label: t('screen.partners.review.respondent'),
                          })}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'side']}
                        label={t('screen.partners.review.side')}
                      >
                        <Radio.Group
                          aria-label={t('common.labelled', {
                            context: label,
                            label: t('screen.partners.review.side'),
                          })}
                          options={[
                            { value: 'us', label: t('screen.partners.review.sideUs') },
                            { value: 'partner', label: t('screen.partners.review.sidePartner') },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={12}>
                    {HEALTH_DIMENSIONS.map((d) => (
                      <Col xs={12} md={6} key={d}>
                        <Form.Item
                          name={[field.name, 'scores', d]}
                          label={t(`screen.partners.review.dimension.${d}`)}
                        >
                          <InputNumber
                            min={1}
                            max={5}
                            aria-label={t('common.labelled', {
                              context: label,
                              label: t(`screen.partners.review.dimension.${d}`),
                            })}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                  <Form.Item
                    name={[field.name, 'comment']}
                    label={t('screen.partners.review.comment')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input
                      aria-label={t('common.labelled', {
                        context: label,
                        label: t('screen.partners.review.comment'),
                      })}
                    />
                  </Form.Item>
                </Card>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ side: 'us', scores: {} })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('screen.partners.review.addRespondent')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <HealthComparison rows={rows} />
    </Flex>
  );
}
