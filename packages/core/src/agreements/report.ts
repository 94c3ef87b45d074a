/** What a settlement answers, in JSON-ready numbers (exact to the cent as doubles). */
import { renderEnglish } from '../messages/english.js';
import type { Message } from '../util/message.js';
import type { TermKind } from './terms-schema.js';

export interface SettleOptions {
  /** First day of the period, YYYY-MM-DD, inclusive. */
  readonly from: string;
  /** Last day of the period, YYYY-MM-DD, inclusive. */
  readonly to: string;
}

export interface SettleLine {
  /** The term that gave rise to the line, as its path: `terms[0].revenueShare`. */
  readonly term: string;
  readonly kind: TermKind;
  readonly party: string;
  /** Positive: the party receives; negative: it pays. */
  readonly amount: number;
  /** The arithmetic in words, e.g. "10% × 600,000.00 (tier 0 – 1,000,000) = 60,000.00". */
  readonly explain: string;
  /** The same explanation as a code with its values, for other languages (`explain` is its English). */
  readonly because: Message;
}

export interface Transfer {
  readonly from: string;
  readonly to: string;
  readonly amount: number;
}

export interface SettleReport {
  readonly agreement: string;
  readonly currency?: string;
  readonly period: { readonly from: string; readonly to: string };
  /** Events dated in the period (the others only tell whether a milestone was paid before). */
  readonly events: number;
  /** Every party, in `parties` order: the sum of its lines; they add up to exactly 0. */
  readonly balances: Readonly<Record<string, number>>;
  /** Payments that settle the balances exactly (at most one fewer than the parties). */
  readonly transfers: readonly Transfer[];
  readonly lines: readonly SettleLine[];
}

/** A line while settling: whole cents, converted to a number only in the report. */
export interface CentLine {
  readonly term: string;
  readonly kind: TermKind;
  readonly party: string;
  readonly cents: bigint;
  readonly explain: string;
  readonly because: Message;
}

/** A line explained by `because`; `explain` is its English. */
export const centLine = (
  term: string,
  kind: TermKind,
  party: string,
  cents: bigint,
  because: Message,
): CentLine => ({ term, kind, party, cents, explain: renderEnglish(because), because });
