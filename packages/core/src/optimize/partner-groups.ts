import { type Message, message } from '../util/message.js';
import type { ConstraintGroup, GroupContext } from './constraint-group.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * Constraints that name partners: exclusive pairs, prerequisites, include, exclude.
 * An id that is no partner cannot be chosen: a pair or exclusion naming it holds
 * trivially, while including it (or requiring it) cannot be met.
 */
export function exclusiveGroups(ctx: GroupContext): ConstraintGroup[] {
  return ctx.portfolio.constraints.exclusive.map(([a, b], k) => {
    const ca = ctx.index.get(a);
    const cb = ctx.index.get(b);
    const known = ca !== undefined && cb !== undefined;
    return {
      path: `constraints.exclusive[${k}]`,
      // For a = b the builder sums the coefficients: 2·x ≤ 1, i.e. a is out.
      rows: known ? [{ columns: [ca, cb], coefficients: [1, 1], lower: -INF, upper: 1 }] : [],
      fixes: [],
      partners: known ? [ca, cb] : [],
      describe: () => message('optimize.exclusive', { a, b }),
    };
  });
}

export function requiresGroups(ctx: GroupContext): ConstraintGroup[] {
  return ctx.portfolio.constraints.requires.map(([a, b], k) => {
    const ca = ctx.index.get(a);
    const cb = ctx.index.get(b);
    const path = `constraints.requires[${k}]`;
    const describe = (): Message =>
      message(cb === undefined ? 'optimize.requires.unknown' : 'optimize.requires', { a, b });
    if (ca === undefined || ca === cb) return { path, rows: [], fixes: [], partners: [], describe };
    if (cb === undefined) {
      return { path, rows: [], fixes: [{ column: ca, value: 0 }], partners: [ca], describe };
    }
    return {
      path,
      rows: [{ columns: [ca, cb], coefficients: [1, -1], lower: -INF, upper: 0 }],
      fixes: [],
      partners: [ca, cb],
      describe,
    };
  });
}

export function includeGroups(ctx: GroupContext): ConstraintGroup[] {
  return ctx.portfolio.constraints.include.map((id, k) => {
    const col = ctx.index.get(id);
    const path = `constraints.include[${k}]`;
    if (col === undefined) {
      // An empty row ≥ 1: infeasible on its own, so the explanation can name it.
      return {
        path,
        rows: [{ columns: [], coefficients: [], lower: 1, upper: INF }],
        fixes: [],
        partners: [],
        describe: () => message('optimize.include.unknown', { id }),
      };
    }
    return {
      path,
      rows: [],
      fixes: [{ column: col, value: 1 }],
      partners: [col],
      describe: () => message('optimize.include', { id }),
    };
  });
}

export function excludeGroups(ctx: GroupContext): ConstraintGroup[] {
  return ctx.portfolio.constraints.exclude.map((id, k) => {
    const col = ctx.index.get(id);
    return {
      path: `constraints.exclude[${k}]`,
      rows: [],
      fixes: col === undefined ? [] : [{ column: col, value: 0 }],
      partners: col === undefined ? [] : [col],
      describe: () => message('optimize.exclude', { id }),
    };
  });
}
