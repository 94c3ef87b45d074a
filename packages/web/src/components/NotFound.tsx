import { Result } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { LinkButton } from './LinkButton';

/** No page at this address. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('error.notFoundTitle')}</h1>}
      subTitle={t('error.notFoundDescription')}
      extra={
        <LinkButton type="primary" to="/">
          {t('error.backHome')}
        </LinkButton>
      }
    />
  );
}
