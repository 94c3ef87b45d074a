/**
 * The ranking screen's what-if on PROMETHEE's preference functions: the model with other
 * functions (not saved), a function's default thresholds from the criterion's spread of
 * scores, and the GAIA plane at the current weights. The numbers come from the engine.
 */
import {
  type PreferenceFunction,
  type PreferenceType,
  preferenceCurve,
  rankPromethee,
} from '../../engine';
import type { RankingModel } from './ranking-model';

export const withPreferences = (
  model: RankingModel,
  preferences: readonly (PreferenceFunction | undefined)[],
): RankingModel => ({
  ...model,
  portfolio: {
    ...model.portfolio,
    criteria: model.portfolio.criteria.map((c, k) => {
      const { preference: _, ...rest } = c;
      const f = preferences[k];
      return f === undefined ? rest : { ...rest, preference: f };
    }),
  },
});

/** Largest difference between two partners on criterion k (1 when all are equal). */
export function columnSpan(model: RankingModel, k: number): number {
  const { values, m, n } = model.matrix;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    lo = Math.min(lo, values[i * n + k] ?? 0);
    hi = Math.max(hi, values[i * n + k] ?? 0);
  }
  return hi > lo ? hi - lo : 1;
}

/** A function of `type` with thresholds read off the span: q a tenth, p half, s a quarter. */
export function defaultPreference(type: PreferenceType, span: number): PreferenceFunction {
  const q = span / 10;
  const p = span / 2;
  switch (type) {
    case 'usual':
      return { type };
    case 'ushape':
      return { type, q };
    case 'vshape':
      return { type, p };
    case 'level':
    case 'linear':
      return { type, q, p };
    case 'gaussian':
      return { type, s: span / 4 };
  }
}

export const curveOf = (f: PreferenceFunction | undefined, span: number) =>
  preferenceCurve(f ?? { type: 'usual' }, span);

export interface GaiaView {
  readonly partners: { id: string; x: number; y: number }[];
  readonly criteria: { id: string; x: number; y: number }[];
  readonly stick: [number, number];
  readonly delta: number;
}

/**
 * The GAIA plane with the criteria axes and the decision stick scaled to the partners'
 * cloud (the directions are what GAIA reads; their unit length is arbitrary).
 */
export function gaiaView(model: RankingModel, weights: readonly number[]): GaiaView | undefined {
  const r = rankPromethee(model.portfolio, weights);
  if (!r.ok) return undefined;
  const { gaia } = r.value;
  const partners = Object.entries(gaia.partners).map(([id, [x, y]]) => ({ id, x, y }));
  const reach = Math.max(1e-9, ...partners.map((p) => Math.hypot(p.x, p.y)));
  const criteria = Object.entries(gaia.criteria).map(([id, [x, y]]) => ({
    id,
    x: x * reach,
    y: y * reach,
  }));
  const [sx, sy] = gaia.decisionStick;
  const length = Math.hypot(sx, sy);
  const stick: [number, number] =
    length > 0 ? [(sx / length) * reach, (sy / length) * reach] : [0, 0];
  return { partners, criteria, stick, delta: gaia.delta };
}
