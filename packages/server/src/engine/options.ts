/**
 * The options of each engine command as the API takes them in a request body and a job
 * keeps them in its input: core's command table (`@partnerfolio/core`, commands/) under
 * the server's limits, the same names and defaults as the CLI's flags
 * (`partnerfolio simulate --scenarios 100000 --seed 7` ↔ `{ "scenarios": 100000, "seed": 7 }`).
 */
import {
  ENGINE_COMMANDS,
  type EngineCommand,
  type EngineOptions,
  isEngineCommand,
  SERVER_ENGINE_OPTIONS,
} from '@partnerfolio/core';
import { z } from 'zod';

export { ENGINE_COMMANDS, type EngineCommand, type EngineOptions, isEngineCommand };
export const ENGINE_OPTIONS = SERVER_ENGINE_OPTIONS;

/**
 * `schema` for a request body or a job input: a missing body means "all defaults", and an
 * unknown option is an issue at its own path (`sceanrios`) that names the options there
 * are, rather than zod's one "unrecognized keys" issue at the root.
 */
export function withKnownKeys<T extends z.ZodObject>(what: string, schema: T) {
  const known = Object.keys(schema.shape);
  return z.preprocess((value, ctx) => {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const kept: Record<string, unknown> = {};
    for (const [key, option] of Object.entries(value)) {
      if (known.includes(key)) {
        kept[key] = option;
        continue;
      }
      ctx.addIssue({
        code: 'custom',
        path: [key],
        input: option,
        params: { code: 'unknown_option' },
        message: `${what} has no option "${key}"; ${known.length === 0 ? 'it takes none' : `its options are ${known.join(', ')}`}`,
      });
    }
    return kept;
  }, schema);
}
