import type { Distribution } from '@partnerfolio/core';

/**
 * A distribution as a spec writes it: a number, or one form with its parameters. The
 * store keeps this form (JSON) in its columns and presents it, so what users typed is
 * what they read back, and an exported spec looks like a hand-written one.
 */
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
