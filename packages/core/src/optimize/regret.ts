import { renderEnglish } from '../messages/english.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { type Message, message } from '../util/message.js';
import type { GroupFix } from './constraint-group.js';
import { conflictStatements, findConflict } from './find-conflict.js';
import { figure } from './optimize-messages.js';
import { fillOverheadStart } from './overhead.js';
import type { PreparedPortfolio } from './prepare.js';
import { solvePortfolio } from './solve-portfolio.js';
import type { PartnerRegret } from './types.js';

/**
 * Per partner, what the choice costs to overturn: re-solve with the partner forced out
 * (if chosen) or in (if not) and compare objectives. One full solve per partner, so this
 * runs only on request. A re-solve stopped by the time limit gives an upper bound on the
 * regret (its portfolio may not be the best one with the partner forced).
 */
export function computeRegret(
  p: PreparedPortfolio,
  solver: MilpSolver,
  base: RegretBase,
  timeLimit: number | undefined,
): PartnerRegret[] {
  const limit = timeLimit === undefined ? {} : { timeLimit };
  const gain = message(p.objective === 'net' ? 'optimize.gain.net' : 'optimize.gain.score');
  const pairsOf = pairsByPartner(p);
  return p.ids.map((id, i) => {
    const selected = base.chosen[i] === 1;
    const fixes: GroupFix[] = [{ column: i, value: selected ? 0 : 1 }];
    const start = flippedStart(p, base.values, pairsOf[i] ?? [], i, selected ? 0 : 1);
    const r = solvePortfolio(p, solver, { fixes, start, ...limit });
    if (r.status === 'infeasible') {
      const conflict = findConflict(p, solver, { fixes, ...limit });
      const reasons = conflictStatements(p, conflict.groups, fixes).map((c) =>
        message('optimize.regret.reason', { constraint: c.constraint, statement: c.statement }),
      );
      const because = message(
        selected ? 'optimize.regret.cannot_drop' : 'optimize.regret.cannot_choose',
        { id, reasons: { list: reasons, join: 'semicolon' } },
      );
      return { id, selected, regret: null, ...said(because) };
    }
    if (r.objective === null) {
      // The solver's own words, when it has some, are quoted as they are.
      const why: Message | string =
        r.status !== 'error'
          ? message('optimize.regret.time_limit')
          : (r.message ?? message('optimize.regret.solver_failed'));
      return {
        id,
        selected,
        regret: null,
        ...said(message('optimize.regret.no_portfolio', { id, why })),
      };
    }
    const raw = base.objective - r.objective;
    // A proven optimum cannot be beaten; a hair below zero is solver tolerance.
    const regret =
      base.proven && raw < 0 && raw > -1e-9 * Math.max(1, Math.abs(base.objective)) ? 0 : raw;
    const plain = regretMessage(id, selected, regret, gain);
    const because =
      r.status === 'time-limit' ? message('optimize.regret.bounded', { regret: plain }) : plain;
    return { id, selected, regret, ...said(because) };
  });
}

export interface RegretBase {
  readonly chosen: Uint8Array;
  readonly objective: number;
  /** Column values of the base solve (partners, then synergy pairs). */
  readonly values: Float64Array;
  /** Whether the base objective is a proven optimum. */
  readonly proven: boolean;
}

/** Synergy pair indices by partner column. */
function pairsByPartner(p: PreparedPortfolio): number[][] {
  const out: number[][] = p.ids.map(() => []);
  const { first, second } = p.pairs;
  for (let k = 0; k < first.length; k++) {
    out[first[k] as number]?.push(k);
    out[second[k] as number]?.push(k);
  }
  return out;
}

/**
 * The base solution with partner i flipped, as a start for its re-solve. Its synergy
 * columns are set to x_i·x_j, which every linking row accepts; so the start is feasible
 * whenever the flipped choice is, and the solver then begins with a good incumbent.
 */
function flippedStart(
  p: PreparedPortfolio,
  values: Float64Array,
  pairs: readonly number[],
  i: number,
  value: 0 | 1,
): Float64Array {
  const n = p.ids.length;
  const start = Float64Array.from(values);
  start[i] = value;
  for (const k of pairs) {
    const other = p.pairs.first[k] === i ? p.pairs.second[k] : p.pairs.first[k];
    start[n + k] = value * Math.round(values[other as number] as number);
  }
  fillOverheadStart(p, start);
  return start;
}

/** The message and its English, as a regret entry carries them. */
const said = (because: Message) => ({ message: renderEnglish(because), because });

function regretMessage(id: string, selected: boolean, regret: number, gain: Message): Message {
  if (selected) {
    return regret <= 0
      ? message('optimize.regret.drop_free', { id })
      : message('optimize.regret.drop', { id, amount: figure(regret) });
  }
  return regret <= 0
    ? message('optimize.regret.add_free', { id })
    : message('optimize.regret.add', { id, amount: figure(regret), gain });
}
