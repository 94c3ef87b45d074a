/**
 * Exit plans: the checklist of an orderly exit (core's five steps), one plan per partner.
 * A step is done only with an owner and evidence, and the partner may become `exited`
 * only when every step is done: that rule is registered with the partner lifecycle
 * below, so it holds for every path that changes a status.
 */
import {
  checkExitStepDone,
  EXIT_STEPS,
  type ExitPlan,
  type ExitPlanProgress,
  type ExitSchedule,
  type ExitStep,
  exitPlanProgress,
  exitSchedule,
  type Issue,
  newExitPlan,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { partnerAgreements, termsOn } from './agreements/partner-agreements.js';
import { appendAudit } from './audit.js';
import { invalid, notFound, StoreError } from './errors.js';
import { requirePartnerRow } from './partner-present.js';
import { dialectOf, newId, now, type Trx, writeTransaction } from './tx.js';
import { parseOrThrow } from './validation.js';

export interface ExitPlanRecord extends ExitPlan {
  readonly id: string;
  readonly partner: string;
  readonly progress: ExitPlanProgress;
  readonly completedAt: string | null;
  readonly version: number;
  readonly updatedAt: string;
  /** The dates the agreements' notice periods set (null for a plan started before they were kept). */
  readonly schedule: ExitSchedule | null;
}

export const exitStepPatchSchema = z.strictObject({
  owner: z.string().max(200).optional(),
  dueDate: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
  done: z.boolean().optional(),
  doneAt: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
  evidence: z.string().max(5000).optional(),
});
export type ExitStepPatch = z.input<typeof exitStepPatchSchema>;

async function readPlan(q: Trx, workspaceId: string, key: string, lock = false) {
  const partner = await requirePartnerRow(q, workspaceId, key);
  let query = q
    .selectFrom('exit_plans')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('partner_id', '=', partner.id);
  if (lock && dialectOf(q) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return { partner, plan: null };
  const steps = JSON.parse(row.steps) as ExitStep[];
  const startedAt = row.created_at.slice(0, 10);
  const plan: ExitPlanRecord = {
    id: row.id,
    partner: key,
    startedAt,
    steps,
    progress: exitPlanProgress({ startedAt, steps }),
    completedAt: row.completed_at,
    version: Number(row.version),
    updatedAt: row.updated_at,
    schedule: row.schedule === null ? null : (JSON.parse(row.schedule) as ExitSchedule),
  };
  return { partner, plan };
}

export async function getExitPlan(
  db: Db,
  workspaceId: string,
  key: string,
): Promise<ExitPlanRecord> {
  const { plan } = await readPlan(db.kysely, workspaceId, key);
  if (!plan) throw notFound(`the exit plan of partner "${key}"`);
  return plan;
}

/** Starts a partner's exit plan, every step open; starting it twice returns the plan. */
export async function startExitPlan(
  db: Db,
  workspaceId: string,
  key: string,
  input: ExitPlanStart,
  actor: string | null,
): Promise<ExitPlanRecord> {
  return writeTransaction(db, (trx) => startExitPlanIn(trx, workspaceId, key, input, actor));
}

export interface ExitPlanStart {
  readonly owner?: string | undefined;
  /** When notice is given (default today): the steps' due dates follow the agreements from it. */
  readonly noticeDate?: string | undefined;
}

export async function startExitPlanIn(
  trx: Trx,
  workspaceId: string,
  key: string,
  input: ExitPlanStart,
  actor: string | null,
): Promise<ExitPlanRecord> {
  const { partner, plan } = await readPlan(trx, workspaceId, key, true);
  if (plan) return plan;
  if (partner.status === 'exited' || partner.status === 'rejected') {
    throw new StoreError(
      'invalid_transition',
      `partner "${key}" is ${partner.status}: there is nothing to exit`,
    );
  }
  const at = now(trx);
  const noticeDate = input.noticeDate ?? at.slice(0, 10);
  const running = await partnerAgreements(trx, workspaceId, key, ['active']);
  const terms = [];
  for (const a of running) terms.push(await termsOn(trx, a, noticeDate));
  const schedule = exitSchedule(noticeDate, terms);
  if (!schedule.ok) {
    const issue = schedule.issues[0];
    throw invalid(['noticeDate'], issue?.message ?? 'invalid notice date', 'invalid_date');
  }
  const fresh = newExitPlan({
    today: at.slice(0, 10),
    dueDates: schedule.value.dueDates,
    ...(input.owner ? { owner: input.owner } : {}),
  });
  if (!fresh.ok)
    throw new StoreError('invalid', fresh.issues[0]?.message ?? 'invalid', {
      issues: fresh.issues,
    });
  await trx
    .insertInto('exit_plans')
    .values({
      id: newId(),
      workspace_id: workspaceId,
      partner_id: partner.id,
      steps: JSON.stringify(fresh.value.steps),
      schedule: JSON.stringify(schedule.value),
      completed_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const after = (await readPlan(trx, workspaceId, key)).plan;
  await auditPlan(trx, workspaceId, actor, 'exit-plan.create', key, null, after, at);
  if (!after) throw notFound(`the exit plan of partner "${key}"`);
  return after;
}

export async function updateExitStep(
  db: Db,
  workspaceId: string,
  key: string,
  stepKey: string,
  patch: ExitStepPatch,
  expectedVersion: number,
  actor: string | null,
): Promise<ExitPlanRecord> {
  const valid = parseOrThrow(exitStepPatchSchema, patch, 'the step');
  return writeTransaction(db, async (trx) => {
    const { plan: before } = await readPlan(trx, workspaceId, key, true);
    if (!before) throw notFound(`the exit plan of partner "${key}"`);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `the exit plan of "${key}" changed since version ${expectedVersion} (now ${before.version}); reload and retry`,
        { current: before },
      );
    }
    const index = before.steps.findIndex((s) => s.key === stepKey);
    const current = before.steps[index];
    if (current === undefined) {
      throw invalid(
        ['step'],
        `"${stepKey}" is not an exit step (steps: ${EXIT_STEPS.join(', ')})`,
        'unknown_step',
      );
    }
    const at = now(trx);
    const changes = Object.fromEntries(Object.entries(valid).filter(([, v]) => v !== undefined));
    const merged = { ...current, ...changes } as ExitStep;
    const step: ExitStep =
      merged.done && merged.doneAt === undefined ? { ...merged, doneAt: at.slice(0, 10) } : merged;
    const checked = checkExitStepDone(step);
    if (!checked.ok) {
      throw new StoreError('invalid', checked.issues[0]?.message ?? 'invalid step', {
        issues: checked.issues,
      });
    }
    const steps = before.steps.map((s, i) => (i === index ? step : s));
    const complete = exitPlanProgress({ startedAt: before.startedAt, steps }).complete;
    await trx
      .updateTable('exit_plans')
      .set({
        steps: JSON.stringify(steps),
        completed_at: complete ? (before.completedAt ?? at) : null,
        version: before.version + 1,
        updated_at: at,
      })
      .where('id', '=', before.id)
      .execute();
    const after = (await readPlan(trx, workspaceId, key)).plan;
    await auditPlan(trx, workspaceId, actor, 'exit-plan.update', key, before, after, at);
    if (!after) throw notFound(`the exit plan of partner "${key}"`);
    return after;
  });
}

function auditPlan(
  trx: Trx,
  workspaceId: string,
  actor: string | null,
  action: string,
  key: string,
  before: ExitPlanRecord | null,
  after: ExitPlanRecord | null,
  at: string,
) {
  return appendAudit(trx, {
    workspaceId,
    actor,
    action,
    entity: 'exit-plan',
    entityId: key,
    before,
    after,
    at,
  });
}

/**
 * The lifecycle rule (registered in partner-status.ts): `exited` needs a complete exit
 * plan. Returns the issues that block the move.
 */
export async function exitPlanRule(context: {
  readonly trx: Trx;
  readonly workspaceId: string;
  readonly partnerKey: string;
  readonly to: string;
}): Promise<Issue[]> {
  const { trx, workspaceId, partnerKey, to } = context;
  if (to !== 'exited') return [];
  const { plan } = await readPlan(trx, workspaceId, partnerKey);
  if (!plan) {
    return [
      {
        code: 'exit_plan_missing',
        path: ['status'],
        message: `partner "${partnerKey}" has no exit plan: start one and complete its steps before marking the partner exited`,
      },
    ];
  }
  if (plan.progress.complete) return [];
  return [
    {
      code: 'exit_plan_incomplete',
      path: ['status'],
      message: `the exit plan of "${partnerKey}" is not complete: still open ${plan.progress.missing.join(', ')}`,
    },
  ];
}
