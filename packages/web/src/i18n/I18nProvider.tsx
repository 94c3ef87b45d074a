/**
 * The active language for the whole app: a `Translator` through `useI18n()`, the
 * choice saved in localStorage, `<html lang>` kept in step (screen readers and fonts
 * depend on it), and Ant Design's own texts switched by `ThemeProvider` from `locale`.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { readPreference, writePreference } from '../app/preferences';
import { createTranslator, detectLocale, type Locale, type Translator } from './translator';

export interface I18nContextValue extends Translator {
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function initialLocale(): Locale {
  return detectLocale(readPreference('locale'), navigator.languages ?? [navigator.language]);
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const locale = initialLocale();
    document.documentElement.lang = locale;
    return locale;
  });
  const setLocale = useCallback((next: Locale) => {
    writePreference('locale', next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ ...createTranslator(locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}
