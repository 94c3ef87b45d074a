import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** While a screen's code or data loads: a spinner that says so to screen readers too. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} role="status">
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
