/**
 * Cost, return and synergy estimates as the editor holds them: a form and its numbers,
 * checked with the spec's rules (min ≤ mode ≤ max, min ≤ max, sd and sigma ≥ 0), turned
 * into the API's `Distribution`, and drawn: the density on a grid and the expected value,
 * computed here so the preview follows every keystroke without a round trip.
 */
import type { Distribution } from '../../api/types';
import {
  DISTRIBUTION_FORMS,
  DISTRIBUTION_PARAMETERS,
  fromSpecDistribution,
  density as modelDensity,
  densityCurve as modelDensityCurve,
  expectedValue as modelExpectedValue,
  pointMass as modelPointMass,
  NUMBER_LIMITS,
  type SpecDistribution,
} from '../../engine';

export const FORMS = ['number', ...DISTRIBUTION_FORMS] as const;
export type Form = (typeof FORMS)[number];

/** The parameter names of each form, in the order the API writes them (core's table). */
export const PARAMETERS = DISTRIBUTION_PARAMETERS;
export type Parameter = (typeof PARAMETERS)[Form][number];

export interface Draft {
  readonly form: Form;
  /** One entry per parameter of the form; null while the field is empty. */
  readonly values: readonly (number | null)[];
}

export type DraftIssue =
  | { readonly code: 'required'; readonly parameter: Parameter }
  | { readonly code: 'order'; readonly form: 'uniform' | 'triangular' | 'pert' }
  | { readonly code: 'negative'; readonly parameter: 'sd' | 'sigma' }
  /** Beyond core's bound on a number of the spec (±1e12). */
  | { readonly code: 'range'; readonly parameter: Parameter };

/** A distribution as read from the API (tuples come back as arrays). */
export type AnyDistribution =
  | number
  | { readonly uniform: readonly number[] }
  | { readonly triangular: readonly number[] }
  | { readonly pert: readonly number[] }
  | { readonly normal: readonly number[] }
  | { readonly lognormal: readonly number[] };

const pair = (v: readonly number[]): [number, number] => [v[0] ?? Number.NaN, v[1] ?? Number.NaN];
const triple = (v: readonly number[]): [number, number, number] => [
  v[0] ?? Number.NaN,
  v[1] ?? Number.NaN,
  v[2] ?? Number.NaN,
];

/** The API's typed form of a distribution read back. */
export function normalize(value: AnyDistribution): Distribution {
  if (typeof value === 'number') return value;
  if ('uniform' in value) return { uniform: pair(value.uniform) };
  if ('triangular' in value) return { triangular: triple(value.triangular) };
  if ('pert' in value) return { pert: triple(value.pert) };
  if ('normal' in value) return { normal: pair(value.normal) };
  return { lognormal: pair(value.lognormal) };
}

export function draftOf(read: AnyDistribution | null | undefined): Draft | null {
  if (read === null || read === undefined) return null;
  const value = normalize(read);
  if (typeof value === 'number') return { form: 'number', values: [value] };
  if ('uniform' in value) return { form: 'uniform', values: [...value.uniform] };
  if ('triangular' in value) return { form: 'triangular', values: [...value.triangular] };
  if ('pert' in value) return { form: 'pert', values: [...value.pert] };
  if ('normal' in value) return { form: 'normal', values: [...value.normal] };
  return { form: 'lognormal', values: [...value.lognormal] };
}

/** Keeps what still makes sense when the form changes (a triangle's min and max for a uniform, ...). */
export function changeForm(draft: Draft | null, form: Form): Draft {
  const mean = draft === null ? null : expectedValueOrNull(draft);
  const values = draft?.values ?? [];
  const three = draft?.form === 'triangular' || draft?.form === 'pert';
  const two = draft?.form === 'uniform';
  const low = three || two ? (values[0] ?? null) : null;
  const high = three ? (values[2] ?? null) : two ? (values[1] ?? null) : null;
  const mode = three ? (values[1] ?? null) : mean;
  switch (form) {
    case 'number':
      return { form, values: [mean] };
    case 'uniform':
      return { form, values: [low, high] };
    case 'triangular':
    case 'pert':
      return { form, values: [low, mode, high] };
    case 'normal':
      return { form, values: [mean, null] };
    case 'lognormal':
      return { form, values: [null, null] };
  }
}

export function checkDraft(draft: Draft): DraftIssue[] {
  const names: readonly Parameter[] = PARAMETERS[draft.form];
  const issues: DraftIssue[] = [];
  names.forEach((parameter, i) => {
    const v = draft.values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      issues.push({ code: 'required', parameter });
    } else if (Math.abs(v) > NUMBER_LIMITS.maxMagnitude) {
      issues.push({ code: 'range', parameter });
    }
  });
  if (issues.length > 0) return issues;
  const v = draft.values as readonly number[];
  const [a = 0, b = 0, c = 0] = v;
  if (draft.form === 'uniform' && a > b) issues.push({ code: 'order', form: 'uniform' });
  if ((draft.form === 'triangular' || draft.form === 'pert') && !(a <= b && b <= c)) {
    issues.push({ code: 'order', form: draft.form });
  }
  if (draft.form === 'normal' && b < 0) issues.push({ code: 'negative', parameter: 'sd' });
  if (draft.form === 'lognormal' && b < 0) issues.push({ code: 'negative', parameter: 'sigma' });
  return issues;
}

/** The API's distribution, or undefined while the draft has issues. */
export function toDistribution(draft: Draft): Distribution | undefined {
  if (checkDraft(draft).length > 0) return undefined;
  const [a = 0, b = 0, c = 0] = draft.values as readonly number[];
  switch (draft.form) {
    case 'number':
      return a;
    case 'uniform':
      return { uniform: [a, b] };
    case 'triangular':
      return { triangular: [a, b, c] };
    case 'pert':
      return { pert: [a, b, c] };
    case 'normal':
      return { normal: [a, b] };
    case 'lognormal':
      return { lognormal: [a, b] };
  }
}

/** The expected value of a distribution as the API writes it (core's closed forms). */
export function expectedValue(read: AnyDistribution): number {
  return modelExpectedValue(toModel(normalize(read)));
}

/** The API's form → core's tagged distribution, for core's maths. */
const toModel = (value: Distribution) => fromSpecDistribution(value as SpecDistribution);

function expectedValueOrNull(draft: Draft): number | null {
  const d = toDistribution(draft);
  return d === undefined ? null : expectedValue(d);
}

/** The density at x; a point mass (a number, or a zero spread) has none: use `pointMass`. */
export const density = (value: Distribution, x: number): number => modelDensity(toModel(value), x);

/** The single value of a distribution with no spread (a number, min = max, sd = 0), else undefined. */
export const pointMass = (value: Distribution): number | undefined =>
  modelPointMass(toModel(value));

/** The density sampled at `points` evenly spaced xs over the support (for a line chart). */
export const densityCurve = (value: Distribution, points = 201): [number, number][] =>
  modelDensityCurve(toModel(value), points);
