/**
 * Ledger events from the record form, and corrections. The ledger is append-only: a
 * correction is a new event with the opposite amount (or quantity), `corrects` naming
 * the corrected event's `ref` when it has one, and a note saying why.
 */
import type { LedgerEntry } from '../../api/types';

export const EVENT_KINDS = ['revenue', 'cost', 'usage', 'milestone'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventValues {
  readonly kind: EventKind;
  readonly date?: string | undefined;
  readonly source?: string | undefined;
  readonly pool?: string | undefined;
  readonly amount?: number | null | undefined;
  readonly paidBy?: string | undefined;
  readonly party?: string | undefined;
  readonly quantity?: number | null | undefined;
  readonly milestone?: string | undefined;
  readonly ref?: string | undefined;
  readonly corrects?: string | undefined;
  readonly note?: string | undefined;
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
};
const number = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const drop = (object: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));

/** The event to POST (fields of other kinds left out; missing ones for the server to name). */
export function eventBody(values: EventValues): Record<string, unknown> {
  const common = {
    date: text(values.date),
    kind: values.kind,
    ref: text(values.ref),
    corrects: text(values.corrects),
    note: text(values.note),
  };
  switch (values.kind) {
    case 'revenue':
      return drop({ ...common, source: values.source, amount: number(values.amount) });
    case 'cost':
      return drop({
        ...common,
        pool: values.pool,
        amount: number(values.amount),
        paidBy: values.paidBy,
      });
    case 'usage':
      return drop({
        ...common,
        pool: values.pool,
        party: values.party,
        quantity: number(values.quantity),
      });
    case 'milestone':
      return drop({ ...common, id: values.milestone });
  }
}

const isEventKind = (kind: string): kind is EventKind =>
  (EVENT_KINDS as readonly string[]).includes(kind);

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** Can this entry be corrected by an opposite event (it carries an amount or a quantity)? */
export const isCorrectable = (entry: Pick<LedgerEntry, 'kind'>): boolean =>
  entry.kind === 'revenue' || entry.kind === 'cost' || entry.kind === 'usage';

/** The correcting event's values, to review and send: the same event with the opposite sign. */
export function correctionOf(entry: LedgerEntry, today: string): EventValues | undefined {
  if (!isEventKind(entry.kind) || !isCorrectable(entry)) return undefined;
  const e = entry.event;
  const amount = num(e.amount);
  const quantity = num(e.quantity);
  return {
    kind: entry.kind,
    date: today,
    source: str(e.source),
    pool: str(e.pool),
    paidBy: str(e.paidBy),
    party: str(e.party),
    amount: amount === undefined ? undefined : -amount,
    quantity: quantity === undefined ? undefined : -quantity,
    corrects: str(e.ref),
  };
}

/** A hash shortened for a table (the full one is in the cell's title). */
export const shortHash = (hash: string): string => hash.slice(0, 10);
