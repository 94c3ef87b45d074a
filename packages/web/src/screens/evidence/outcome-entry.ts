/**
 * Checks of an observation entered on the Evidence screen, as codes the screen says in the
 * user's language (`screen.evidence.entry.error.<code>`): the same limits the server's
 * schema sets (labels 1–200 characters, a finite value) and a calendar period, which is
 * what lets an agreement's start date place the treatment.
 */
import { isCalendarPeriod, MAX_LABEL_LENGTH } from '../../engine';

export type EntryField = 'unit' | 'period' | 'value';
export type EntryErrorCode = 'required' | 'too_long' | 'not_a_period' | 'not_a_number';

export interface EntryDraft {
  readonly unit: string;
  readonly period: string;
  /** As typed. */
  readonly value: string;
}

export type EntryErrors = Partial<Record<EntryField, EntryErrorCode>>;

const label = (text: string): EntryErrorCode | undefined => {
  const v = text.trim();
  if (v === '') return 'required';
  if (v.length > MAX_LABEL_LENGTH) return 'too_long';
  return undefined;
};

/** The value typed, as a number (a decimal comma reads too), or undefined. */
export function entryValue(text: string): number | undefined {
  const v = text.trim().replace(/^([-+]?\d+),(\d+)$/, '$1.$2');
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function checkEntry(draft: EntryDraft): EntryErrors {
  const errors: EntryErrors = {};
  const unit = label(draft.unit);
  if (unit) errors.unit = unit;
  const period =
    label(draft.period) ?? (isCalendarPeriod(draft.period.trim()) ? undefined : 'not_a_period');
  if (period) errors.period = period;
  if (draft.value.trim() === '') errors.value = 'required';
  else if (entryValue(draft.value) === undefined) errors.value = 'not_a_number';
  return errors;
}
