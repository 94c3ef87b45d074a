/**
 * When the solver fails on a model it should solve, the usual cause is one number far
 * out of scale with the rest (amounts beyond ±1e12 are refused at the boundary, but a
 * portfolio built in code is not checked there). Names the partner and field with the
 * largest magnitude, so the message says where to look.
 */
import { expectedValue } from '../model/distributions.js';
import type { Portfolio } from '../model/types.js';
import type { IssuePath } from '../util/issues.js';

export interface SuspectNumber {
  readonly path: IssuePath;
  readonly partner: string;
  readonly value: number;
}

export function largestNumber(portfolio: Portfolio): SuspectNumber | undefined {
  let best: SuspectNumber | undefined;
  const consider = (path: IssuePath, partner: string, value: number) => {
    const size = Number.isNaN(value) ? Number.POSITIVE_INFINITY : Math.abs(value);
    const bestSize =
      best === undefined ? -1 : Number.isNaN(best.value) ? Infinity : Math.abs(best.value);
    if (size > bestSize) best = { path, partner, value };
  };
  portfolio.partners.forEach((p, i) => {
    consider(['partners', i, 'cost'], p.id, expectedValue(p.cost));
    consider(['partners', i, 'return'], p.id, expectedValue(p.return));
    for (const [key, value] of Object.entries(p.uses))
      consider(['partners', i, 'uses', key], p.id, value);
    for (const [key, value] of Object.entries(p.scores))
      consider(['partners', i, 'scores', key], p.id, value);
  });
  return best;
}

/** The solver's failure, with the partner and field most likely behind it. */
export function solverFailureMessage(
  portfolio: Portfolio,
  reason: string,
): {
  message: string;
  path: IssuePath;
} {
  const suspect = largestNumber(portfolio);
  if (suspect === undefined) return { message: reason, path: [] };
  const field = suspect.path.slice(2).join('.');
  return {
    path: suspect.path,
    message: `${reason}; the largest number in the model is partner "${suspect.partner}" ${field} = ${suspect.value}: check it, or state amounts in a larger unit (each must be within ±1e12)`,
  };
}
