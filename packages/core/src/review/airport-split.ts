/**
 * Shared infrastructure (a GPU cluster, a data platform) sized for its most demanding user:
 * the airport rule splits each increment of capacity equally among those who need it, so
 * nobody pays for capacity only others need, and the shares add up to the largest cost.
 */
import { airportShapley } from '../games/airport.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';

export interface AirportSplit {
  /** What each player pays. */
  readonly shares: Readonly<Record<string, number>>;
  /** The cost of the facility that serves everyone: the largest single need. */
  readonly total: number;
}

/** `costs`: player → the cost of a facility big enough for that player alone. */
export function airportSplit(costs: Readonly<Record<string, number>>): Result<AirportSplit> {
  const entries = Object.entries(costs);
  const issues: Issue[] = entries.flatMap(([player, c]) =>
    Number.isFinite(c) && c >= 0
      ? []
      : [
          {
            code: 'invalid_number',
            path: ['costs', player],
            message: `${player}'s cost is ${c}; it must be a finite number ≥ 0`,
          },
        ],
  );
  if (issues.length > 0) return fail(issues);
  const phi = airportShapley(entries.map(([, c]) => c));
  return ok({
    shares: Object.fromEntries(entries.map(([player], i) => [player, phi[i] ?? 0])),
    total: Math.max(0, ...entries.map(([, c]) => c)),
  });
}
