/**
 * The typed translator: `t(key, params)` and number/date formatting in one locale. Pure
 * (no React, no storage), so the tests use it directly; `I18nProvider` hands one to the
 * components through `useI18n()`.
 */
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const DICTIONARIES: { readonly [L in Locale]: Messages } = { en, 'zh-CN': zhCN };

/** `'Hello {name}, {count} left'` → `'name' | 'count'`. */
type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

export type ParamValue = string | number;
export type ParamsOf<K extends MessageKey> = {
  readonly [P in ParamNames<(typeof en)[K]>]: ParamValue;
};

/** No second argument for a message without parameters; exactly its parameters otherwise. */
export type ParamsArg<K extends MessageKey> =
  ParamNames<(typeof en)[K]> extends never ? [] : [params: ParamsOf<K>];

export type DateInput = Date | string | number;

export interface Translator {
  readonly locale: Locale;
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /** `1234.5` → `1,234.5`; options as `Intl.NumberFormat`'s. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** `0.256` → `25.6%` (at most `digits` fraction digits, default 1). */
  formatPercent(value: number, digits?: number): string;
  /** A day, e.g. `Jan 5, 2026` / `2026年1月5日`. */
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  /** A day and a time, e.g. `Jan 5, 2026, 14:30` / `2026年1月5日 14:30`. */
  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The locale to start in: the one saved, else the first of the browser's languages we
 * speak (any Chinese → 简体中文), else English.
 */
export function detectLocale(saved: string | null, languages: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Replaces each `{name}` by its parameter; numbers go through `formatNumber`. */
export function interpolate(
  template: string,
  params: Readonly<Record<string, ParamValue>> | undefined,
  formatNumber: (value: number) => string,
): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

export function createTranslator(locale: Locale): Translator {
  const messages = DICTIONARIES[locale];
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const number = (options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
    number(options).format(value);
  return {
    locale,
    t: (key, ...params) => interpolate(messages[key], params[0], (value) => formatNumber(value)),
    formatNumber,
    formatPercent: (value, digits = 1) =>
      formatNumber(value, { style: 'percent', maximumFractionDigits: digits }),
    formatDate: (value, options = { dateStyle: 'medium' }) =>
      new Intl.DateTimeFormat(locale, options).format(toDate(value)),
    formatDateTime: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      new Intl.DateTimeFormat(locale, options).format(toDate(value)),
  };
}
