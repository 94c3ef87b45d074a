/**
 * Light or dark: the choice (`system` by default, which follows `prefers-color-scheme`
 * live) is saved in localStorage. Wraps Ant Design's ConfigProvider with the theme of
 * tokens.ts and the Ant Design locale of the active language, and marks `<html>` with
 * `data-theme` and `color-scheme` for global.css and the browser's own controls.
 */
import { LoadingOutlined } from '@ant-design/icons';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { readPreference, writePreference } from '../app/preferences';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/translator';
import { shellColors, type ThemeMode, themeConfig } from './tokens';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const ANTD_LOCALES = { en: enUS, 'zh-CN': zhCN } as const satisfies Record<Locale, unknown>;

/** Every button's settings (why each: at the ConfigProvider below). */
const BUTTONS = { autoInsertSpace: false, loadingIcon: <LoadingOutlined /> };

interface ThemeContextValue {
  readonly choice: ThemeChoice;
  readonly mode: ThemeMode;
  setChoice(choice: ThemeChoice): void;
}

const ThemeContext = createContext<ThemeContextValue | null>(null);
const DARK_QUERY = '(prefers-color-scheme: dark)';

const isChoice = (value: unknown): value is ThemeChoice =>
  typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);

function useSystemMode(): ThemeMode {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}

export function ThemeProvider({ children }: { readonly children: ReactNode }) {
  const { locale } = useI18n();
  const [choice, setChoiceState] = useState<ThemeChoice>(() => {
    const saved = readPreference('theme');
    return isChoice(saved) ? saved : 'system';
  });
  const system = useSystemMode();
  const mode: ThemeMode = choice === 'system' ? system : choice;
  const setChoice = useCallback((next: ThemeChoice) => {
    writePreference('theme', next === 'system' ? null : next);
    setChoiceState(next);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = mode;
    root.style.colorScheme = mode;
    const shell = shellColors(mode);
    root.style.setProperty('--pf-focus-ring', shell.focusRing);
    root.style.setProperty('--pf-nav-text', shell.navText);
    root.style.setProperty('--pf-nav-hover-bg', shell.navHoverBg);
    root.style.setProperty('--pf-nav-selected-bg', shell.navSelectedBg);
    root.style.setProperty('--pf-nav-selected-text', shell.navSelectedText);
  }, [mode]);

  const value = useMemo(() => ({ choice, mode, setChoice }), [choice, mode, setChoice]);
  const config = useMemo(() => themeConfig(mode), [mode]);
  return (
    <ThemeContext.Provider value={value}>
      {/* No space inserted between two Chinese characters of a button: "创建", not "创 建"
          (the spaced form also reaches screen readers and breaks name matching). A button's
          spinner comes and goes without Ant Design's collapse motion: when an answer came
          within a frame of the click, that motion's leave never ended, and the spinner,
          unseen at zero width, stayed in the button's name ("loading Import") after the
          work was done (seen in Chromium 156 headless, the evidence import test). */}
      <ConfigProvider theme={config} locale={ANTD_LOCALES[locale]} button={BUTTONS}>
        {children}
      </ConfigProvider>
    </ThemeContext.Provider>
  );
}

export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (value === null) throw new Error('useTheme() needs a <ThemeProvider> above it');
  return value;
}
