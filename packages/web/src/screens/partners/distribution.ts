/**
 * Cost, return and synergy estimates as the editor holds them: a form and its numbers,
 * checked with the spec's rules (min ≤ mode ≤ max, min ≤ max, sd and sigma ≥ 0), turned
 * into the API's `Distribution`, and drawn: the density on a grid and the expected value,
 * computed here so the preview follows every keystroke without a round trip.
 */
import type { Distribution } from '../../api/types';

export const FORMS = ['number', 'uniform', 'triangular', 'pert', 'normal', 'lognormal'] as const;
export type Form = (typeof FORMS)[number];

/** The parameter names of each form, in the order the API writes them. */
export const PARAMETERS = {
  number: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
} as const satisfies Record<Form, readonly string[]>;
export type Parameter = (typeof PARAMETERS)[Form][number];

export interface Draft {
  readonly form: Form;
  /** One entry per parameter of the form; null while the field is empty. */
  readonly values: readonly (number | null)[];
}

export type DraftIssue =
  | { readonly code: 'required'; readonly parameter: Parameter }
  | { readonly code: 'order'; readonly form: 'uniform' | 'triangular' | 'pert' }
  | { readonly code: 'negative'; readonly parameter: 'sd' | 'sigma' };

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

export function expectedValue(read: AnyDistribution): number {
  const value = normalize(read);
  if (typeof value === 'number') return value;
  if ('uniform' in value) return (value.uniform[0] + value.uniform[1]) / 2;
  if ('triangular' in value) {
    const [a, c, b] = value.triangular;
    return (a + c + b) / 3;
  }
  if ('pert' in value) {
    const [a, c, b] = value.pert;
    return (a + 4 * c + b) / 6;
  }
  if ('normal' in value) return value.normal[0];
  const [mu, sigma] = value.lognormal;
  return Math.exp(mu + (sigma * sigma) / 2);
}

function expectedValueOrNull(draft: Draft): number | null {
  const d = toDistribution(draft);
  return d === undefined ? null : expectedValue(d);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7): enough for the Beta function of a PERT density. */
function lnGamma(x: number): number {
  const g = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
    -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = g[0] ?? 0;
  for (let i = 1; i < g.length; i++) sum += (g[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The density at x; a point mass (a number, or a zero spread) has none: use `pointMass`. */
export function density(value: Distribution, x: number): number {
  if (typeof value === 'number') return 0;
  if ('uniform' in value) {
    const [a, b] = value.uniform;
    return b > a && x >= a && x <= b ? 1 / (b - a) : 0;
  }
  if ('triangular' in value) {
    const [a, c, b] = value.triangular;
    if (b <= a || x < a || x > b) return 0;
    if (x < c) return (2 * (x - a)) / ((b - a) * (c - a));
    if (x > c) return (2 * (b - x)) / ((b - a) * (b - c));
    return 2 / (b - a);
  }
  if ('pert' in value) {
    const [a, c, b] = value.pert;
    if (b <= a || x < a || x > b) return 0;
    const alpha = 1 + (4 * (c - a)) / (b - a);
    const beta = 1 + (4 * (b - c)) / (b - a);
    const lnBeta = lnGamma(alpha) + lnGamma(beta) - lnGamma(alpha + beta);
    const u = (x - a) / (b - a);
    if (u <= 0 || u >= 1) return 0;
    const ln = (alpha - 1) * Math.log(u) + (beta - 1) * Math.log(1 - u) - lnBeta;
    return Math.exp(ln) / (b - a);
  }
  if ('normal' in value) {
    const [mean, sd] = value.normal;
    if (sd <= 0) return 0;
    const z = (x - mean) / sd;
    return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
  }
  const [mu, sigma] = value.lognormal;
  if (sigma <= 0 || x <= 0) return 0;
  const z = (Math.log(x) - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (x * sigma * Math.sqrt(2 * Math.PI));
}

/** The single value of a distribution with no spread (a number, min = max, sd = 0), else undefined. */
export function pointMass(value: Distribution): number | undefined {
  if (typeof value === 'number') return value;
  if ('uniform' in value)
    return value.uniform[0] === value.uniform[1] ? value.uniform[0] : undefined;
  if ('triangular' in value) {
    return value.triangular[0] === value.triangular[2] ? value.triangular[0] : undefined;
  }
  if ('pert' in value) return value.pert[0] === value.pert[2] ? value.pert[0] : undefined;
  if ('normal' in value) return value.normal[1] === 0 ? value.normal[0] : undefined;
  return value.lognormal[1] === 0 ? Math.exp(value.lognormal[0]) : undefined;
}

/** Where the density is worth drawing. */
export function support(value: Distribution): readonly [number, number] {
  if (typeof value === 'number') return [value, value];
  if ('uniform' in value) return pad(value.uniform[0], value.uniform[1]);
  if ('triangular' in value) return pad(value.triangular[0], value.triangular[2]);
  if ('pert' in value) return pad(value.pert[0], value.pert[2]);
  if ('normal' in value) {
    const [mean, sd] = value.normal;
    return [mean - 4 * sd, mean + 4 * sd];
  }
  const [mu, sigma] = value.lognormal;
  return [0, Math.exp(mu + 3 * sigma)];
}

function pad(low: number, high: number): readonly [number, number] {
  const margin = (high - low) * 0.05;
  return [low - margin, high + margin];
}

/** The density sampled at `points` evenly spaced xs over the support (for a line chart). */
export function densityCurve(value: Distribution, points = 201): [number, number][] {
  const [low, high] = support(value);
  if (!(high > low)) return [];
  const step = (high - low) / (points - 1);
  return Array.from({ length: points }, (_, i) => {
    const x = low + i * step;
    return [x, density(value, x)];
  });
}
