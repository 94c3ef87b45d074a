/**
 * What a settlement, a fair-share split and an airport split answer: core's reports in
 * their published shape (report.ts).
 */
import { z } from 'zod';
import { messageSchema } from '../http/message-schema.js';
import { presentAs } from './report.js';

export const settlementSchema = z
  .object({
    agreement: z.string(),
    currency: z.string().optional(),
    period: z.object({ from: z.string(), to: z.string() }),
    events: z.int().meta({ description: 'events dated in the period' }),
    entries: z.int().meta({ description: 'ledger entries read (money events up to `to`)' }),
    balances: z.record(z.string(), z.number()),
    transfers: z
      .array(z.object({ from: z.string(), to: z.string(), amount: z.number() }))
      .readonly(),
    lines: z
      .array(
        z.object({
          term: z.string(),
          kind: z.string(),
          party: z.string(),
          amount: z.number(),
          explain: z.string(),
          /** The explanation as a code with its values (`explain` is its English). */
          because: messageSchema,
        }),
      )
      .readonly(),
  })
  .meta({ id: 'Settlement' });

export const fairSharesSchema = z
  .object({
    type: z.enum(['profit', 'cost']),
    total: z.number(),
    exact: z.boolean(),
    samples: z.int().optional(),
    players: z.array(z.string()).readonly(),
    fixedSplitSource: z.enum(['request', 'stored', 'ip.foreground', 'none']),
    values: z.record(z.string(), z.number()),
    rows: z
      .array(
        z.object({
          player: z.string(),
          shapley: z.number(),
          ci: z.tuple([z.number(), z.number()]).readonly().optional(),
          fraction: z.number().optional(),
          fixed: z.number().optional(),
          difference: z.number().optional(),
        }),
      )
      .readonly(),
    core: z.object({
      nonEmpty: z.boolean().nullable(),
      shapleyInCore: z.boolean().nullable(),
      fixedInCore: z.boolean().nullable(),
      method: z.string(),
      reason: z.string().optional(),
      /** `reason` as a code with its values. */
      because: messageSchema.optional(),
    }),
  })
  .meta({ id: 'FairShares' });

export const airportSchema = z
  .object({ shares: z.record(z.string(), z.number()), total: z.number() })
  .meta({ id: 'AirportSplit' });

export const presentSettlement = presentAs(settlementSchema);
export const presentFairShares = presentAs(fairSharesSchema);
export const presentAirportSplit = presentAs(airportSchema);
