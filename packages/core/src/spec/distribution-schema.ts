/**
 * How a cost, return or synergy is written in a spec. The forms (one key each):
 *
 * - a plain number                    fixed value
 * - `{ uniform: [min, max] }`         min ≤ max
 * - `{ triangular: [min, mode, max] }` min ≤ mode ≤ max
 * - `{ pert: [min, mode, max] }`       min ≤ mode ≤ max (Beta-PERT, λ = 4)
 * - `{ normal: [mean, sd] }`           sd ≥ 0
 * - `{ lognormal: [mu, sigma] }`       parameters of the underlying normal, sigma ≥ 0
 */
import { z } from 'zod';
import type { Distribution } from '../model/types.js';
import { boundedNumber, NUMBER_LIMITS, outOfRange } from './input-rules.js';

const orderedTriple = (form: string) =>
  z
    .tuple([boundedNumber(), boundedNumber(), boundedNumber()])
    .superRefine(([min, mode, max], ctx) => {
      if (min <= mode && mode <= max) return;
      ctx.addIssue({
        code: 'custom',
        params: { code: 'out_of_order' },
        message: `${form} [${min}, ${mode}, ${max}] is out of order; write [min, mode, max] with min ≤ mode ≤ max`,
      });
    })
    .meta({ description: `${form}: [min, mode, max]` });

const spread = (form: string, name: string) =>
  z
    .tuple([
      boundedNumber(),
      boundedNumber().min(0, {
        error: (issue) =>
          `${name} (the second number of \`${form}\`) is ${String(issue.input)}; it cannot be negative`,
      }),
    ])
    .meta({ description: `${form}: [${form === 'normal' ? 'mean' : 'mu'}, ${name}]` });

const uniform = z
  .tuple([boundedNumber(), boundedNumber()])
  .superRefine(([min, max], ctx) => {
    if (min <= max) return;
    ctx.addIssue({
      code: 'custom',
      params: { code: 'min_greater_than_max' },
      message: `uniform [${min}, ${max}] has min > max; write [min, max], e.g. [${max}, ${min}]`,
    });
  })
  .meta({ description: 'uniform: [min, max]' });

export const DISTRIBUTION_FORMS = ['uniform', 'triangular', 'pert', 'normal', 'lognormal'] as const;

/**
 * Each form's parameters in the order a spec (and the API) writes them; `number` is a
 * fixed value written as a plain number. The editors of the web app read it.
 */
export const DISTRIBUTION_PARAMETERS = {
  number: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
} as const satisfies Record<'number' | (typeof DISTRIBUTION_FORMS)[number], readonly string[]>;

const triple = ([min, mode, max]: readonly [number, number, number]) => ({ min, mode, max });

const distributionObject = z
  .strictObject({
    uniform: uniform.optional(),
    triangular: orderedTriple('triangular').optional(),
    pert: orderedTriple('pert').optional(),
    normal: spread('normal', 'sd').optional(),
    lognormal: spread('lognormal', 'sigma')
      .superRefine(([mu, sigma], ctx) => {
        // Its mean, exp(mu + sigma²/2), is what the optimizer uses: keep it within bounds.
        if (mu + (sigma * sigma) / 2 <= Math.log(NUMBER_LIMITS.maxMagnitude)) return;
        ctx.addIssue({
          code: 'custom',
          params: { code: 'out_of_range' },
          message: `lognormal [${mu}, ${sigma}] has a mean exp(mu + sigma²/2) beyond 1e12; use a larger unit`,
        });
      })
      .optional(),
  })
  .meta({ minProperties: 1, maxProperties: 1 })
  .transform((forms, ctx): Distribution => {
    // zod still runs a transform after an unknown key; that key alone explains the error.
    if (ctx.issues.length > 0) return z.NEVER;
    const given = DISTRIBUTION_FORMS.filter((form) => forms[form] !== undefined);
    const { uniform, triangular, pert, normal, lognormal } = forms;
    if (given.length === 1) {
      if (uniform) return { kind: 'uniform', min: uniform[0], max: uniform[1] };
      if (triangular) return { kind: 'triangular', ...triple(triangular) };
      if (pert) return { kind: 'pert', ...triple(pert) };
      if (normal) return { kind: 'normal', mean: normal[0], sd: normal[1] };
      if (lognormal) return { kind: 'lognormal', mu: lognormal[0], sigma: lognormal[1] };
    }
    ctx.issues.push({
      code: 'custom',
      input: forms,
      params: { code: 'invalid_distribution' },
      message:
        given.length === 0
          ? `a distribution needs exactly one of ${DISTRIBUTION_FORMS.join(', ')}; e.g. { triangular: [min, mode, max] }`
          : `a distribution has exactly one form, but ${given.join(' and ')} are given; keep one`,
    });
    return z.NEVER;
  });

/** Validates a distribution as written and outputs the engine's tagged `Distribution`. */
export const distributionSchema = z
  .union([
    // Bounded in the transform, not by `.max()`: a union reports a branch's own issue only
    // once the branch's type matched, so `1e308` reads "beyond ±1e12", not "invalid input".
    z
      .number()
      .meta({ minimum: -NUMBER_LIMITS.maxMagnitude, maximum: NUMBER_LIMITS.maxMagnitude })
      .transform((value, ctx): Distribution => {
        if (Math.abs(value) <= NUMBER_LIMITS.maxMagnitude) return { kind: 'fixed', value };
        ctx.issues.push({
          code: 'custom',
          input: value,
          params: { code: 'out_of_range' },
          message: outOfRange(value),
        });
        return z.NEVER;
      }),
    distributionObject,
  ])
  .meta({
    description:
      'a number, or one of { uniform: [min, max] }, { triangular: [min, mode, max] }, { pert: [min, mode, max] }, { normal: [mean, sd] }, { lognormal: [mu, sigma] }',
  });
