/** The selection criteria re-scored for this period (prefilled with the partner's current scores). */
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import type { CriteriaSet } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

export function ReviewScoresStep({
  criteria,
}: {
  readonly criteria: readonly CriteriaSet['criteria'][number][];
}) {
  const { t } = useI18n();
  if (criteria.length === 0) {
    return (
      <Typography.Paragraph type="secondary">
        {t('screen.partners.review.noCriteria')}
      </Typography.Paragraph>
    );
  }
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('screen.partners.review.scoresHelp')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {criteria.map((c) => (
          <Col xs={12} md={6} key={c.id}>
            <Form.Item name={['scores', c.id]} label={c.name ?? c.id}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
