/** Market cooperation: sales channels and territory (the revenue share is a money term below). */
import { Form, Input, Select } from 'antd';
import { useFieldError } from '../../../components/FieldErrors';
import { useI18n } from '../../../i18n/I18nProvider';

export function MarketFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name={['market', 'channels']}
        label={t('screen.agreements.form.channels')}
        extra={t('screen.agreements.form.channelsHelp')}
        {...useFieldError(['market', 'channels'])}
      >
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item
        name={['market', 'territory']}
        label={t('screen.agreements.form.territory')}
        {...useFieldError(['market', 'territory'])}
      >
        <Input />
      </Form.Item>
    </>
  );
}
