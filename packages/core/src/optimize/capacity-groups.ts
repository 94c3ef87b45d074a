import type { ConstraintGroup, GroupContext } from './constraint-group.js';
import { columnsOf, involvedFirst } from './constraint-group.js';
import { count, fmt, listIds } from './wording.js';

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
        const head = `at most ${fmt(capacity)} ${resource} may be used in total`;
        const quoted = involvedFirst(columns, involved).slice(0, 6);
        if (quoted.length === 0) return `${head}; no partner uses ${resource}`;
        const uses = quoted.map(
          (c) => `${ctx.ids[c]} uses ${fmt(partners[c]?.uses[resource] ?? 0)}`,
        );
        const more = columns.length - quoted.length;
        return `${head}; ${uses.join(', ')}${more > 0 ? ` (and ${more} more use it)` : ''}`;
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
          const head = `at least ${count(min, `${kind} partner`)} ${min === 1 ? 'is' : 'are'} required`;
          const names = involvedFirst(columns, involved).map((c) => ctx.ids[c] as string);
          if (columns.length < min) {
            const only =
              columns.length === 0 ? 'none' : `only ${columns.length}: ${listIds(names)}`;
            return `${head}, but the portfolio has ${only}`;
          }
          return `${head} (candidates: ${listIds(names)})`;
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
      describe: () => `at most ${count(max, 'partner')} may be chosen`,
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
        const head = `at least one chosen partner must offer ${offer}`;
        if (columns.length === 0) return `${head}, but no partner offers it`;
        const names = involvedFirst(columns, involved).map((c) => ctx.ids[c] as string);
        return `${head} (offered by ${listIds(names)})`;
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
          const names = listIds(involvedFirst(columns, involved).map((c) => ctx.ids[c] as string));
          const label = group.name === undefined ? '' : ` (group "${group.name}")`;
          const bounds = [
            group.min === undefined ? '' : `at least ${group.min}`,
            group.max === undefined ? '' : `at most ${group.max}`,
          ].filter((s) => s !== '');
          const head = `${bounds.join(' and ')} of ${names} must be chosen${label}`;
          const short = group.min !== undefined && columns.length < group.min;
          return short
            ? `${head}, but the group has only ${count(columns.length, 'partner')}`
            : head;
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
        const head = `every chosen partner must score at least ${fmt(min)}`;
        if (below.length === 0) return head;
        const quoted = involvedFirst(below, involved).slice(0, 6);
        const scores = quoted.map((c) => `${ctx.ids[c]} scores ${fmt(ctx.scores[c] as number)}`);
        const more = below.length - quoted.length;
        return `${head}; ${scores.join(', ')}${more > 0 ? ` (and ${more} more fall below)` : ''}`;
      },
    },
  ];
}
