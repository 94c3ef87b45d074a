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
import type { SayOptions } from './say-issue';
import { zhCNCodes } from './zh-CN';

const ENGLISH_CODES: ReadonlySet<string> = new Set(Object.values(MESSAGE_CODES).flat());

type Table = Readonly<Record<string, string>>;

/** The tables of the languages other than English (which core speaks itself). */
export const CODE_TABLES: { readonly [L in Exclude<Locale, 'en'>]: Table } = {
  'zh-CN': zhCNCodes,
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

/** Clauses and sentences in a row, as Chinese writes them. */
const SEPARATORS = { sum: ' + ', comma: '，', semicolon: '；' } as const;

/** 甲、乙和丙 */
const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;

function render(m: Message, table: Table, formatNumber: (x: number) => string): string {
  const text = (p: MessageParam): string => {
    if (isMessage(p)) return render(p, table, formatNumber);
    if (isMessageList(p)) {
      const items = p.list.map((item) => render(item, table, formatNumber));
      return p.join === 'and' ? andList(items) : items.join(SEPARATORS[p.join]);
    }
    return typeof p === 'number' ? formatNumber(p) : formatValue(p);
  };
  const params = Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, text(v)]));
  return interpolate(table[m.code] ?? m.code, params, String);
}

export type { SayOptions } from './say-issue';

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
