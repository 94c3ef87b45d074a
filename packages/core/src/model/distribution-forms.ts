/**
 * A distribution as a spec writes it (a number, or one form with its parameters) and the
 * engine's tagged form, both ways. The server keeps the written form in its columns so
 * that what users typed is what they read back; the web app's editor and the bench write
 * it too. This is the only place the mapping is spelt out.
 */
import type { Distribution } from './types.js';

export type SpecDistribution =
  | number
  | { readonly uniform: readonly [number, number] }
  | { readonly triangular: readonly [number, number, number] }
  | { readonly pert: readonly [number, number, number] }
  | { readonly normal: readonly [number, number] }
  | { readonly lognormal: readonly [number, number] };

/** The engine's tagged distribution (what core's schema outputs) → the spec form. */
export function toSpecDistribution(d: Distribution): SpecDistribution {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return { uniform: [d.min, d.max] };
    case 'triangular':
      return { triangular: [d.min, d.mode, d.max] };
    case 'pert':
      return { pert: [d.min, d.mode, d.max] };
    case 'normal':
      return { normal: [d.mean, d.sd] };
    case 'lognormal':
      return { lognormal: [d.mu, d.sigma] };
  }
}

/**
 * The spec form → the engine's tagged distribution, without validation (the spec schema
 * validates; this is for forms already checked, e.g. read back from the server).
 */
export function fromSpecDistribution(form: SpecDistribution): Distribution {
  if (typeof form === 'number') return { kind: 'fixed', value: form };
  if ('uniform' in form) return { kind: 'uniform', min: form.uniform[0], max: form.uniform[1] };
  if ('triangular' in form) {
    const [min, mode, max] = form.triangular;
    return { kind: 'triangular', min, mode, max };
  }
  if ('pert' in form) {
    const [min, mode, max] = form.pert;
    return { kind: 'pert', min, mode, max };
  }
  if ('normal' in form) return { kind: 'normal', mean: form.normal[0], sd: form.normal[1] };
  return { kind: 'lognormal', mu: form.lognormal[0], sigma: form.lognormal[1] };
}
