/**
 * The money terms of an agreement. A term is a one-key mapping (`revenueShare:`,
 * `costShare:` or `milestone:`), so that an error lands on the path the user wrote,
 * e.g. `terms[0].revenueShare.tiers[1].upTo`.
 */
import { z } from 'zod';
import { describeValue } from '../spec/describe-value.js';
import { cmp, ONE } from './exact.js';
import { formatExact } from './money.js';
import {
  dateSchema,
  nameSchema,
  nonNegativeAmountSchema,
  partySchema,
  positiveAmountSchema,
  shareSchema,
  shareSum,
} from './schema-parts.js';
import { exactParam } from './settle-messages.js';

const sharesSchema = z.record(partySchema, shareSchema);

const tierSchema = z.strictObject({
  upTo: z
    .number()
    .positive({ error: (issue) => `is ${describeValue(issue.input)} but must be > 0` })
    .nullable()
    .meta({ description: 'the top of this band of revenue, or null for no top' }),
  shares: sharesSchema,
});

export const revenueShareSchema = z
  .strictObject({
    source: nameSchema('a revenue source'),
    collector: partySchema,
    tiers: z.array(tierSchema).min(1).meta({ description: 'at least one tier' }),
    cap: z.record(partySchema, nonNegativeAmountSchema).optional(),
  })
  .superRefine((term, ctx) => {
    term.tiers.forEach((tier, i) => {
      const previous = term.tiers[i - 1]?.upTo;
      if (tier.upTo === null && i < term.tiers.length - 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'upTo'],
          message: 'only the last tier can have `upTo: null` (no top); give this tier a top',
          params: { code: 'open_tier_not_last', values: {} },
        });
      } else if (tier.upTo !== null && previous !== undefined && previous !== null) {
        if (tier.upTo <= previous) {
          ctx.addIssue({
            code: 'custom',
            path: ['tiers', i, 'upTo'],
            message: `is ${tier.upTo} but must be above the previous tier's ${previous}; tiers go up strictly`,
            params: { code: 'tiers_not_increasing', values: { value: tier.upTo, previous } },
          });
        }
      }
      const total = shareSum(tier.shares);
      if (total !== undefined && cmp(total, ONE) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'shares'],
          message: `the shares add up to ${formatExact(total)}, more than all of the revenue (1)`,
          params: { code: 'shares_over_one', values: { total: exactParam(total) } },
        });
      }
    });
  });

export const costShareSchema = z
  .strictObject({
    pool: nameSchema('a cost pool'),
    split: z
      .union([z.literal('byUse'), sharesSchema])
      .meta({ description: 'a share per party (adding up to 1), or byUse' }),
  })
  .superRefine((term, ctx) => {
    if (term.split === 'byUse') return;
    const total = shareSum(term.split);
    if (total !== undefined && cmp(total, ONE) !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['split'],
        message: `the shares add up to ${formatExact(total)}, not 1; make them add up to 1 (write "1/3" for a third)`,
        params: { code: 'split_not_one', values: { total: exactParam(total) } },
      });
    }
  });

export const milestoneSchema = z
  .strictObject({
    id: nameSchema('a milestone id'),
    payer: partySchema,
    payee: partySchema,
    amount: positiveAmountSchema,
    due: dateSchema.optional(),
    description: z.string().optional(),
  })
  .superRefine((term, ctx) => {
    if (term.payer !== term.payee) return;
    ctx.addIssue({
      code: 'custom',
      path: ['payee'],
      message: `\`${term.payee}\` would pay itself; the payee must be another party`,
      params: { code: 'self_payment', values: { party: term.payee } },
    });
  });

export type RevenueShareTerm = z.output<typeof revenueShareSchema>;
export type CostShareTerm = z.output<typeof costShareSchema>;
export type MilestoneTerm = z.output<typeof milestoneSchema>;

export type Term =
  | { readonly revenueShare: RevenueShareTerm }
  | { readonly costShare: CostShareTerm }
  | { readonly milestone: MilestoneTerm };

export const TERM_KINDS = ['revenueShare', 'costShare', 'milestone'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const termSchema = z
  .strictObject({
    revenueShare: revenueShareSchema.optional(),
    costShare: costShareSchema.optional(),
    milestone: milestoneSchema.optional(),
  })
  .superRefine((term, ctx) => {
    const given = TERM_KINDS.filter((kind) => term[kind] !== undefined);
    if (given.length === 1) return;
    ctx.addIssue({
      code: 'custom',
      path: given.length === 0 ? [] : [given[1] ?? ''],
      message:
        given.length === 0
          ? 'a term is one of `revenueShare`, `costShare` or `milestone`; write one of them'
          : `a term has one kind, but ${given.map((k) => `\`${k}\``).join(' and ')} are given; write each as its own term`,
      params: { code: 'term_kind' },
    });
  })
  // The refinement above guarantees exactly one key, which the object type cannot say.
  .transform((term) => term as Term);

export type TermView =
  | { readonly kind: 'revenueShare'; readonly revenueShare: RevenueShareTerm }
  | { readonly kind: 'costShare'; readonly costShare: CostShareTerm }
  | { readonly kind: 'milestone'; readonly milestone: MilestoneTerm };

/**
 * A term with its kind as a tag, for `switch`. Robust to a key present with `undefined`
 * (possible in an object built in code), which `'revenueShare' in term` is not.
 */
export function viewTerm(term: Term): TermView {
  const t = term as Partial<{
    revenueShare: RevenueShareTerm;
    costShare: CostShareTerm;
    milestone: MilestoneTerm;
  }>;
  if (t.revenueShare !== undefined) return { kind: 'revenueShare', revenueShare: t.revenueShare };
  if (t.costShare !== undefined) return { kind: 'costShare', costShare: t.costShare };
  if (t.milestone !== undefined) return { kind: 'milestone', milestone: t.milestone };
  throw new TypeError('a term needs one of revenueShare, costShare, milestone');
}
