/**
 * Game files for `shapley` (DESIGN.md "Game files"): a table of coalition values,
 * a weighted voting game, or an airport (shared facility) game.
 */
import { z } from 'zod';
import { RESERVED, RESERVED_MESSAGE } from './reserved-name.js';

const nonNegative = (what: string) =>
  z.number().min(0, {
    error: (issue) => `${what} is ${String(issue.input)} but cannot be negative`,
  });

export const GAME_FORMS = ['values', 'weightedVoting', 'airport'] as const;

export const gameSchema = z
  .strictObject({
    players: z
      .array(
        z
          .string()
          .min(1, { error: 'a player name cannot be empty' })
          .refine((name) => name !== RESERVED, {
            error: RESERVED_MESSAGE,
            params: { code: 'reserved_name' },
          }),
      )
      .min(1),
    /** Table games only: `cost` means v(T) is what coalition T pays. */
    type: z.enum(['profit', 'cost']).optional(),
    values: z.record(z.string(), z.number()).optional().meta({
      description:
        'v(T) for every coalition, keyed by its members in `players` order joined by commas, "" for the empty one',
    }),
    weightedVoting: z
      .strictObject({
        quota: z.number().positive({
          error: (issue) => `the quota is ${String(issue.input)}; it must be positive`,
        }),
        weights: z.array(nonNegative('a weight')),
      })
      .optional(),
    airport: z.strictObject({ costs: z.array(nonNegative('a cost')) }).optional(),
  })
  .meta({ description: 'a Partnerfolio cooperative game' });

export type GameSpec = z.output<typeof gameSchema>;
