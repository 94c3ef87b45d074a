/**
 * A partner's stated uncertain scores as the scores panel edits them: per criterion, a
 * distribution in core's forms (its fields are core's `DISTRIBUTION_PARAMETERS`, through
 * distribution.ts) that the ranking's SMAA draws that score from. Pure, for the tests.
 */
import type { Distribution } from '../../api/types';
import {
  type AnyDistribution,
  type Draft,
  draftOf,
  type Form,
  PARAMETERS,
  type Parameter,
  toDistribution,
} from './distribution';

/** Criterion id → distribution, as the API reads and writes them. */
export type StatedScores = Readonly<Record<string, AnyDistribution>>;

/**
 * The stated uncertainties with one criterion's replaced by `draft` (null clears it), in
 * the API's form; undefined while the draft breaks a rule (the editor says which).
 */
export function withStated(
  current: StatedScores,
  criterion: string,
  draft: Draft | null,
): Record<string, Distribution> | undefined {
  const next: Record<string, Distribution> = {};
  for (const [id, d] of Object.entries(current)) {
    if (id === criterion) continue;
    const kept = draftOf(d);
    const value = kept === null ? undefined : toDistribution(kept);
    if (value !== undefined) next[id] = value;
  }
  if (draft === null) return next;
  const value = toDistribution(draft);
  if (value === undefined) return undefined;
  next[criterion] = value;
  return next;
}

/** A distribution's form and its numbers by parameter name (core's table): `{ min: 4, max: 7 }`. */
export function parametersOf(d: AnyDistribution): {
  readonly form: Form;
  readonly values: Readonly<Partial<Record<Parameter, number>>>;
} {
  const draft = draftOf(d);
  if (draft === null) return { form: 'number', values: {} };
  const names: readonly Parameter[] = PARAMETERS[draft.form];
  const values: Partial<Record<Parameter, number>> = {};
  names.forEach((name, i) => {
    const v = draft.values[i];
    if (typeof v === 'number') values[name] = v;
  });
  return { form: draft.form, values };
}

/** The message key of the short text shown next to a score, one per form. */
export const uncertaintyKey = (form: Form) => `screen.partners.uncertainty.${form}` as const;
