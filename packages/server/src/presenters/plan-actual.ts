/**
 * Plan against actual as answers show it: every field named here, so that a field added
 * to the store's series is published only on purpose.
 */
import type { Message, PeriodActual, PeriodPlan } from '@partnerfolio/core';
import type {
  PartnerPlanActual,
  PlanActualPeriod,
  PortfolioPlanActual,
} from '../store/reviews/plan-actual.js';

const presentPlan = (p: PeriodPlan) => ({
  cost: p.cost,
  return: p.return,
  net: p.net,
  source: p.source,
  ...(p.review === undefined ? {} : { review: p.review }),
  ...(p.estimate === undefined
    ? {}
    : {
        estimate: {
          version: p.estimate.version,
          since: p.estimate.since,
          backdated: p.estimate.backdated,
        },
      }),
});

const presentActual = (a: PeriodActual) => ({
  cost: a.cost,
  return: a.return,
  net: a.net,
  source: a.source,
  ledgerNet: a.ledgerNet,
  lines: a.lines,
  offLedger: a.offLedger.map((i) => ({ kind: i.kind, amount: i.amount, evidence: i.evidence })),
  ...(a.reason === undefined ? {} : { reason: a.reason }),
  ...(a.review === undefined ? {} : { review: a.review }),
});

const presentPeriod = (p: PlanActualPeriod) => ({
  from: p.from,
  to: p.to,
  partial: p.partial,
  plan: presentPlan(p.plan),
  actual: presentActual(p.actual),
  gap: p.gap,
});

const presentUnit = (s: { unit: string; incomparable?: Message }) => ({
  unit: s.unit,
  ...(s.incomparable === undefined ? {} : { incomparable: s.incomparable }),
});

export const presentPartnerPlanActual = (s: PartnerPlanActual) => ({
  partner: s.partner,
  asOf: s.asOf,
  ...presentUnit(s),
  periods: s.periods.map(presentPeriod),
});

export const presentPortfolioPlanActual = (s: PortfolioPlanActual) => ({
  asOf: s.asOf,
  ...presentUnit(s),
  partners: [...s.partners],
  periods: s.periods.map((p) => ({
    from: p.from,
    to: p.to,
    partial: p.partial,
    planned: p.planned,
    actual: p.actual,
  })),
});
