import { kindParam } from '../model/kinds.js';
import { message } from '../util/message.js';
import type { ConstraintGroup, GroupContext } from './constraint-group.js';
import { columnsOf, involvedFirst } from './constraint-group.js';
import { clauses, figure, nameList } from './optimize-messages.js';

const INF = Number.POSITIVE_INFINITY;

/** `resources.<r>`: Σ uses_ir·x_i ≤ capacity_r, one group per resource in the spec. */
export function resourceGroups(ctx: GroupContext): ConstraintGroup[] {
  const { partners } = ctx.portfolio;
  return Object.entries(ctx.portfolio.resources).map(([resource, capacity]) => {
    const columns: number[] = [];
    const coefficients: number[] = [];
    partners.forEach((p, i) => {
      const use = p.uses[resource] ?? 0;
      if (use !== 0) {
        columns.push(i);
        coefficients.push(use);
      }
    });
    return {
      path: `resources.${resource}`,
      rows: [{ columns, coefficients, lower: -INF, upper: capacity }],
      fixes: [],
      partners: columns,
      describe(involved) {
        const amount = figure(capacity);
        const quoted = involvedFirst(columns, involved).slice(0, 6);
        if (quoted.length === 0) return message('optimize.resource.unused', { amount, resource });
        const uses = clauses(
          quoted.map((c) =>
            message('optimize.resource.use', {
              partner: ctx.ids[c] as string,
              amount: figure(partners[c]?.uses[resource] ?? 0),
            }),
          ),
        );
        const more = columns.length - quoted.length;
        return more > 0
          ? message('optimize.resource.uses_more', { amount, resource, uses, more })
          : message('optimize.resource.uses', { amount, resource, uses });
      },
    };
  });
}

/** `constraints.minPerKind.<kind>`: at least m partners of that kind. */
export function minPerKindGroups(ctx: GroupContext): ConstraintGroup[] {
  const entries = Object.entries(ctx.portfolio.constraints.minPerKind);
  return entries.flatMap(([kind, min]) => {
    if (min === undefined) return [];
    const columns = ctx.portfolio.partners.flatMap((p, i) => (p.kind === kind ? [i] : []));
    return [
      {
        path: `constraints.minPerKind.${kind}`,
        rows: [{ columns, coefficients: columns.map(() => 1), lower: min, upper: INF }],
        fixes: [],
        partners: columns,
        describe(involved) {
          const names = nameList(involvedFirst(columns, involved).map((c) => ctx.ids[c] as string));
          const said = kindParam(kind);
          if (columns.length === 0) return message('optimize.kind.none', { min, kind: said });
          if (columns.length < min) {
            return message('optimize.kind.only', {
              min,
              kind: said,
              have: columns.length,
              names,
            });
          }
          return message('optimize.kind.candidates', { min, kind: said, names });
        },
      },
    ];
  });
}

/** `constraints.maxPartners`: Σ x ≤ M. */
export function maxPartnersGroups(ctx: GroupContext): ConstraintGroup[] {
  const max = ctx.portfolio.constraints.maxPartners;
  if (max === undefined) return [];
  const columns = ctx.ids.map((_, i) => i);
  return [
    {
      path: 'constraints.maxPartners',
      rows: [{ columns, coefficients: columns.map(() => 1), lower: -INF, upper: max }],
      fixes: [],
      partners: [],
      describe: () => message('optimize.max_partners', { max }),
    },
  ];
}

/** `constraints.cover[k]`: some chosen partner offers the item. */
export function coverGroups(ctx: GroupContext): ConstraintGroup[] {
  return ctx.portfolio.constraints.cover.map((offer, k) => {
    const columns = ctx.portfolio.partners.flatMap((p, i) => (p.offers.includes(offer) ? [i] : []));
    return {
      path: `constraints.cover[${k}]`,
      rows: [{ columns, coefficients: columns.map(() => 1), lower: 1, upper: INF }],
      fixes: [],
      partners: columns,
      describe(involved) {
        if (columns.length === 0) return message('optimize.cover.none', { offer });
        const names = involvedFirst(columns, involved).map((c) => ctx.ids[c] as string);
        return message('optimize.cover', { offer, names: nameList(names) });
      },
    };
  });
}

/** `constraints.groups[k]`: min ≤ Σ members ≤ max. */
export function partnerGroupGroups(ctx: GroupContext): ConstraintGroup[] {
  return ctx.portfolio.constraints.groups.flatMap((group, k) => {
    if (group.min === undefined && group.max === undefined) return [];
    const columns = columnsOf(ctx, group.members);
    const lower = group.min ?? -INF;
    const upper = group.max ?? INF;
    return [
      {
        path: `constraints.groups[${k}]`,
        rows: [{ columns, coefficients: columns.map(() => 1), lower, upper }],
        fixes: [],
        partners: columns,
        describe(involved) {
          const names = nameList(involvedFirst(columns, involved).map((c) => ctx.ids[c] as string));
          const { min, max, name } = group;
          const bounds =
            min === undefined
              ? message('optimize.bound.at_most', { max: max ?? 0 })
              : max === undefined
                ? message('optimize.bound.at_least', { min })
                : message('optimize.bound.between', { min, max });
          const statement =
            name === undefined
              ? message('optimize.group', { bounds, names })
              : message('optimize.group.named', { bounds, names, name });
          const short = min !== undefined && columns.length < min;
          return short
            ? message('optimize.group.short', { statement, size: columns.length })
            : statement;
        },
      },
    ];
  });
}

/** `constraints.minScore`: partners scoring below the threshold are out. */
export function minScoreGroups(ctx: GroupContext): ConstraintGroup[] {
  const min = ctx.portfolio.constraints.minScore;
  if (min === undefined) return [];
  const below = ctx.ids.flatMap((_, i) => ((ctx.scores[i] as number) < min ? [i] : []));
  return [
    {
      path: 'constraints.minScore',
      rows: [],
      fixes: below.map((column) => ({ column, value: 0 as const })),
      partners: below,
      describe(involved) {
        const floor = figure(min);
        if (below.length === 0) return message('optimize.min_score', { min: floor });
        const quoted = involvedFirst(below, involved).slice(0, 6);
        const scores = clauses(
          quoted.map((c) =>
            message('optimize.min_score.score', {
              partner: ctx.ids[c] as string,
              score: figure(ctx.scores[c] as number),
            }),
          ),
        );
        const more = below.length - quoted.length;
        return more > 0
          ? message('optimize.min_score.below_more', { min: floor, scores, more })
          : message('optimize.min_score.below', { min: floor, scores });
      },
    },
  ];
}
