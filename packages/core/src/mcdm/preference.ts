import type { PreferenceFunction } from '../model/types.js';

/**
 * PROMETHEE's preference P(d) of one partner over another on a criterion where the first
 * is better by d (in the criterion's good direction); 0 when d ≤ 0 (DESIGN.md "More
 * methods"; Brans & Vincke 1985, Table 1). Thresholds were checked when the spec was read.
 */
export function preferenceOf(f: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  const q = f.q ?? 0;
  const p = f.p ?? 0;
  switch (f.type) {
    case 'usual':
      return 1;
    case 'ushape':
      return d > q ? 1 : 0;
    case 'vshape':
      return d >= p ? 1 : d / p;
    case 'level':
      return d <= q ? 0 : d <= p ? 0.5 : 1;
    case 'linear':
      return d <= q ? 0 : d >= p ? 1 : (d - q) / (p - q);
    case 'gaussian': {
      const s = f.s ?? 1;
      return 1 - Math.exp(-(d * d) / (2 * s * s));
    }
  }
}

export const USUAL: PreferenceFunction = { type: 'usual' };
