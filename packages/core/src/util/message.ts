/**
 * Messages as data: a stable `code` and the values it speaks of. Core says what happened
 * with a `Message`; each edge renders it in its reader's language (the CLI and the API's
 * `explain` in English through `renderEnglish`, the web app in English or 简体中文 from
 * the same code). Values keep their kind so that every language formats them alike:
 * money and exact quantities travel as exact decimal strings, never as doubles.
 */
export interface Message {
  readonly code: string;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** Money in whole cents, as a decimal string with two places: `"600000.00"`. */
export interface MoneyParam {
  readonly money: string;
}
/** An exact quantity: a decimal string (`"1000000"`, `"0.25"`) or a fraction (`"1/3"`). */
export interface ExactParam {
  readonly exact: string;
}
/** A share as an exact value, shown as a percentage: `"0.1"` → 10%, `"1/3"` → 33.3333…%. */
export interface PercentParam {
  readonly percent: string;
}
/**
 * Several messages in a row: `sum` joins them with " + ", `and` as a list of words,
 * `comma` as clauses (", "), `semicolon` as sentences of their own ("; ").
 */
export interface MessageList {
  readonly list: readonly Message[];
  readonly join: MessageJoin;
}
export type MessageJoin = 'sum' | 'and' | 'comma' | 'semicolon';
export const MESSAGE_JOINS = [
  'sum',
  'and',
  'comma',
  'semicolon',
] as const satisfies readonly MessageJoin[];

/**
 * Strings are shown as they are (names, ids, dates, a user's own words); numbers are
 * counts and measurements, formatted by the renderer.
 */
export type MessageParam =
  | string
  | number
  | MoneyParam
  | ExactParam
  | PercentParam
  | MessageList
  | Message;

export const message = (
  code: string,
  params: Readonly<Record<string, MessageParam>> = {},
): Message => ({ code, params });

export const isMessage = (p: MessageParam): p is Message =>
  typeof p === 'object' && 'code' in p && 'params' in p;

export const isMessageList = (p: MessageParam): p is MessageList =>
  typeof p === 'object' && 'list' in p;

/** What an English renderer reads from a message: each value as text, and counts for plurals. */
export interface ParamReader {
  /** The value, formatted (a list joined, a nested message rendered). */
  text(name: string): string;
  /** A number value as it is (0 when absent), to choose "event" or "events". */
  count(name: string): number;
  /** How many items a list value has (0 when absent). */
  items(name: string): number;
}

export type EnglishRenderer = (p: ParamReader) => string;
