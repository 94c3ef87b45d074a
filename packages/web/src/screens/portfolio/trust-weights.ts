/**
 * "Weight returns by trust" in the browser, so that its Monte Carlo run (the histogram)
 * draws the same samples as the server's trust-weighted one: each partner's return scaled
 * by its trust score when it has kept or broken an obligation, else left as estimated.
 * The same transformation as the server's (packages/server/src/engine/trust-weights.ts).
 */
import type { components } from '../../api/schema';

type TrustSummary = components['schemas']['TrustSummary'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const numbers = (value: unknown): number[] | undefined =>
  Array.isArray(value) && value.every((x) => typeof x === 'number')
    ? (value as number[])
    : undefined;

/** Each partner's weight: its trust score once it has a record (kept or broken), else 1. */
export function trustWeightsOf(trust: readonly TrustSummary[]): Record<string, number> {
  return Object.fromEntries(trust.filter((t) => t.counted > 0).map((t) => [t.partner, t.score]));
}

/** A spec distribution times k > 0 (a lognormal's underlying mean shifts by ln k). */
export function scaleDistribution(d: unknown, k: number): unknown {
  if (typeof d === 'number') return d * k;
  if (!isRecord(d)) return d;
  for (const form of ['uniform', 'triangular', 'pert', 'normal'] as const) {
    const xs = numbers(d[form]);
    if (xs !== undefined) return { [form]: xs.map((x) => x * k) };
  }
  const lognormal = numbers(d.lognormal);
  if (lognormal !== undefined) {
    const [mu = 0, sigma = 0] = lognormal;
    return { lognormal: [mu + Math.log(k), sigma] };
  }
  return d;
}

/** The spec (as GET .../spec exports it) with every partner's return scaled by its weight. */
export function weightSpecByTrust(
  spec: unknown,
  weights: Readonly<Record<string, number>>,
): unknown {
  if (!isRecord(spec) || !Array.isArray(spec.partners)) return spec;
  return {
    ...spec,
    partners: spec.partners.map((p: unknown) => {
      if (!isRecord(p) || typeof p.id !== 'string') return p;
      const k = weights[p.id] ?? 1;
      return k === 1 ? p : { ...p, return: scaleDistribution(p.return, k) };
    }),
  };
}
