/**
 * The risk register as screens show it: a risk's expected loss (the mean of its impact,
 * computed by core), whether its review is overdue, what it hangs on, and the
 * likelihood × impact grid of the heat map. Pure, so the risks screen, the partner page
 * and the agreement page agree and the rules are tested once.
 */
import type { components } from '../../api/schema';
import { expectedValue, fromSpecDistribution, type SpecDistribution } from '../../engine';

export type Risk = components['schemas']['Risk'];
export type RiskCategory = Risk['category'];

/** Bands per axis of the heat map (a 5 × 5 grid, the usual risk matrix). */
export const BANDS = 5;

/** The expected loss of a risk's impact (a number, or the mean of its distribution). */
export function expectedLoss(risk: Pick<Risk, 'impact'>): number {
  const impact = risk.impact as SpecDistribution;
  const value = expectedValue(fromSpecDistribution(impact));
  return Number.isFinite(value) ? value : 0;
}

/** A review date before `today` (both `YYYY-MM-DD`, compared as days). */
export const isOverdue = (risk: Pick<Risk, 'reviewDate'>, today: string): boolean =>
  risk.reviewDate !== undefined && risk.reviewDate < today;

/** Today as `YYYY-MM-DD` in UTC (the server's dates are UTC days). */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Each agreement's partner parties, by agreement code. */
export type AgreementParties = ReadonlyMap<string, readonly string[]>;

/** The partner parties of each agreement, from the agreements as the API lists them. */
export const agreementParties = (
  agreements: readonly {
    readonly code: string;
    readonly parties: readonly { readonly partner: string | null }[];
  }[],
): AgreementParties =>
  new Map(
    agreements.map((a) => [
      a.code,
      a.parties.flatMap((p) => (p.partner === null ? [] : [p.partner])),
    ]),
  );

/**
 * The partners a risk hangs on: those it names and the partner parties of the agreements
 * it names (as the server puts the register in the spec: store/risks.ts `risksForSpec`).
 */
export function linkedPartners(
  risk: Pick<Risk, 'partners' | 'agreements'>,
  parties: AgreementParties,
): string[] {
  return [...new Set([...risk.partners, ...risk.agreements.flatMap((c) => parties.get(c) ?? [])])];
}

/** Where a risk hangs: a partner (by key) or an agreement (by code). */
export type RiskLink =
  | { readonly partner: string; readonly agreement?: undefined }
  | { readonly agreement: string; readonly partner?: undefined };

export const isLinkedTo = (
  risk: Pick<Risk, 'partners' | 'agreements'>,
  link: RiskLink,
  parties: AgreementParties = new Map(),
): boolean =>
  link.partner !== undefined
    ? linkedPartners(risk, parties).includes(link.partner)
    : risk.agreements.includes(link.agreement);

/**
 * The band (0 … BANDS − 1) of a value on an axis from 0 to `top`: band i holds
 * (i/BANDS · top, (i+1)/BANDS · top], and 0 (or less) is in the lowest band.
 */
export function bandOf(value: number, top: number): number {
  if (!(top > 0) || !(value > 0)) return 0;
  return Math.min(BANDS - 1, Math.max(0, Math.ceil((value / top) * BANDS) - 1));
}

export interface HeatCell {
  /** Likelihood band (0 = least likely). */
  readonly likelihood: number;
  /** Impact band (0 = smallest expected loss). */
  readonly impact: number;
}

export interface HeatGrid {
  /** The impact axis runs from 0 to this: the largest expected loss in the register. */
  readonly impactTop: number;
  /** counts[likelihood][impact]. */
  readonly counts: readonly (readonly number[])[];
  /** Each risk's cell, by risk id. */
  readonly cellOf: ReadonlyMap<string, HeatCell>;
}

/**
 * The heat map's grid: likelihood in fifths of 0–100 %, impact in fifths of the largest
 * expected loss among `risks` (losses have no natural top, so the register sets the scale).
 */
export function heatGrid(risks: readonly Risk[]): HeatGrid {
  const losses = new Map(risks.map((r) => [r.id, expectedLoss(r)]));
  const impactTop = Math.max(0, ...losses.values());
  const counts = Array.from({ length: BANDS }, () => new Array<number>(BANDS).fill(0));
  const cellOf = new Map<string, HeatCell>();
  for (const risk of risks) {
    const cell = {
      likelihood: bandOf(risk.likelihood, 1),
      impact: bandOf(losses.get(risk.id) ?? 0, impactTop),
    };
    cellOf.set(risk.id, cell);
    const row = counts[cell.likelihood];
    if (row !== undefined) row[cell.impact] = (row[cell.impact] ?? 0) + 1;
  }
  return { impactTop, counts, cellOf };
}

/** The bounds [low, high] of band `band` on an axis from 0 to `top`. */
export const bandBounds = (band: number, top: number): readonly [number, number] => [
  (band / BANDS) * top,
  ((band + 1) / BANDS) * top,
];

export interface RiskFilter {
  readonly category?: RiskCategory | undefined;
  readonly partner?: string | undefined;
  readonly agreement?: string | undefined;
  readonly cell?: HeatCell | undefined;
}

/**
 * The risks that pass every filter given (cells as `grid` places them; a partner's risks
 * include those of its agreements).
 */
export function filterRisks(
  risks: readonly Risk[],
  filter: RiskFilter,
  grid: HeatGrid,
  parties: AgreementParties = new Map(),
): Risk[] {
  return risks.filter((risk) => {
    if (filter.category !== undefined && risk.category !== filter.category) return false;
    if (filter.partner !== undefined && !isLinkedTo(risk, { partner: filter.partner }, parties)) {
      return false;
    }
    if (filter.agreement !== undefined && !risk.agreements.includes(filter.agreement)) {
      return false;
    }
    if (filter.cell !== undefined) {
      const cell = grid.cellOf.get(risk.id);
      if (cell?.likelihood !== filter.cell.likelihood || cell.impact !== filter.cell.impact) {
        return false;
      }
    }
    return true;
  });
}

/** A cell written in a URL (`2-4`: likelihood band 2, impact band 4), or undefined. */
export function parseCell(text: string | null): HeatCell | undefined {
  const match = /^(\d)-(\d)$/.exec(text ?? '');
  if (match === null) return undefined;
  const likelihood = Number(match[1]);
  const impact = Number(match[2]);
  return likelihood < BANDS && impact < BANDS ? { likelihood, impact } : undefined;
}

export const formatCell = (cell: HeatCell): string => `${cell.likelihood}-${cell.impact}`;
