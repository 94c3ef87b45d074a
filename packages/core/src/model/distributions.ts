import type { Distribution } from './types.js';

/** Expected value of a distribution (closed forms; no sampling). */
export function expectedValue(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'pert':
      return (d.min + 4 * d.mode + d.max) / 6;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
  }
}

/** Variance of a distribution (closed forms), used by tests and summaries. */
export function variance(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return 0;
    case 'uniform':
      return (d.max - d.min) ** 2 / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'pert': {
      // PERT is a + (b − a)·Beta(α, β) with α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a).
      const range = d.max - d.min;
      if (range === 0) return 0;
      const alpha = 1 + (4 * (d.mode - d.min)) / range;
      const beta = 1 + (4 * (d.max - d.mode)) / range;
      const s = alpha + beta;
      return (range * range * alpha * beta) / (s * s * (s + 1));
    }
    case 'normal':
      return d.sd * d.sd;
    case 'lognormal': {
      const s2 = d.sigma * d.sigma;
      return (Math.exp(s2) - 1) * Math.exp(2 * d.mu + s2);
    }
  }
}
