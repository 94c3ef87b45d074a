/**
 * The workspace settings the Portfolio screen edits, as form values and back. The form
 * keeps every field editable (empty numbers are `null`, pairs may be half filled); a
 * patch leaves out what is empty, so "no limit" is the absence of the field, as in a spec.
 */
import type { paths } from '../../api/schema';

type SettingsPath = paths['/api/workspaces/{slug}/settings'];

import {
  type CoordinationValue,
  toCoordinationCost,
  toCoordinationValue,
} from './coordination-values';
import type { SettingsDocument } from './settings-document';

export type { SettingsDocument };
export type Settings = SettingsDocument['settings'];
export type SettingsPatch =
  SettingsPath['patch']['requestBody']['content']['application/json']['settings'];

export const PARTNER_KINDS = ['academic', 'enterprise', 'government', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface PairValue {
  readonly a?: string | undefined;
  readonly b?: string | undefined;
}

export interface GroupValue {
  readonly name?: string | undefined;
  readonly members: readonly string[];
  readonly min: number | null;
  readonly max: number | null;
}

export interface ConstraintValues {
  readonly resources: readonly { readonly name: string; readonly capacity: number | null }[];
  readonly minPerKind: { readonly [K in PartnerKind]: number | null };
  readonly maxPartners: number | null;
  readonly exclusive: readonly PairValue[];
  readonly requires: readonly PairValue[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly cover: readonly string[];
  readonly groups: readonly GroupValue[];
  readonly minScore: number | null;
  readonly objective: 'net' | 'score';
  /** A flat cost per partner, or costs by kind plus overhead bands (coordination-values.ts). */
  readonly coordination: CoordinationValue;
}

const orNull = (value: number | undefined): number | null => value ?? null;

export function toConstraintValues(settings: Settings): ConstraintValues {
  const c = settings.constraints;
  return {
    resources: Object.entries(settings.resources).map(([name, capacity]) => ({ name, capacity })),
    minPerKind: {
      academic: orNull(c.minPerKind.academic),
      enterprise: orNull(c.minPerKind.enterprise),
      government: orNull(c.minPerKind.government),
      other: orNull(c.minPerKind.other),
    },
    maxPartners: orNull(c.maxPartners),
    exclusive: c.exclusive.map(([a, b]) => ({ a, b })),
    requires: c.requires.map(([a, b]) => ({ a, b })),
    include: [...c.include],
    exclude: [...c.exclude],
    cover: [...c.cover],
    groups: c.groups.map((g) => ({
      ...(g.name === undefined ? {} : { name: g.name }),
      members: [...g.members],
      min: orNull(g.min),
      max: orNull(g.max),
    })),
    minScore: orNull(c.minScore),
    objective: settings.objective,
    coordination: toCoordinationValue(settings.coordinationCost),
  };
}

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function pairsOf(pairs: readonly (PairValue | undefined)[]): [string, string][] {
  return pairs.flatMap((p) =>
    p?.a !== undefined && p.b !== undefined && p.a !== '' && p.b !== '' ? [[p.a, p.b]] : [],
  );
}

/** The settings patch for the form's values: resources, constraints, objective, coordinationCost. */
export function toSettingsPatch(values: ConstraintValues): SettingsPatch {
  const resources: Record<string, number> = {};
  for (const r of values.resources) {
    const name = r?.name?.trim() ?? '';
    if (name !== '' && isNumber(r.capacity)) resources[name] = r.capacity;
  }
  const minPerKind: { [K in PartnerKind]?: number } = {};
  for (const kind of PARTNER_KINDS) {
    const n = values.minPerKind[kind];
    if (isNumber(n) && n > 0) minPerKind[kind] = n;
  }
  const groups = values.groups.flatMap((g) => {
    if (g === undefined || g.members.length === 0) return [];
    const name = g.name?.trim() ?? '';
    return [
      {
        ...(name === '' ? {} : { name }),
        members: [...g.members],
        ...(isNumber(g.min) ? { min: g.min } : {}),
        ...(isNumber(g.max) ? { max: g.max } : {}),
      },
    ];
  });
  return {
    resources,
    objective: values.objective,
    coordinationCost: toCoordinationCost(values.coordination),
    constraints: {
      minPerKind,
      ...(isNumber(values.maxPartners) ? { maxPartners: values.maxPartners } : {}),
      exclusive: pairsOf(values.exclusive),
      requires: pairsOf(values.requires),
      include: [...values.include],
      exclude: [...values.exclude],
      cover: [...values.cover],
      groups,
      ...(isNumber(values.minScore) ? { minScore: values.minScore } : {}),
    },
  };
}
