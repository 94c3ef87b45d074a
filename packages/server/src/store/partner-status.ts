import type { Issue } from '@partnerfolio/core';
import type { PartnerStatus } from '../db/schema.js';
import { exitPlanRule } from './exit-plans.js';
import type { Trx } from './tx.js';

export const PARTNER_STATUSES = [
  'candidate',
  'negotiating',
  'active',
  'under-review',
  'exiting',
  'exited',
  'rejected',
] as const satisfies readonly PartnerStatus[];

/**
 * The lifecycle: candidate → negotiating → active → under-review → exiting → exited;
 * a candidate or a negotiation may be rejected; talks may fall back to candidate; a
 * review may end with the partnership active again. `exited` and `rejected` are final
 * (a rejected organisation that comes back is a new candidate record).
 */
const TRANSITIONS: Readonly<Record<PartnerStatus, readonly PartnerStatus[]>> = {
  candidate: ['negotiating', 'rejected'],
  negotiating: ['active', 'candidate', 'rejected'],
  active: ['under-review'],
  'under-review': ['exiting', 'active'],
  exiting: ['exited'],
  exited: [],
  rejected: [],
};

export function allowedTransitions(from: PartnerStatus): readonly PartnerStatus[] {
  return TRANSITIONS[from];
}

export const isPartnerStatus = (value: unknown): value is PartnerStatus =>
  typeof value === 'string' && (PARTNER_STATUSES as readonly string[]).includes(value);

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
