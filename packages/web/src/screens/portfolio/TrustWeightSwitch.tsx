/** "Weight returns by trust": each partner's return scaled by its trust score for this run. */
import { Flex, Switch, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';

export function TrustWeightSwitch({
  id,
  checked,
  onChange,
}: {
  readonly id: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <Flex gap={8} align="center" wrap>
      <Switch
        id={`trust-weighted-${id}`}
        checked={checked}
        onChange={onChange}
        aria-describedby={`trust-weighted-${id}-help`}
      />
      <label htmlFor={`trust-weighted-${id}`}>{t('screen.portfolio.trustWeighted.label')}</label>
      <Typography.Text type="secondary" id={`trust-weighted-${id}-help`}>
        {t('screen.portfolio.trustWeighted.help')}
      </Typography.Text>
    </Flex>
  );
}
