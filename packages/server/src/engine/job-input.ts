/**
 * What an engine job keeps in its row: the command, its validated options, and the
 * workspace's spec as it was when the job was submitted, so that the answer is the one
 * for the data the caller saw (and a saved scenario names the right criteria version),
 * whatever is edited while it waits in the queue.
 */
import { z } from 'zod';
import { ENGINE_COMMANDS, type EngineCommand, isEngineCommand } from './options.js';

export const ENGINE_JOB_PREFIX = 'engine.';

export const engineJobKind = (command: EngineCommand): string => `${ENGINE_JOB_PREFIX}${command}`;

/** `engine.simulate` → `simulate`; undefined for a job of another kind. */
export function commandOfJobKind(kind: string): EngineCommand | undefined {
  if (!kind.startsWith(ENGINE_JOB_PREFIX)) return undefined;
  const command = kind.slice(ENGINE_JOB_PREFIX.length);
  return isEngineCommand(command) ? command : undefined;
}

export const engineJobInput = z.object({
  command: z.enum(ENGINE_COMMANDS),
  /** The options after validation, the CLI's defaults filled in. */
  options: z.record(z.string(), z.unknown()),
  spec: z.unknown(),
  criteriaVersion: z.int().nullable(),
  /**
   * Where the proposed exit costs in `spec` came from (load-portfolio.ts), for the
   * answer's `exitCosts` as the request would give it. Older jobs have none.
   */
  exitCosts: z
    .array(
      z.object({
        id: z.string(),
        exitCost: z.number(),
        source: z.literal('agreements'),
        noticeDate: z.string(),
        parts: z.array(z.unknown()),
        agreements: z.array(z.unknown()),
      }),
    )
    .optional(),
  /** Also store the inputs and the result as a scenario of this name. */
  save: z.string().optional(),
});
export type EngineJobInput = z.infer<typeof engineJobInput>;
