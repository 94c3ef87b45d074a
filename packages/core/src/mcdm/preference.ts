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

/**
 * Points (d, P(d)) for d from 0 to `span` that draw P as a line: `steps` even steps, the
 * thresholds q and p, and each jump of the step functions (usual at 0, U-shape at q,
 * level at q and p) as two points at the same d, the value before and after it.
 */
export function preferenceCurve(
  f: PreferenceFunction,
  span: number,
  steps = 40,
): [number, number][] {
  const end = span > 0 ? span : 1;
  const xs = new Set<number>();
  for (let i = 0; i <= steps; i++) xs.add((end * i) / steps);
  for (const t of [f.q, f.p]) if (t !== undefined && t > 0 && t < end) xs.add(t);
  const jumps = new Set<number>();
  if (f.type === 'usual') jumps.add(0);
  if (f.type === 'ushape' || f.type === 'level') jumps.add(f.q ?? 0);
  if (f.type === 'level') jumps.add(f.p ?? 0);
  const points: [number, number][] = [];
  for (const d of [...xs].sort((a, b) => a - b)) {
    points.push([d, preferenceOf(f, d)]);
    if (jumps.has(d)) points.push([d, preferenceOf(f, d + end * 1e-12 + Number.EPSILON)]);
  }
  return points;
}
