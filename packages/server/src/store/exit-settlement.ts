/**
 * The exit plan's final-settlement step, run rather than ticked: for every agreement
 * still running with the partner, the last period (from the day after its last recorded
 * statement, or its start, to the end the notice period sets) is settled from the ledger
 * and recorded as a statement; the step is then done, with those statements as evidence.
 */
import { addDays } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { partnerAgreements } from './agreements/partner-agreements.js';
import { notFound } from './errors.js';
import { type ExitPlanRecord, getExitPlan, updateExitStep } from './exit-plans.js';
import type { Statement } from './statements/present.js';
import { listStatements, recordStatement, type WorkspaceRef } from './statements/statements.js';
import { now } from './tx.js';

export interface FinalSettlement {
  readonly plan: ExitPlanRecord;
  readonly statements: readonly Statement[];
}

export async function runFinalSettlement(
  db: Db,
  workspace: WorkspaceRef,
  key: string,
  input: { readonly owner?: string | undefined },
  actor: string | null,
): Promise<FinalSettlement> {
  const plan = await getExitPlan(db, workspace.id, key);
  const today = now(db).slice(0, 10);
  const end = plan.schedule?.effectiveEnd ?? today;
  const agreements = await partnerAgreements(db.kysely, workspace.id, key, ['active']);
  const statements: Statement[] = [];
  for (const agreement of agreements) {
    const recorded = (await listStatements(db.kysely, workspace.id, agreement.code)).filter(
      (s) => s.status !== 'superseded',
    );
    const last = recorded
      .map((s) => s.document.period.to)
      .sort()
      .at(-1);
    const from = last === undefined ? agreement.start : addDays(last, 1);
    const to = agreement.end !== null && agreement.end < end ? agreement.end : end;
    if (from > to) continue;
    statements.push(await recordStatement(db, workspace, agreement.code, { from, to }, actor));
  }
  const step = plan.steps.find((s) => s.key === 'final-settlement');
  if (step === undefined) throw notFound(`the final-settlement step of "${key}"`);
  const evidence =
    statements.length === 0
      ? `nothing left to settle up to ${end}`
      : statements
          .map(
            (s) =>
              `statement ${s.number} of ${s.agreement} (${s.document.period.from} – ${s.document.period.to})`,
          )
          .join('; ');
  const owner = input.owner ?? step.owner ?? actor ?? undefined;
  const after = await updateExitStep(
    db,
    workspace.id,
    key,
    'final-settlement',
    { done: true, evidence, ...(owner ? { owner } : {}) },
    plan.version,
    actor,
  );
  return { plan: after, statements };
}
