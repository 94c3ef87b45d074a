/**
 * The criteria being edited: read from a saved `CriteriaSet`, turned back into the PUT
 * body. Direct weights are kept summing to 1; an AHP weighting keeps every assessor's
 * matrix (the group's weights then come from their geometric mean, so none are sent).
 */
import type { CriteriaSet } from '../../api/types';
import { equalMatrix, gridMatrix, type Matrix, normalizeWeights } from './weights';

export type CriterionKind = 'benefit' | 'cost';
export type Normalization = CriteriaSet['normalization'];
export type WeightMethod = 'direct' | 'ahp';

export interface DraftCriterion {
  /** A stable React key, also for criteria whose id is still being typed. */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly kind: CriterionKind;
  /** Not yet saved: its id may still change. */
  readonly added: boolean;
}

export interface Draft {
  readonly criteria: readonly DraftCriterion[];
  readonly method: WeightMethod;
  /** Direct weights, one per criterion, summing to 1. */
  readonly weights: readonly number[];
  /**
   * One pairwise comparison grid per assessor (upper triangle chosen, lower reciprocal),
   * in the order saved; never empty. Every save sends them all.
   */
  readonly matrices: readonly Matrix[];
  /** The assessor whose grid is on screen (an index into `matrices`). */
  readonly assessor: number;
  readonly normalization: Normalization;
  /**
   * Kept as saved, since this editor does not edit them: an SMAA weighting (its criteria's
   * direct weights are edited here) and each criterion's PROMETHEE preference function.
   */
  readonly smaa?: SmaaWeighting;
  readonly preferences: Readonly<Record<string, Preference>>;
}

type SmaaWeighting = Extract<CriteriaSet['weighting'], { method: 'smaa' }>;
type Preference = NonNullable<CriteriaSet['criteria'][number]['preference']>;

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

export function draftOf(set: CriteriaSet): Draft {
  const n = set.criteria.length;
  const saved =
    set.weighting.method === 'ahp'
      ? (set.weighting.matrices ??
        (set.weighting.matrix === undefined ? [] : [set.weighting.matrix]))
      : [];
  return {
    criteria: set.criteria.map((c) => ({
      key: c.id,
      id: c.id,
      name: c.name ?? c.id,
      kind: c.kind,
      added: false,
    })),
    method: set.weighting.method === 'ahp' ? 'ahp' : 'direct',
    weights: normalizeWeights(set.criteria.map((c) => c.weight)),
    matrices: saved.length === 0 ? [gridMatrix(undefined, n)] : saved.map((m) => gridMatrix(m, n)),
    assessor: 0,
    normalization: set.normalization,
    ...(set.weighting.method === 'smaa' ? { smaa: set.weighting } : {}),
    preferences: Object.fromEntries(
      set.criteria.flatMap((c) => (c.preference === undefined ? [] : [[c.id, c.preference]])),
    ),
  };
}

/** Whether every id is present, well-formed and unique. */
export function idsValid(draft: Draft): boolean {
  const ids = draft.criteria.map((c) => c.id);
  return ids.every((id) => ID_PATTERN.test(id)) && new Set(ids).size === ids.length;
}

export interface CriteriaBody {
  criteria: {
    id: string;
    name: string;
    kind: CriterionKind;
    weight?: number;
    preference?: Preference;
  }[];
  weighting:
    | { method: 'direct' }
    | { method: 'ahp'; matrices: number[][][] }
    | { method: 'smaa'; order?: string[]; ranges?: Record<string, [number, number]> };
  normalization: Normalization;
  version: number;
}

export function bodyOf(draft: Draft, version: number): CriteriaBody {
  const direct = draft.method === 'direct';
  return {
    criteria: draft.criteria.map((c, k) => ({
      id: c.id,
      name: c.name.trim() === '' ? c.id : c.name.trim(),
      kind: c.kind,
      ...(direct ? { weight: draft.weights[k] ?? 0 } : {}),
      ...(draft.preferences[c.id] === undefined ? {} : { preference: draft.preferences[c.id] }),
    })),
    weighting: direct
      ? draft.smaa === undefined
        ? { method: 'direct' }
        : smaaBody(draft.smaa)
      : { method: 'ahp', matrices: draft.matrices.map((m) => m.map((row) => [...row])) },
    normalization: draft.normalization,
    version,
  };
}

function smaaBody(w: SmaaWeighting): CriteriaBody['weighting'] {
  const ranges: Record<string, [number, number]> = {};
  for (const [id, [lo = 0, hi = 1] = []] of Object.entries(w.ranges ?? {})) ranges[id] = [lo, hi];
  return {
    method: 'smaa',
    ...(w.order === undefined ? {} : { order: [...w.order] }),
    ...(w.ranges === undefined ? {} : { ranges }),
  };
}

/** The grid of the assessor on screen. */
export const shownMatrix = (draft: Draft): Matrix =>
  draft.matrices[draft.assessor] ?? draft.matrices[0] ?? [];

/** The draft with the shown assessor's grid replaced, every other assessor's kept as it is. */
export function withShownMatrix(draft: Draft, matrix: Matrix): Draft {
  return { ...draft, matrices: draft.matrices.map((m, a) => (a === draft.assessor ? matrix : m)) };
}

/** One more assessor, starting from all-equal judgements, and shown. */
export function addAssessor(draft: Draft): Draft {
  const matrices = [...draft.matrices, equalMatrix(draft.criteria.length)];
  return { ...draft, matrices, assessor: matrices.length - 1 };
}

/** The assessor `a` removed (the last one stays). */
export function removeAssessor(draft: Draft, a: number): Draft {
  if (draft.matrices.length <= 1) return draft;
  const matrices = draft.matrices.filter((_, k) => k !== a);
  return { ...draft, matrices, assessor: Math.min(draft.assessor, matrices.length - 1) };
}
