/**
 * The review wizard's pure parts: the plan prefilled from the partner's expected cost and
 * return (the estimate in force on the period's first day), the default period, the health check's two sides compared (the same means and
 * gaps the server's summary gives), and the draft sent to the server.
 */
import {
  type DatedEstimate,
  estimateInForce,
  HEALTH_DIMENSIONS,
  type HealthDimension,
} from '../../../engine';
import { expectedValue } from '../distribution';
import type { PartnerView } from '../views';

/** The dimensions are core's (the same the server checks and the partner's side answers). */
export { HEALTH_DIMENSIONS, type HealthDimension };
export type Side = 'us' | 'partner';

export interface RespondentValues {
  readonly respondent?: string;
  readonly side?: Side;
  readonly scores?: Partial<Record<HealthDimension, number | null>>;
  readonly comment?: string;
}

export interface ReviewValues {
  readonly periodStart?: string;
  readonly periodEnd?: string;
  readonly plan?: { readonly cost?: number | null; readonly return?: number | null };
  /** Typed actuals override the ledger's settlement lines, only with a reason. */
  readonly actual?: { readonly cost?: number | null; readonly return?: number | null };
  readonly actualReason?: string;
  readonly scores?: Readonly<Record<string, number | null | undefined>>;
  readonly health?: readonly RespondentValues[];
  readonly issues?: string;
  readonly improvements?: string;
}

/** The plan a review starts from: the partner's expected cost and return (0 when not estimated). */
export function plannedFrom(partner: Pick<PartnerView, 'cost' | 'return'>) {
  const of = (d: PartnerView['cost']) => (d === null ? 0 : expectedValue(d));
  return { cost: of(partner.cost), return: of(partner.return) };
}

/**
 * The plan for a review of the period beginning `periodStart`: the partner's estimate in
 * force that day (core's `estimateInForce`, the rule the plan against actual uses), or
 * its current expected values while the history is not known.
 */
export function plannedOn(
  history: readonly DatedEstimate[] | undefined,
  periodStart: string | undefined,
  partner: Pick<PartnerView, 'cost' | 'return'>,
) {
  const inForce =
    history === undefined || periodStart === undefined || periodStart === ''
      ? null
      : estimateInForce(history, periodStart);
  if (inForce === null) return plannedFrom(partner);
  return inForce.estimate === null
    ? { cost: 0, return: 0 }
    : { cost: inForce.estimate.cost, return: inForce.estimate.return };
}

/** This calendar year: the default review period (reviews are annual by default). */
export function defaultPeriod(today: string) {
  const year = today.slice(0, 4);
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

/** One item per non-empty line. */
export const linesOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

export interface DimensionComparison {
  readonly dimension: HealthDimension;
  readonly us: number | null;
  readonly partner: number | null;
  /** |us − partner|, when both sides answered. */
  readonly gap: number | null;
}

export function compareHealth(responses: readonly RespondentValues[]): DimensionComparison[] {
  return HEALTH_DIMENSIONS.map((dimension) => {
    const side = (s: Side) =>
      mean(
        responses.flatMap((r) => {
          const score = r.scores?.[dimension];
          return r.side === s && typeof score === 'number' ? [score] : [];
        }),
      );
    const us = side('us');
    const partner = side('partner');
    return {
      dimension,
      us,
      partner,
      gap: us === null || partner === null ? null : Math.abs(us - partner),
    };
  });
}

const money = (value: number | null | undefined) => (typeof value === 'number' ? value : 0);

/** Whether the reviewer typed actual figures (an override of the ledger). */
export const overridesActual = (values: ReviewValues): boolean =>
  typeof values.actual?.cost === 'number' || typeof values.actual?.return === 'number';

/**
 * The draft for POST .../reviews/preview (and, with the decision, .../reviews). Only the
 * criteria the reviewer changed from `baseline` (the partner's scores) are sent: each
 * becomes the reviewer's assessment. Actuals come from the ledger unless typed.
 */
export function reviewDraft(values: ReviewValues, baseline: Readonly<Record<string, number>> = {}) {
  const scores = Object.fromEntries(
    Object.entries(values.scores ?? {}).filter(
      (e): e is [string, number] => typeof e[1] === 'number' && baseline[e[0]] !== e[1],
    ),
  );
  const reason = values.actualReason?.trim() ?? '';
  const health = (values.health ?? []).flatMap((r) => {
    const answered = Object.fromEntries(
      HEALTH_DIMENSIONS.flatMap((d) => {
        const score = r.scores?.[d];
        return typeof score === 'number' ? [[d, score] as const] : [];
      }),
    );
    if (Object.keys(answered).length === 0) return [];
    const comment = r.comment?.trim();
    return [
      {
        respondent: r.respondent?.trim() || '—',
        side: r.side ?? 'us',
        scores: answered,
        ...(comment ? { comment } : {}),
      },
    ];
  });
  return {
    periodStart: values.periodStart ?? '',
    periodEnd: values.periodEnd ?? '',
    plan: { cost: money(values.plan?.cost), return: money(values.plan?.return) },
    ...(overridesActual(values)
      ? {
          actual: { cost: money(values.actual?.cost), return: money(values.actual?.return) },
          actualReason: reason,
        }
      : {}),
    scores,
    health,
    issues: linesOf(values.issues),
    improvements: linesOf(values.improvements),
  };
}
