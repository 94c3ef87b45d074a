import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import {
  checkExitStepDone,
  EXIT_STEPS,
  type ExitPlan,
  type ExitStep,
  exitPlanProgress,
  newExitPlan,
} from './exit-plan.js';

const plan = (owner?: string): ExitPlan => {
  const r = newExitPlan({ today: '2026-04-01', ...(owner === undefined ? {} : { owner }) });
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

const finish = (step: ExitStep, evidence = 'signed letter, ref 2026/17'): ExitStep => ({
  ...step,
  done: true,
  doneAt: '2026-04-20',
  evidence,
});

describe('newExitPlan', () => {
  it('opens the five steps in order, owned by the given owner', () => {
    const p = plan('maria');
    expect(p.startedAt).toBe('2026-04-01');
    expect(p.steps.map((s) => s.key)).toEqual([
      'notice-sent',
      'ip-settled',
      'data-returned-or-deleted',
      'final-settlement',
      'announcement',
    ]);
    expect(p.steps.every((s) => s.owner === 'maria' && !s.done && s.title.length > 0)).toBe(true);
    expect(plan().steps.some((s) => 'owner' in s)).toBe(false);
    const bad = newExitPlan({ today: '1 April' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['invalid_date']);
  });
});

describe('checkExitStepDone', () => {
  const codes = (step: ExitStep) => {
    const r = checkExitStepDone(step);
    return r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`);
  };
  const [notice] = plan().steps as [ExitStep];

  it('needs an owner and evidence to call a step done', () => {
    expect(codes(notice)).toEqual([]);
    expect(codes({ ...notice, done: true })).toEqual([
      'owner_required@owner',
      'evidence_required@evidence',
    ]);
    expect(codes({ ...finish(notice, '   '), owner: 'maria' })).toEqual([
      'evidence_required@evidence',
    ]);
    expect(codes({ ...finish(notice), owner: 'maria', doneAt: '2026-04-31' })).toEqual([
      'invalid_date@doneAt',
    ]);
    expect(codes({ ...finish(notice), owner: 'maria' })).toEqual([]);
  });
});

describe('exitPlanProgress', () => {
  it('counts only steps done with owner and evidence, and lists the rest in order', () => {
    const p = plan('maria');
    expect(exitPlanProgress(p)).toEqual({
      done: 0,
      total: 5,
      complete: false,
      missing: [...EXIT_STEPS],
    });
    const steps = p.steps.map((s, i) =>
      i === 0 || i === 3 ? finish(s) : i === 1 ? { ...s, done: true } : s,
    );
    expect(exitPlanProgress({ ...p, steps })).toEqual({
      done: 2,
      total: 5,
      complete: false,
      missing: ['ip-settled', 'data-returned-or-deleted', 'announcement'],
    });
    const all = p.steps.map((s) => finish(s));
    expect(exitPlanProgress({ ...p, steps: all })).toMatchObject({ done: 5, complete: true });
    // A plan that lost a step is not complete, whatever else it holds.
    expect(exitPlanProgress({ ...p, steps: all.slice(1) })).toMatchObject({
      done: 4,
      complete: false,
      missing: ['notice-sent'],
    });
  });
});
