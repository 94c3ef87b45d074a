import { renderEnglish } from '../messages/english.js';
import type { MilpSolver, SolveOptions } from '../solver/milp-model.js';
import { type Message, message } from '../util/message.js';
import { buildPortfolioMilp } from './build-model.js';
import type { GroupFix } from './constraint-group.js';
import { nameList } from './optimize-messages.js';
import type { PreparedPortfolio } from './prepare.js';
import type { Conflict } from './types.js';

export interface ConflictSet {
  /** Indices into `groups`. */
  readonly groups: readonly number[];
  /**
   * True when every kept group was shown necessary: dropping any one of them makes the
   * rest feasible. False when a check hit the time limit (the group was kept to be safe).
   */
  readonly minimal: boolean;
}

/**
 * A small set of constraint groups that cannot all hold, by a deletion filter: try to drop
 * groups and keep only those whose removal makes the problem feasible. Groups are tried in
 * halves first, so the many constraints unrelated to a conflict go in a few solves rather
 * than one solve each. Each check is a feasibility model (no objective, no synergy columns).
 * `fixes` (a partner forced in or out) always hold and are never blamed.
 */
export function findConflict(
  p: PreparedPortfolio,
  solver: MilpSolver,
  options: { readonly fixes?: readonly GroupFix[]; readonly timeLimit?: number } = {},
): ConflictSet {
  const solveOptions: SolveOptions =
    options.timeLimit === undefined ? {} : { timeLimit: options.timeLimit };
  let minimal = true;
  const isInfeasible = (active: ReadonlySet<number>): boolean => {
    const model = buildPortfolioMilp(p, {
      active,
      withObjective: false,
      ...(options.fixes === undefined ? {} : { fixes: options.fixes }),
    });
    const status = solver.solve(model, solveOptions).status;
    if (status !== 'infeasible' && status !== 'optimal') minimal = false;
    return status === 'infeasible';
  };

  // Groups that constrain nothing (e.g. an exclusive pair naming an unknown id) go first.
  let active = new Set(
    p.groups.flatMap((g, i) => (g.rows.length > 0 || g.fixes.length > 0 ? [i] : [])),
  );
  const reduce = (chunk: readonly number[]): void => {
    if (chunk.length === 0) return;
    const without = new Set(active);
    for (const g of chunk) without.delete(g);
    if (isInfeasible(without)) {
      active = without;
      return;
    }
    if (chunk.length === 1) return;
    const mid = chunk.length >> 1;
    reduce(chunk.slice(0, mid));
    reduce(chunk.slice(mid));
  };
  const candidates = [...active];
  // Halving from the whole list would start with "drop everything": skip that solve.
  const mid = candidates.length >> 1;
  reduce(candidates.slice(0, mid));
  reduce(candidates.slice(mid));
  return { groups: [...active].sort((a, b) => a - b), minimal };
}

/**
 * Each group of a conflict as a message saying which other constraints it clashes with
 * (`because`), and that message's English (`message`).
 */
export function describeConflict(
  p: PreparedPortfolio,
  groups: readonly number[],
  fixes: readonly GroupFix[] = [],
): Conflict[] {
  return conflictStatements(p, groups, fixes).map(({ constraint, statement, others }) => {
    const because =
      others.length === 0
        ? message('optimize.conflict.alone', { statement })
        : message('optimize.conflict.with', { statement, others: nameList(others, 10) });
    return { constraint, message: renderEnglish(because), because };
  });
}

/**
 * The statement of each group of a conflict. Each one may quote the partners that the
 * rest of the conflict (and the fixes) name: a resource then lists their uses.
 */
export function conflictStatements(
  p: PreparedPortfolio,
  groups: readonly number[],
  fixes: readonly GroupFix[] = [],
): { constraint: string; statement: Message; others: string[] }[] {
  return groups.map((g) => {
    const group = p.groups[g];
    if (group === undefined) throw new RangeError(`no constraint group ${g}`);
    const involved = new Set(fixes.map((f) => f.column));
    const others: string[] = [];
    for (const h of groups) {
      const other = p.groups[h];
      if (h === g || other === undefined) continue;
      others.push(other.path);
      for (const c of other.partners) involved.add(c);
    }
    return { constraint: group.path, statement: group.describe(involved), others };
  });
}
