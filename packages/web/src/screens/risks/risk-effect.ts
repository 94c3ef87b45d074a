/**
 * The figures the risks screen shows from the server's simulate answer: S from expected
 * values (no events), the exact expected loss of the events (present only when an event
 * hangs on a selected partner), and the simulated mean, P(S < 0) and CVaR 5 % with them.
 */

export const EFFECT_SIMULATION = { scenarios: 20_000, seed: 1 } as const;

export interface RiskEffectFigures {
  readonly expected: number;
  readonly expectedRiskLoss?: number;
  readonly mean: number;
  readonly probLoss: number;
  readonly cvar5: number;
  readonly selected: readonly string[];
}

/** The figures of a simulate answer (`expectedRiskLoss` only when events touch the selection). */
export function effectOf(answer: Record<string, unknown>): RiskEffectFigures | undefined {
  const { expected, expectedRiskLoss, mean, probLoss, cvar5, selected } = answer;
  if (
    typeof expected !== 'number' ||
    typeof mean !== 'number' ||
    typeof probLoss !== 'number' ||
    typeof cvar5 !== 'number' ||
    !Array.isArray(selected)
  ) {
    return undefined;
  }
  return {
    expected,
    mean,
    probLoss,
    cvar5,
    selected: selected.filter((s): s is string => typeof s === 'string'),
    ...(typeof expectedRiskLoss === 'number' ? { expectedRiskLoss } : {}),
  };
}
