/**
 * A message from the server (a code with its values, core's `Message`) in the reader's
 * language: English as core says it (the very text the CLI prints), 简体中文 from
 * ./zh-CN.ts. A code this build does not know (a newer server) shows the server's own
 * English, the `fallback`, rather than a half-translated sentence.
 */
import {
  formatValue,
  isMessage,
  isMessageList,
  MESSAGE_CODES,
  type Message,
  type MessageParam,
  renderEnglish,
} from '../../engine';
import { interpolate, type Locale } from '../translator';
import { zhCNCodes } from './zh-CN';
import { zhCNIssues } from './zh-CN-issues';

const ENGLISH_CODES: ReadonlySet<string> = new Set(Object.values(MESSAGE_CODES).flat());

type Table = Readonly<Record<string, string>>;

/** The tables of the languages other than English (which core speaks itself). */
export const CODE_TABLES: { readonly [L in Exclude<Locale, 'en'>]: Table } = {
  'zh-CN': zhCNCodes,
};

/** The same for the issues that carry their values (the server's field errors). */
export const ISSUE_TABLES: { readonly [L in Exclude<Locale, 'en'>]: Table } = {
  'zh-CN': zhCNIssues,
};

/** Every code in the message (its own and those of the messages inside it). */
function codesOf(m: Message): string[] {
  return [
    m.code,
    ...Object.values(m.params).flatMap((p) =>
      isMessage(p) ? codesOf(p) : isMessageList(p) ? p.list.flatMap(codesOf) : [],
    ),
  ];
}

/** 甲、乙和丙 */
const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;

function render(m: Message, table: Table, formatNumber: (x: number) => string): string {
  const text = (p: MessageParam): string => {
    if (isMessage(p)) return render(p, table, formatNumber);
    if (isMessageList(p)) {
      const items = p.list.map((item) => render(item, table, formatNumber));
      return p.join === 'sum' ? items.join(' + ') : andList(items);
    }
    return typeof p === 'number' ? formatNumber(p) : formatValue(p);
  };
  const params = Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, text(v)]));
  return interpolate(table[m.code] ?? m.code, params, String);
}

export interface SayOptions {
  readonly locale: Locale;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

export function sayMessage(
  { locale, formatNumber }: SayOptions,
  m: Message | undefined,
  fallback: string,
): string {
  if (m === undefined) return fallback;
  const codes = codesOf(m);
  if (locale === 'en') {
    return codes.every((c) => ENGLISH_CODES.has(c)) ? renderEnglish(m) : fallback;
  }
  const table = CODE_TABLES[locale];
  if (!codes.every((c) => Object.hasOwn(table, c))) return fallback;
  return render(m, table, (x) => formatNumber(x, { maximumFractionDigits: 2 }));
}

/** What a field error (or any core issue) needs to be said in another language. */
export interface SayableIssue {
  readonly code?: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
  readonly message: string;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

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
  if (placeholders(template).some((name) => name === undefined || !Object.hasOwn(params, name))) {
    return message;
  }
  return render({ code, params }, { [code]: template }, (x) =>
    formatNumber(x, { maximumFractionDigits: 6 }),
  );
}
