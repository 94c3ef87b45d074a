import type { Issue } from '@partnerfolio/core';
import type { PartnerStatus } from '../db/schema.js';
import { exitPlanRule } from './exit-plans.js';
import type { Trx } from './tx.js';

/** The lifecycle graph and statuses live in core; this module adds the rules that need the database. */
export { allowedTransitions, isPartnerStatus, PARTNER_STATUSES } from '@partnerfolio/core';

export interface TransitionContext {
  readonly trx: Trx;
  readonly workspaceId: string;
  /** The partners table's id (not the spec key). */
  readonly partnerRowId: string;
  readonly partnerKey: string;
  readonly from: PartnerStatus;
  readonly to: PartnerStatus;
}

/**
 * Business rules on top of the lifecycle graph, run inside the status change's write
 * transaction; each returns the issues that block the change (empty: allowed).
 * A partner becomes `exited` only when its exit plan is complete (exit-plans.ts).
 */
export type TransitionRule = (context: TransitionContext) => Promise<readonly Issue[]>;

export const transitionRules: TransitionRule[] = [exitPlanRule];

export async function checkTransitionRules(context: TransitionContext): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const rule of transitionRules) issues.push(...(await rule(context)));
  return issues;
}
