/**
 * Densities of the value model's distributions, for drawing them (the web app's
 * distribution editor previews each keystroke with these).
 */
import type { Distribution } from './types.js';

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

/** The density at x; a point mass (fixed, or a zero spread) has none: use `pointMass`. */
export function density(d: Distribution, x: number): number {
  switch (d.kind) {
    case 'fixed':
      return 0;
    case 'uniform':
      return d.max > d.min && x >= d.min && x <= d.max ? 1 / (d.max - d.min) : 0;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      if (b <= a || x < a || x > b) return 0;
      if (x < c) return (2 * (x - a)) / ((b - a) * (c - a));
      if (x > c) return (2 * (b - x)) / ((b - a) * (b - c));
      return 2 / (b - a);
    }
    case 'pert': {
      const { min: a, mode: c, max: b } = d;
      if (b <= a || x < a || x > b) return 0;
      const alpha = 1 + (4 * (c - a)) / (b - a);
      const beta = 1 + (4 * (b - c)) / (b - a);
      const lnBeta = lnGamma(alpha) + lnGamma(beta) - lnGamma(alpha + beta);
      const u = (x - a) / (b - a);
      if (u <= 0 || u >= 1) return 0;
      return Math.exp((alpha - 1) * Math.log(u) + (beta - 1) * Math.log(1 - u) - lnBeta) / (b - a);
    }
    case 'normal': {
      if (d.sd <= 0) return 0;
      const z = (x - d.mean) / d.sd;
      return Math.exp(-0.5 * z * z) / (d.sd * Math.sqrt(2 * Math.PI));
    }
    case 'lognormal': {
      if (d.sigma <= 0 || x <= 0) return 0;
      const z = (Math.log(x) - d.mu) / d.sigma;
      return Math.exp(-0.5 * z * z) / (x * d.sigma * Math.sqrt(2 * Math.PI));
    }
  }
}

/** The single value of a distribution with no spread, else undefined. */
export function pointMass(d: Distribution): number | undefined {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.min === d.max ? d.min : undefined;
    case 'triangular':
    case 'pert':
      return d.min === d.max ? d.min : undefined;
    case 'normal':
      return d.sd === 0 ? d.mean : undefined;
    case 'lognormal':
      return d.sigma === 0 ? Math.exp(d.mu) : undefined;
  }
}

/** Where the density is worth drawing. */
export function support(d: Distribution): readonly [number, number] {
  const pad = (low: number, high: number): readonly [number, number] => {
    const margin = (high - low) * 0.05;
    return [low - margin, high + margin];
  };
  switch (d.kind) {
    case 'fixed':
      return [d.value, d.value];
    case 'uniform':
    case 'triangular':
    case 'pert':
      return pad(d.min, d.max);
    case 'normal':
      return [d.mean - 4 * d.sd, d.mean + 4 * d.sd];
    case 'lognormal':
      return [0, Math.exp(d.mu + 3 * d.sigma)];
  }
}

/** The density sampled at `points` evenly spaced xs over the support (for a line chart). */
export function densityCurve(d: Distribution, points = 201): [number, number][] {
  const [low, high] = support(d);
  if (!(high > low)) return [];
  const step = (high - low) / (points - 1);
  return Array.from({ length: points }, (_, i) => {
    const x = low + i * step;
    return [x, density(d, x)];
  });
}
