/** What went wrong and what to improve, one point per line. */
import { Form, Input } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';

export function ReviewNotesStep() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="issues"
        label={t('screen.partners.review.issues')}
        extra={t('screen.partners.review.onePerLine')}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item
        name="improvements"
        label={t('screen.partners.review.improvements')}
        extra={t('screen.partners.review.onePerLine')}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </>
  );
}
