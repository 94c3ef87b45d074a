/**
 * An orderly exit: five steps, each done only with an owner and evidence, so that an
 * audit can tell who closed what and how. The partner's status becomes `exited` (in the
 * server) once the plan is complete.
 */
import { renderEnglish } from '../messages/english.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { dateIssue, type IsoDate } from './dates.js';
import { exitStepMessage } from './exit-messages.js';

export const EXIT_STEPS = [
  'notice-sent',
  'ip-settled',
  'data-returned-or-deleted',
  'final-settlement',
  'announcement',
] as const;
export type ExitStepKey = (typeof EXIT_STEPS)[number];

/** Each step's title in English, from its code (exit-messages.ts). */
export const EXIT_STEP_TITLES: Readonly<Record<ExitStepKey, string>> = Object.fromEntries(
  EXIT_STEPS.map((key) => [key, renderEnglish(exitStepMessage(key))]),
) as Record<ExitStepKey, string>;

export interface ExitStep {
  readonly key: ExitStepKey;
  readonly title: string;
  readonly owner?: string;
  readonly dueDate?: IsoDate;
  readonly done: boolean;
  readonly doneAt?: IsoDate;
  readonly evidence?: string;
}

export interface ExitPlan {
  readonly startedAt: IsoDate;
  readonly steps: readonly ExitStep[];
}

export interface ExitPlanProgress {
  /** Steps done and passing `checkExitStepDone`. */
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  /** Keys of the steps still to do, in plan order (including any the plan lacks). */
  readonly missing: readonly ExitStepKey[];
}

/** Every step open; `owner`, when given, owns each until reassigned. Due dates follow the agreement. */
export function newExitPlan(options: {
  readonly owner?: string;
  readonly today: IsoDate;
  /** From the agreements' notice periods (exit-terms.ts `exitSchedule`). */
  readonly dueDates?: Readonly<Partial<Record<ExitStepKey, IsoDate>>>;
}): Result<ExitPlan> {
  const bad = dateIssue(options.today, ['today'], 'today');
  if (bad !== undefined) return fail([bad]);
  const owner = options.owner?.trim();
  return ok({
    startedAt: options.today,
    steps: EXIT_STEPS.map((key) => {
      const dueDate = options.dueDates?.[key];
      return {
        key,
        title: EXIT_STEP_TITLES[key],
        done: false,
        ...(owner ? { owner } : {}),
        ...(dueDate === undefined ? {} : { dueDate }),
      };
    }),
  });
}

/**
 * A step marked done needs an owner (who answers for it) and evidence (the notice letter,
 * the deletion certificate, the payment reference); `doneAt`, if given, must be a date.
 * A step not done passes as it is.
 */
export function checkExitStepDone(step: ExitStep): Result<ExitStep> {
  if (!step.done) return ok(step);
  const issues: Issue[] = [];
  if ((step.owner ?? '').trim() === '') {
    issues.push({
      code: 'owner_required',
      path: ['owner'],
      message: `step \`${step.key}\` is marked done without an owner; name who is accountable for it`,
    });
  }
  if ((step.evidence ?? '').trim() === '') {
    issues.push({
      code: 'evidence_required',
      path: ['evidence'],
      message: `step \`${step.key}\` is marked done without evidence; say what shows it is done (a letter, a certificate, a payment reference)`,
    });
  }
  if (step.doneAt !== undefined) {
    const bad = dateIssue(step.doneAt, ['doneAt'], `the date step \`${step.key}\` was done`);
    if (bad !== undefined) issues.push(bad);
  }
  return issues.length > 0 ? fail(issues) : ok(step);
}

/** A step counts only when done *and* it passes the check: a bare tick is not an exit. */
export function exitPlanProgress(plan: ExitPlan): ExitPlanProgress {
  const doneKeys = new Set(
    plan.steps.filter((s) => s.done && checkExitStepDone(s).ok).map((s) => s.key),
  );
  const missing = EXIT_STEPS.filter((key) => !doneKeys.has(key));
  return {
    done: EXIT_STEPS.length - missing.length,
    total: EXIT_STEPS.length,
    complete: missing.length === 0,
    missing,
  };
}
