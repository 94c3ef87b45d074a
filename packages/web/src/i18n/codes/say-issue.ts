/**
 * A field error (a core issue) in the reader's language. Kept apart from say-message.ts
 * and free of the engine's code, because every page loads it (through api-error.ts) and
 * the first page must stay light: issue values are names, numbers and exact decimals.
 */
import type { MessageParam } from '../../engine';
import { interpolate, type Locale } from '../translator';
import { zhCNIssues } from './zh-CN-issues';

export interface SayOptions {
  readonly locale: Locale;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

/** The texts of the issues that carry their values, per language other than English. */
export const ISSUE_TABLES: {
  readonly [L in Exclude<Locale, 'en'>]: Readonly<Record<string, string>>;
} = {
  'zh-CN': zhCNIssues,
};

/** What a field error (or any core issue) needs to be said in another language. */
export interface SayableIssue {
  readonly code?: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
  readonly message: string;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** "1234.5" → "1,234.5"; a fraction ("1/3") as it is. */
const groupDecimal = (text: string) =>
  /^-?\d+(\.\d+)?$/.test(text)
    ? text.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
    : text;

/**
 * A server issue in the reader's language: its English `message` as it is, or the
 * language's text for its code when the issue carries every value that text names.
 */
export function sayIssue({ locale, formatNumber }: SayOptions, issue: SayableIssue): string {
  const { code, params, message } = issue;
  if (locale === 'en' || code === undefined || params === undefined) return message;
  const table = ISSUE_TABLES[locale];
  const template = Object.hasOwn(table, code) ? table[code] : undefined;
  if (template === undefined) return message;
  const texts: Record<string, string> = {};
  for (const name of placeholders(template)) {
    const value = name === undefined ? undefined : params[name];
    if (name === undefined || value === undefined) return message;
    if (typeof value === 'string') texts[name] = value;
    else if (typeof value === 'number')
      texts[name] = formatNumber(value, { maximumFractionDigits: 6 });
    else if ('exact' in value) texts[name] = groupDecimal(value.exact);
    else if ('money' in value) texts[name] = groupDecimal(value.money);
    // Anything richer is a message's, not an issue's: keep the server's words.
    else return message;
  }
  return interpolate(template, texts, String);
}
