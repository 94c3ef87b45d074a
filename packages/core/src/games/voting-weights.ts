/**
 * Weighted voting games [q; w_1, …, w_n]: a coalition wins (v = 1) when its weight reaches
 * the quota. The exact counting DP needs integer weights, so weights are checked and
 * brought to the smallest equivalent integer game here.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';

export interface IntegerVotingGame {
  /** Smallest integer quota with the same winning coalitions. */
  readonly quota: number;
  readonly weights: readonly number[];
}

/** Decimal places tried when weights are not integers: 0.5, 12.25, 3.125 … are scaled. */
const MAX_DECIMALS = 6;
const NEAR = 1e-9;

const isNear = (x: number): boolean =>
  Math.abs(x - Math.round(x)) <= NEAR * Math.max(1, Math.abs(x));

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Validates a voting game and returns an equivalent one with integer weights divided by
 * their greatest common divisor (smaller quota ⇒ smaller DP). Decimal weights written
 * with at most 6 decimals (0.5, 1.25) are scaled by a power of ten, with a warning:
 * the scaled game has exactly the same winning coalitions as the decimals written.
 */
export function toIntegerVotingGame(
  quota: number,
  weights: readonly number[],
): Result<IntegerVotingGame> {
  const issues: Issue[] = [];
  if (!Number.isFinite(quota) || quota <= 0) {
    issues.push({
      code: 'invalid_quota',
      path: ['quota'],
      message: `the quota is ${quota}; it must be a positive finite number (the weight a coalition needs to win)`,
    });
  }
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) {
      issues.push({
        code: 'invalid_weight',
        path: ['weights', i],
        message: `weight ${i + 1} is ${w}; voting weights are finite numbers ≥ 0`,
      });
    }
  });
  if (issues.length > 0) return fail(issues);
  let scale = 1;
  while (scale <= 10 ** MAX_DECIMALS && !weights.every((w) => isNear(w * scale))) scale *= 10;
  if (scale > 10 ** MAX_DECIMALS) {
    return fail([
      {
        code: 'non_integer_weights',
        path: ['weights'],
        message: `exact voting power needs integer weights (or decimals with at most ${MAX_DECIMALS} places); multiply all weights and the quota by a common factor`,
      },
    ]);
  }
  const warnings: Issue[] =
    scale === 1
      ? []
      : [
          {
            code: 'weights_scaled',
            path: ['weights'],
            message: `weights have decimals; they and the quota were multiplied by ${scale} (same winning coalitions)`,
          },
        ];
  const scaled = weights.map((w) => Math.round(w * scale));
  const divisor = scaled.reduce((g, w) => gcd(g, w), 0) || 1;
  const q = quota * scale;
  // Winning means Σw ≥ q; with integer weights that is Σw ≥ ⌈q⌉ (a near-integer q is q).
  const intQuota = isNear(q) ? Math.round(q) : Math.ceil(q);
  return ok(
    { quota: Math.ceil(intQuota / divisor), weights: scaled.map((w) => w / divisor) },
    warnings,
  );
}

const total = (weights: readonly number[]): number => weights.reduce((a, b) => a + b, 0);

export function grandCoalitionWins(game: IntegerVotingGame): boolean {
  return total(game.weights) >= game.quota;
}

/** Players in every winning coalition: without them the others cannot reach the quota. */
export function vetoPlayers(game: IntegerVotingGame): number[] {
  if (!grandCoalitionWins(game)) return [];
  const sum = total(game.weights);
  const veto: number[] = [];
  game.weights.forEach((w, i) => {
    if (sum - w < game.quota) veto.push(i);
  });
  return veto;
}
