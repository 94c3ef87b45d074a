/**
 * The CLI's flags and the server's request schemas come from one table (core's
 * commands/): for every engine command, every option of its schema is a flag of the CLI
 * command with the schema's default, choices and limits, the server validates the same
 * schema under its own limits, and the same options given either way parse alike.
 */
import {
  ENGINE_COMMANDS,
  ENGINE_FLAGS,
  ENGINE_LIMITS,
  ENGINE_OPTIONS,
  type EngineCommand,
  SERVER_ENGINE_OPTIONS,
} from '@partnerfolio/core';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
// The server's own module (not its package entry): the schemas its routes and jobs use.
import { ENGINE_OPTIONS as SERVER_ROUTE_OPTIONS } from '../../../server/src/engine/options.js';
import { createContext } from '../context.js';
import { CliError } from '../errors.js';
import { addEngineFlags, engineOptionsOf } from './engine-flags.js';
import { registerCommands } from './index.js';

/** The CLI's own flags beside the engine's (they never reach a server). */
const CLI_ONLY: Record<EngineCommand, readonly string[]> = {
  evaluate: [],
  weights: [],
  rank: [],
  optimize: ['--max-cvar', '--scenarios', '--seed'],
  frontier: [],
  simulate: ['--workers'],
  shapley: [],
  smaa: ['--workers'],
};

/** The same options as command-line flags and as a request body. */
const SAME_OPTIONS: Record<EngineCommand, { argv: string[]; body: Record<string, unknown> }> = {
  evaluate: { argv: ['--scenarios', '2000', '--seed', '3'], body: { scenarios: 2000, seed: 3 } },
  weights: { argv: ['--method', 'entropy'], body: { method: 'entropy' } },
  rank: {
    argv: ['--method', 'vikor', '--v', '0.3', '--sensitivity'],
    body: { method: 'vikor', v: 0.3, sensitivity: true },
  },
  optimize: { argv: ['--explain', '--time-limit', '5'], body: { explain: true, timeLimit: 5 } },
  frontier: {
    argv: ['--resource', 'budget', '--points', '7'],
    body: { resource: 'budget', points: 7 },
  },
  simulate: {
    argv: ['--scenarios', '1000', '--seed', '7', '--selected', 'a, b'],
    body: { scenarios: 1000, seed: 7, selected: ['a', 'b'] },
  },
  shapley: { argv: ['--samples', '500', '--selected', 'a'], body: { samples: 500, selected: 'a' } },
  smaa: {
    argv: ['--samples', '200', '--method', 'topsis'],
    body: { samples: 200, method: 'topsis' },
  },
};

const io = {
  stdout: () => {},
  stderr: () => {},
  stdoutIsTty: false,
  stderrIsTty: false,
  cwd: '.',
  color: false,
  env: {},
};
const program = new Command('partnerfolio');
await registerCommands(program, createContext(io, false), () => {});

const kebab = (key: string): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function unwrapped(schema: z.ZodType): { inner: z.ZodType; defaultValue?: unknown } {
  if (schema instanceof z.ZodDefault) {
    return { ...unwrapped(schema.unwrap() as z.ZodType), defaultValue: schema.def.defaultValue };
  }
  if (schema instanceof z.ZodOptional) return unwrapped(schema.unwrap() as z.ZodType);
  return { inner: schema };
}

describe.each(ENGINE_COMMANDS)('%s: one table for the CLI and the server', (command) => {
  const schema = ENGINE_OPTIONS[command];
  const keys = Object.keys(schema.shape);
  const cli = program.commands.find((c) => c.name() === command);

  it('the server validates core’s schema, under the server’s limits', () => {
    expect(SERVER_ROUTE_OPTIONS[command]).toBe(SERVER_ENGINE_OPTIONS[command]);
    expect(Object.keys(SERVER_ENGINE_OPTIONS[command].shape)).toEqual(keys);
    expect(Object.keys(ENGINE_FLAGS[command]).sort()).toEqual([...keys].sort());
  });

  it('every option is a flag with the schema’s default, choices and obligation', () => {
    expect(cli).toBeDefined();
    const options = cli?.options ?? [];
    for (const key of keys) {
      if ((ENGINE_FLAGS[command] as Record<string, unknown>)[key] === null) {
        // The API's only (a run's locks): no flag.
        expect(options.some((o) => o.long === kebab(key))).toBe(false);
        continue;
      }
      const flag = options.find((o) => o.long === kebab(key));
      expect(flag, `${command} ${kebab(key)}`).toBeDefined();
      const { inner, defaultValue } = unwrapped(
        (schema.shape as Record<string, z.ZodType>)[key] as z.ZodType,
      );
      if (!(inner instanceof z.ZodBoolean)) expect(flag?.defaultValue).toEqual(defaultValue);
      if (inner instanceof z.ZodEnum) expect(flag?.argChoices).toEqual(inner.options);
      expect(flag?.mandatory).toBe(schema.shape[key as keyof typeof schema.shape] === inner);
    }
  });

  it('the command’s other flags are the CLI’s own, listed here', () => {
    const engine = new Set(keys.map(kebab));
    const own = (cli?.options ?? [])
      .map((o) => o.long ?? '')
      .filter((long) => !engine.has(long) && long !== '--json');
    expect(own).toEqual(CLI_ONLY[command]);
  });

  it('a number past the limits is a usage error naming the flag; the server stops no later', () => {
    for (const key of keys) {
      const { inner } = unwrapped((schema.shape as Record<string, z.ZodType>)[key] as z.ZodType);
      if (!(inner instanceof z.ZodNumber)) continue;
      const flag = cli?.options.find((o) => o.long === kebab(key));
      const max = inner.maxValue ?? Number.POSITIVE_INFINITY;
      const past = Number.isFinite(max) ? String(max + 1) : '-1';
      expect(() => flag?.parseArg?.(past, undefined), `${kebab(key)} ${past}`).toThrow(
        new RegExp(`^${kebab(key)} must be `),
      );
      expect(() => flag?.parseArg?.(past, undefined)).toThrow(CliError);
      const server = unwrapped(
        (SERVER_ENGINE_OPTIONS[command].shape as Record<string, z.ZodType>)[key] as z.ZodType,
      ).inner as z.ZodNumber;
      expect(server.maxValue ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(max);
    }
  });

  it('the same options as flags and as a request body parse alike', () => {
    const { argv, body } = SAME_OPTIONS[command];
    const cmd = addEngineFlags(new Command(command).exitOverride(), command);
    cmd.parse(argv, { from: 'user' });
    expect(engineOptionsOf(command, cmd.opts())).toEqual(
      SERVER_ENGINE_OPTIONS[command].parse(body),
    );
  });
});

it('the server’s limits are the command line’s or tighter', () => {
  for (const key of Object.keys(ENGINE_LIMITS.command) as (keyof typeof ENGINE_LIMITS.command)[]) {
    expect(ENGINE_LIMITS.server[key]).toBeLessThanOrEqual(ENGINE_LIMITS.command[key]);
  }
});
