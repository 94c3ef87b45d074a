/**
 * The criteria being edited: read from a saved `CriteriaSet`, turned back into the PUT
 * body. Each assessor has their own direct weights (kept summing to 1) and their own AHP
 * matrix; a save keeps every assessor's. With several assessors the group's weights come
 * from them (the mean of the direct shares, the geometric mean of the judgements), so
 * none are sent per criterion.
 */
import type { CriteriaSet } from '../../api/types';
import { equalMatrix, equalWeights, gridMatrix, type Matrix, normalizeWeights } from './weights';

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
  /** Direct weights per assessor (never empty): one per criterion, each set summing to 1. */
  readonly direct: readonly (readonly number[])[];
  /**
   * One pairwise comparison grid per assessor (upper triangle chosen, lower reciprocal),
   * in the order saved; never empty. Every save sends them all.
   */
  readonly matrices: readonly Matrix[];
  /** The assessor on screen (an index into `direct` or `matrices`, by the method). */
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
    direct:
      set.weighting.method === 'direct' && set.weighting.assessors !== undefined
        ? set.weighting.assessors.map((a) => normalizeWeights(set.criteria.map((c) => a[c.id])))
        : [normalizeWeights(set.criteria.map((c) => c.weight))],
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
    | { method: 'direct'; assessors?: Record<string, number>[] }
    | { method: 'ahp'; matrices: number[][][] }
    | { method: 'smaa'; order?: string[]; ranges?: Record<string, [number, number]> };
  normalization: Normalization;
  version: number;
}

export function bodyOf(draft: Draft, version: number): CriteriaBody {
  const direct = draft.method === 'direct';
  // Several assessors' direct weights go whole; the criteria then carry none.
  const group = direct && draft.smaa === undefined && draft.direct.length > 1;
  const [only = []] = draft.direct;
  return {
    criteria: draft.criteria.map((c, k) => ({
      id: c.id,
      name: c.name.trim() === '' ? c.id : c.name.trim(),
      kind: c.kind,
      ...(direct && !group ? { weight: only[k] ?? 0 } : {}),
      ...(draft.preferences[c.id] === undefined ? {} : { preference: draft.preferences[c.id] }),
    })),
    weighting: direct
      ? draft.smaa !== undefined
        ? smaaBody(draft.smaa)
        : group
          ? {
              method: 'direct',
              assessors: draft.direct.map((w) =>
                Object.fromEntries(draft.criteria.map((c, k) => [c.id, w[k] ?? 0])),
              ),
            }
          : { method: 'direct' }
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

/** How many assessors the draft's method has. */
export const assessorCount = (draft: Draft): number =>
  draft.method === 'ahp' ? draft.matrices.length : draft.direct.length;

/** The assessor on screen, within the method's assessors. */
export const shownAssessor = (draft: Draft): number =>
  Math.min(draft.assessor, assessorCount(draft) - 1);

/** The grid of the assessor on screen. */
export const shownMatrix = (draft: Draft): Matrix =>
  draft.matrices[shownAssessor(draft)] ?? draft.matrices[0] ?? [];

/** The direct weights of the assessor on screen. */
export const shownWeights = (draft: Draft): readonly number[] =>
  draft.direct[shownAssessor(draft)] ?? draft.direct[0] ?? [];

/** The draft with the shown assessor's direct weights replaced, every other's kept. */
export function withShownWeights(draft: Draft, weights: readonly number[]): Draft {
  const a = shownAssessor(draft);
  return { ...draft, direct: draft.direct.map((w, k) => (k === a ? weights : w)) };
}

/** The draft with the shown assessor's grid replaced, every other assessor's kept as it is. */
export function withShownMatrix(draft: Draft, matrix: Matrix): Draft {
  const a = shownAssessor(draft);
  return { ...draft, matrices: draft.matrices.map((m, k) => (k === a ? matrix : m)) };
}

/** One more assessor for the draft's method (equal weights, all-equal judgements), shown. */
export function addAssessor(draft: Draft): Draft {
  const n = draft.criteria.length;
  if (draft.method === 'ahp') {
    const matrices = [...draft.matrices, equalMatrix(n)];
    return { ...draft, matrices, assessor: matrices.length - 1 };
  }
  const direct = [...draft.direct, equalWeights(n)];
  return { ...draft, direct, assessor: direct.length - 1 };
}

/** The method's assessor `a` removed (the last one stays). */
export function removeAssessor(draft: Draft, a: number): Draft {
  if (assessorCount(draft) <= 1) return draft;
  const next =
    draft.method === 'ahp'
      ? { ...draft, matrices: draft.matrices.filter((_, k) => k !== a) }
      : { ...draft, direct: draft.direct.filter((_, k) => k !== a) };
  return { ...next, assessor: Math.min(draft.assessor, assessorCount(next) - 1) };
}
