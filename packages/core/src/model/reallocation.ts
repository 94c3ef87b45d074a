/**
 * The lifecycle in the value model (DESIGN.md "Lifecycle in the spec"). Incumbents are
 * `active` and `under-review` partners; with at least one, the `net` objective is a
 * reallocation: S(selected) − Σ E[exitCost] of incumbents dropped − Σ E[onboardingCost]
 * of newcomers chosen. `exiting`, `exited` and `rejected` partners take no part in an
 * analysis unless `constraints.include` names them.
 */
import { isExcludedStatus, isIncumbentStatus, type PartnerStatus } from '../workspace/lifecycle.js';
import { expectedValue } from './distributions.js';
import type { Partner, Portfolio } from './types.js';
import { portfolioValue } from './value.js';

export const statusOf = (partner: Partner): PartnerStatus => partner.status ?? 'candidate';

export const isIncumbent = (partner: Partner): boolean => isIncumbentStatus(statusOf(partner));

export const expectedExitCost = (partner: Partner): number =>
  partner.exitCost === undefined ? 0 : expectedValue(partner.exitCost);

export const expectedOnboardingCost = (partner: Partner): number =>
  partner.onboardingCost === undefined ? 0 : expectedValue(partner.onboardingCost);

/** Incumbent ids in spec order. */
export function incumbentIds(portfolio: Portfolio): string[] {
  return portfolio.partners.filter(isIncumbent).map((p) => p.id);
}

/** A partner left out of every analysis because of its status. */
export interface Exclusion {
  readonly id: string;
  readonly status: PartnerStatus;
  readonly reason: string;
}

/** A partner whose status would leave it out, kept because `constraints.include` names it. */
export interface StatusOverride {
  readonly id: string;
  readonly status: PartnerStatus;
  readonly reason: string;
}

export interface LifecycleScope {
  readonly excluded: Exclusion[];
  readonly includedDespiteStatus: StatusOverride[];
}

export function lifecycleScope(portfolio: Portfolio): LifecycleScope {
  const include = new Set(portfolio.constraints.include);
  const excluded: Exclusion[] = [];
  const includedDespiteStatus: StatusOverride[] = [];
  for (const p of portfolio.partners) {
    const status = statusOf(p);
    if (!isExcludedStatus(status)) continue;
    if (include.has(p.id)) {
      includedDespiteStatus.push({
        id: p.id,
        status,
        reason: `${p.id} is ${status} but constraints.include names it, so it is considered`,
      });
    } else {
      excluded.push({
        id: p.id,
        status,
        reason: `${p.id} is ${status}; list it in constraints.include to consider it`,
      });
    }
  }
  return { excluded, includedDespiteStatus };
}

/** Whether `optimize` reallocates (objective `net` with at least one incumbent). */
export const isReallocation = (portfolio: Portfolio): boolean =>
  portfolio.objective === 'net' && portfolio.partners.some(isIncumbent);

/** The costs of moving from the incumbents to `selected`. */
export function changeCosts(
  portfolio: Portfolio,
  selected: readonly string[],
): { exitCost: number; onboardingCost: number } {
  const chosen = new Set(selected);
  let exitCost = 0;
  let onboardingCost = 0;
  for (const p of portfolio.partners) {
    const incumbent = isIncumbent(p);
    if (incumbent && !chosen.has(p.id)) exitCost += expectedExitCost(p);
    if (!incumbent && chosen.has(p.id)) onboardingCost += expectedOnboardingCost(p);
  }
  return { exitCost, onboardingCost };
}

/** The `net` objective of a selection: S, less exit and onboarding costs when reallocating. */
export function reallocationValue(portfolio: Portfolio, selected: readonly string[]): number {
  const s = portfolioValue(portfolio, selected);
  if (!isReallocation(portfolio)) return s;
  const { exitCost, onboardingCost } = changeCosts(portfolio, selected);
  return s - exitCost - onboardingCost;
}
