/** The language and theme selects, in the header and on the sign-in page. */
import { DesktopOutlined, MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Flex, Select } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { isLocale, LOCALES } from '../i18n/translator';
import { THEME_CHOICES, type ThemeChoice, useTheme } from '../theme/ThemeProvider';

const THEME_ICONS = {
  system: <DesktopOutlined />,
  light: <SunOutlined />,
  dark: <MoonOutlined />,
} as const satisfies Record<ThemeChoice, unknown>;

export function PreferenceSwitches() {
  const { t, locale, setLocale } = useI18n();
  const { choice, setChoice } = useTheme();
  return (
    <Flex gap={8} align="center">
      <Select
        aria-label={t('language.label')}
        data-testid="language-switch"
        value={locale}
        style={{ width: 120 }}
        onChange={(next: string) => {
          if (isLocale(next)) setLocale(next);
        }}
        options={LOCALES.map((value) => ({
          value,
          // Each language is named in itself, so a reader finds their own.
          label: <span lang={value}>{t(`language.${value}`)}</span>,
        }))}
      />
      <Select
        aria-label={t('theme.label')}
        data-testid="theme-switch"
        value={choice}
        style={{ width: 130 }}
        onChange={(next: ThemeChoice) => setChoice(next)}
        options={THEME_CHOICES.map((value) => ({
          value,
          label: (
            <Flex gap={6} align="center">
              <span aria-hidden>{THEME_ICONS[value]}</span>
              {t(`theme.${value}`)}
            </Flex>
          ),
        }))}
      />
    </Flex>
  );
}
