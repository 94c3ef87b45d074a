/**
 * `coordinationCost` as written (DESIGN.md "Lifecycle in the spec"): a number (overhead per
 * selected partner) or `{ perPartner: { academic: x, ... }, overhead: [{ upTo: k,
 * perPartner: y }, ...] }`: a cost per selected partner by kind, plus a portfolio overhead
 * whose marginal cost per partner rises by count band. Bands must be non-decreasing in
 * rate, so the overhead is convex in the count and the MILP models it exactly.
 */
import { z } from 'zod';
import { PARTNER_KINDS, type PartnerKind } from '../model/types.js';
import { boundedNumber } from './input-rules.js';

const rate = (what: string) =>
  boundedNumber().min(0, {
    error: (issue) => `${what} is ${String(issue.input)} but cannot be negative`,
  });

const band = z.strictObject({
  upTo: z
    .int({
      error: (issue) => `upTo must be a whole number of partners (found ${String(issue.input)})`,
    })
    .min(1, { error: 'upTo counts partners: at least 1' }),
  perPartner: rate('an overhead band rate'),
});

const perKind = z.strictObject(
  Object.fromEntries(
    PARTNER_KINDS.map((kind) => [kind, rate(`perPartner.${kind}`).optional()]),
  ) as Record<PartnerKind, z.ZodOptional<z.ZodNumber>>,
);

const structured = z.strictObject({
  perPartner: perKind.default({}),
  overhead: z
    .array(band)
    .default([])
    .superRefine((bands, ctx) => {
      bands.forEach((b, i) => {
        const before = bands[i - 1];
        if (before === undefined) return;
        if (b.upTo <= before.upTo) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'upTo'],
            params: {
              code: 'bands_not_increasing',
              values: { value: b.upTo, previous: before.upTo },
            },
            message: `band ${i} ends at ${b.upTo} partners, not after the previous band (${before.upTo}); list bands by increasing upTo`,
          });
        }
        if (b.perPartner < before.perPartner) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'perPartner'],
            params: {
              code: 'not_convex',
              values: { value: b.perPartner, previous: before.perPartner },
            },
            message: `band ${i} charges ${b.perPartner} per partner, less than the previous band (${before.perPartner}); the marginal overhead must not decrease (convex)`,
          });
        }
      });
    }),
});

export const coordinationCostSchema = z.union([rate('coordinationCost'), structured]).meta({
  description:
    'a number (overhead per selected partner), or { perPartner: { kind: cost }, overhead: [{ upTo, perPartner }] } with non-decreasing band rates',
});
