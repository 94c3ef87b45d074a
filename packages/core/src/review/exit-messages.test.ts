import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, renderEnglish } from '../messages/english.js';
import { exitStepMessage } from './exit-messages.js';
import { EXIT_STEP_TITLES, EXIT_STEPS, newExitPlan } from './exit-plan.js';

describe('exit step titles as codes', () => {
  it('has one code per step, and nothing else', () => {
    expect(MESSAGE_CODES.exit).toEqual(EXIT_STEPS.map((key) => `exit.step.${key}`));
  });

  it("gives each step's English title from its code", () => {
    for (const key of EXIT_STEPS) {
      const english = renderEnglish(exitStepMessage(key));
      expect(english).not.toBe(`exit.step.${key}`);
      expect(EXIT_STEP_TITLES[key]).toBe(english);
    }
    expect(EXIT_STEP_TITLES['notice-sent']).toBe(
      'Send notice of termination as the agreement requires',
    );
  });

  it('titles a new plan in English from the codes', () => {
    const plan = newExitPlan({ today: '2026-03-01' });
    expect(plan.ok && plan.value.steps.map((s) => s.title)).toEqual(
      EXIT_STEPS.map((key) => renderEnglish(exitStepMessage(key))),
    );
  });
});
