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
export type WeightMethod = 'direct' | 'ahp' | 'smaa';

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
  /** The uncertain (SMAA) weights as the form holds them; the criteria also keep `direct`. */
  readonly smaa: SmaaForm;
  /** Kept as saved, since this editor does not edit them: PROMETHEE preference functions. */
  readonly preferences: Readonly<Record<string, Preference>>;
}

type SmaaWeighting = Extract<CriteriaSet['weighting'], { method: 'smaa' }>;

/** One criterion's optional bound on its weight, as typed (either end may be left empty). */
export interface RangeInput {
  readonly low?: number;
  readonly high?: number;
}

/**
 * The SMAA form: the ranked criteria by key, most important first (core takes the order as
 * w₁ ≥ w₂ ≥ …, each criterion at most once; the others are unranked), and the ranges by key.
 */
export interface SmaaForm {
  readonly order: readonly string[];
  readonly ranges: Readonly<Record<string, RangeInput>>;
}

/** A saved SMAA weighting as the form holds it (ids → the draft's keys, which equal them). */
export function smaaFormOf(weighting: SmaaWeighting | undefined, ids: readonly string[]): SmaaForm {
  const known = new Set(ids);
  const ranges: Record<string, RangeInput> = {};
  for (const [id, [low, high] = []] of Object.entries(weighting?.ranges ?? {})) {
    if (known.has(id))
      ranges[id] = {
        ...(low === undefined ? {} : { low }),
        ...(high === undefined ? {} : { high }),
      };
  }
  return { order: (weighting?.order ?? []).filter((id) => known.has(id)), ranges };
}

/**
 * The form as the weighting core reads: keys become the criteria's current ids; a range
 * with one end typed takes the other from [0, 1]; one with neither is left out.
 */
export function smaaWeightingOf(
  form: SmaaForm,
  criteria: readonly Pick<DraftCriterion, 'key' | 'id'>[],
): CriteriaBody['weighting'] {
  const idOf = new Map(criteria.map((c) => [c.key, c.id]));
  const order = form.order.flatMap((key) => {
    const id = idOf.get(key);
    return id === undefined ? [] : [id];
  });
  const ranges: Record<string, [number, number]> = {};
  for (const c of criteria) {
    const r = form.ranges[c.key];
    if (r === undefined || (r.low === undefined && r.high === undefined)) continue;
    ranges[c.id] = [r.low ?? 0, r.high ?? 1];
  }
  return {
    method: 'smaa',
    ...(order.length === 0 ? {} : { order }),
    ...(Object.keys(ranges).length === 0 ? {} : { ranges }),
  };
}

/** The criterion `key` moved one place up (-1) or down (+1) in the order. */
export function moveInOrder(order: readonly string[], key: string, step: -1 | 1): string[] {
  const k = order.indexOf(key);
  const to = k + step;
  if (k < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[k], next[to]] = [next[to] as string, next[k] as string];
  return next;
}
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
    method: set.weighting.method,
    direct:
      set.weighting.method === 'direct' && set.weighting.assessors !== undefined
        ? set.weighting.assessors.map((a) => normalizeWeights(set.criteria.map((c) => a[c.id])))
        : [normalizeWeights(set.criteria.map((c) => c.weight))],
    matrices: saved.length === 0 ? [gridMatrix(undefined, n)] : saved.map((m) => gridMatrix(m, n)),
    assessor: 0,
    normalization: set.normalization,
    smaa: smaaFormOf(
      set.weighting.method === 'smaa' ? set.weighting : undefined,
      set.criteria.map((c) => c.id),
    ),
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
  // SMAA keeps the criteria's direct weights: every other command uses them.
  const direct = draft.method !== 'ahp';
  // Several assessors' direct weights go whole; the criteria then carry none.
  const group = draft.method === 'direct' && draft.direct.length > 1;
  const [only = []] = draft.direct;
  return {
    criteria: draft.criteria.map((c, k) => ({
      id: c.id,
      name: c.name.trim() === '' ? c.id : c.name.trim(),
      kind: c.kind,
      ...(direct && !group ? { weight: only[k] ?? 0 } : {}),
      ...(draft.preferences[c.id] === undefined ? {} : { preference: draft.preferences[c.id] }),
    })),
    weighting:
      draft.method === 'smaa'
        ? smaaWeightingOf(draft.smaa, draft.criteria)
        : direct
          ? group
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
