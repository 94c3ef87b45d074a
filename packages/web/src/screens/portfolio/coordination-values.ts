/**
 * The coordination cost as the constraints form edits it, and back: a flat cost per
 * selected partner, or (core's structured form) a cost per partner by kind plus a
 * portfolio overhead whose marginal cost per partner rises by count band. The bands'
 * rules are core's (bands by increasing `upTo`, rates that never fall, so the overhead is
 * convex); `bandIssue` says which rule a band breaks, as a code with values.
 */
import { PARTNER_KINDS } from '../../engine';
import type { SettingsDocument } from './settings-document';

type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface BandValue {
  readonly upTo: number | null;
  readonly perPartner: number | null;
}

export interface CoordinationValue {
  readonly mode: 'flat' | 'byKind';
  readonly flat: number | null;
  readonly perKind: { readonly [K in PartnerKind]: number | null };
  readonly overhead: readonly BandValue[];
}

export type CoordinationCost = SettingsDocument['settings']['coordinationCost'];

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function toCoordinationValue(cost: CoordinationCost): CoordinationValue {
  if (cost === undefined || typeof cost === 'number') {
    return {
      mode: 'flat',
      flat: cost ?? null,
      perKind: { academic: null, enterprise: null, government: null, other: null },
      overhead: [],
    };
  }
  const per = cost.perPartner ?? {};
  return {
    mode: 'byKind',
    flat: null,
    perKind: {
      academic: per.academic ?? null,
      enterprise: per.enterprise ?? null,
      government: per.government ?? null,
      other: per.other ?? null,
    },
    overhead: (cost.overhead ?? []).map((b) => ({ upTo: b.upTo, perPartner: b.perPartner })),
  };
}

/** The settings' `coordinationCost`: a number, or `{ perPartner, overhead }` (empty rows left out). */
export function toCoordinationCost(value: CoordinationValue): NonNullable<CoordinationCost> {
  if (value.mode === 'flat') return isNumber(value.flat) ? value.flat : 0;
  const perPartner: { [K in PartnerKind]?: number } = {};
  for (const kind of PARTNER_KINDS) {
    const cost = value.perKind[kind];
    if (isNumber(cost)) perPartner[kind] = cost;
  }
  const overhead = value.overhead.flatMap((b) =>
    b !== undefined && isNumber(b.upTo) && isNumber(b.perPartner)
      ? [{ upTo: b.upTo, perPartner: b.perPartner }]
      : [],
  );
  return { perPartner, overhead };
}

export type BandIssue =
  | { readonly code: 'bands_not_increasing'; readonly value: number; readonly previous: number }
  | { readonly code: 'not_convex'; readonly value: number; readonly previous: number };

/**
 * What is wrong with band `k`'s `field` against the band before it (core's rules and
 * codes), or undefined. Rows still being filled in are judged once both numbers are there.
 */
export function bandIssue(
  bands: readonly (BandValue | undefined)[],
  k: number,
  field: 'upTo' | 'perPartner',
): BandIssue | undefined {
  const band = bands[k];
  const before = bands[k - 1];
  if (band === undefined || before === undefined) return undefined;
  const value = band[field];
  const previous = before[field];
  if (!isNumber(value) || !isNumber(previous)) return undefined;
  if (field === 'upTo' && value <= previous)
    return { code: 'bands_not_increasing', value, previous };
  if (field === 'perPartner' && value < previous) return { code: 'not_convex', value, previous };
  return undefined;
}
