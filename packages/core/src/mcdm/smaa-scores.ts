/**
 * Uncertain criteria values for SMAA-2 (Lahdelma & Salminen 2001, the ξ of their
 * notation): the cells of the partners × criteria matrix that carry a distribution
 * (`scoreDistributions` in the spec: a stated range, or the spread between assessors),
 * drawn afresh in every sample. Cells without one keep their exact score.
 */
import type { Distribution, Portfolio } from '../model/types.js';
import type { Xoshiro128StarStar } from '../simulate/prng.js';
import { fillSamples } from '../simulate/samplers.js';
import type { CriteriaMatrix } from './criteria-matrix.js';
import { createScorer, type Scorer, type ScorerOptions, type SmaaMethod } from './smaa-scorer.js';

/** The uncertain cells of a portfolio's criteria matrix, as plain data. */
export interface UncertainCells {
  /** Row-major cell index (partner · n + criterion) of each uncertain score. */
  readonly cells: Int32Array;
  readonly distributions: readonly Distribution[];
}

export interface UncertainScores extends UncertainCells {
  /** Overwrites the uncertain cells of `values` (a copy of the exact matrix) with draws. */
  draw(rng: Xoshiro128StarStar, values: Float64Array): void;
  /** The method's scorer on one drawn matrix (normalisations and flows recomputed). */
  scorerFor(values: Float64Array): Scorer;
}

/** The cells with a distribution (`scoreDistributions`); undefined when every score is exact. */
export function uncertainCells(p: Portfolio, n: number): UncertainCells | undefined {
  const index = new Map(p.criteria.map((c, k) => [c.id, k]));
  const cells: number[] = [];
  const distributions: Distribution[] = [];
  p.partners.forEach((partner, i) => {
    for (const [id, d] of Object.entries(partner.scoreDistributions ?? {})) {
      const k = index.get(id);
      if (k === undefined || d.kind === 'fixed') continue;
      cells.push(i * n + k);
      distributions.push(d);
    }
  });
  return cells.length === 0 ? undefined : { cells: Int32Array.from(cells), distributions };
}

/** Draws of the uncertain cells, and the method's scorer on each drawn matrix. */
export function uncertainScores(
  uncertain: UncertainCells,
  x: Omit<CriteriaMatrix, 'ids'>,
  method: SmaaMethod,
  v: number,
  o: ScorerOptions,
): UncertainScores {
  const { cells, distributions } = uncertain;
  const one = new Float64Array(1);
  return {
    cells,
    distributions,
    draw(rng, values) {
      for (let c = 0; c < cells.length; c++) {
        fillSamples(one, distributions[c] as Distribution, rng);
        values[cells[c] as number] = one[0] as number;
      }
    },
    scorerFor: (values) => createScorer(o, { ...x, values }, method, v),
  };
}

/**
 * An uncertain score as the spread between assessors: uniform between the lowest and the
 * highest score given (SMAA's interval measurement, Lahdelma & Salminen 2001 §2); a
 * fixed value when they all agree (or there is one assessor).
 */
export function assessorSpread(scores: readonly number[]): Distribution | undefined {
  if (scores.length === 0) return undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  return hi > lo ? { kind: 'uniform', min: lo, max: hi } : { kind: 'fixed', value: lo };
}
