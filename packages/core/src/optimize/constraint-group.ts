import type { Portfolio } from '../model/types.js';
import type { Message } from '../util/message.js';

/** `lower ≤ Σ coefficients·x[columns] ≤ upper` over partner columns. */
export interface GroupRow {
  readonly columns: readonly number[];
  readonly coefficients: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** Fixes one partner's selection variable: 1 = must be chosen, 0 = must not. */
export interface GroupFix {
  readonly column: number;
  readonly value: 0 | 1;
}

/**
 * One constraint of the spec as the optimizer sees it: the unit an infeasibility
 * explanation keeps or drops, named by its path in the spec.
 */
export interface ConstraintGroup {
  /** `resources.budget`, `constraints.exclusive[0]`, ... */
  readonly path: string;
  readonly rows: readonly GroupRow[];
  readonly fixes: readonly GroupFix[];
  /** Partners the constraint names or counts (columns), to relate it to other constraints. */
  readonly partners: readonly number[];
  /**
   * The constraint as a message with its numbers (optimize-messages.ts). `involved` holds
   * the partners the rest of a conflict names, so the message can quote the figures that
   * matter.
   */
  describe(involved: ReadonlySet<number>): Message;
}

/** What the group builders read: the portfolio, partner ids by column, and scores. */
export interface GroupContext {
  readonly portfolio: Portfolio;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly scores: ArrayLike<number>;
}

/** Columns ordered with those in `involved` first, so explanations quote them first. */
export function involvedFirst(columns: readonly number[], involved: ReadonlySet<number>): number[] {
  const first = columns.filter((c) => involved.has(c));
  const rest = columns.filter((c) => !involved.has(c));
  return [...first, ...rest];
}

/** Distinct known partner columns of a list of ids, in list order. */
export function columnsOf(ctx: GroupContext, ids: readonly string[]): number[] {
  const out = new Set<number>();
  for (const id of ids) {
    const col = ctx.index.get(id);
    if (col !== undefined) out.add(col);
  }
  return [...out];
}
