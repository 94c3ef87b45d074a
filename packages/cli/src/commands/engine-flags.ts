/**
 * An engine command's flags, built from core's command table as vitest builds its CLI from
 * its config schema: each option of the command's schema becomes `--kebab-name <value>`
 * with the schema's choices, default and limits, and the parsed flags go through the same
 * schema the server validates a request body with (under the command line's limits).
 */
import {
  ENGINE_FLAGS,
  ENGINE_OPTIONS,
  type EngineCommand,
  type EngineOptions,
  flagOf,
} from '@partnerfolio/core/commands';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { usageError } from '../errors.js';

interface Unwrapped {
  readonly inner: z.ZodType;
  readonly defaultValue?: unknown;
  readonly required: boolean;
}

function unwrapOption(schema: z.ZodType): Unwrapped {
  let inner = schema;
  let defaultValue: unknown;
  let required = true;
  for (;;) {
    if (inner instanceof z.ZodDefault) {
      defaultValue = inner.def.defaultValue;
      required = false;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodOptional) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    } else {
      return { inner, defaultValue, required };
    }
  }
}

/** "a whole number from 2 to 1000": the schema's limits in the words of a usage error. */
function rangeWords(schema: z.ZodNumber): string {
  const { minValue, maxValue } = schema;
  if (schema.isInt) {
    return `a whole number from ${minValue ?? Number.MIN_SAFE_INTEGER} to ${maxValue ?? Number.MAX_SAFE_INTEGER}`;
  }
  if (maxValue !== null && Number.isFinite(maxValue)) {
    return `a number from ${minValue} to ${maxValue}`;
  }
  return 'a positive number';
}

function numberParser(flag: string, schema: z.ZodNumber) {
  return (text: string): number => {
    const parsed = schema.safeParse(text.trim() === '' ? Number.NaN : Number(text));
    if (!parsed.success) throw usageError(`${flag} must be ${rangeWords(schema)}, not "${text}"`);
    return parsed.data;
  };
}

function textParser(flag: string, schema: z.ZodType) {
  return (text: string): unknown => {
    const parsed = schema.safeParse(text);
    if (!parsed.success) {
      throw usageError(`${flag}: ${parsed.error.issues[0]?.message ?? 'invalid'}, not "${text}"`);
    }
    return parsed.data;
  };
}

/** The commander option of one engine option; `undefined` for the API's only. */
export function engineFlag(command: EngineCommand, key: string): Option | undefined {
  const schema = (ENGINE_OPTIONS[command].shape as Record<string, z.ZodType>)[key];
  const flags = ENGINE_FLAGS[command] as Record<string, { value?: string; help: string } | null>;
  const presentation = flags[key];
  if (presentation === null) return undefined;
  if (schema === undefined || presentation === undefined) {
    throw new Error(`${command} has no option ${key}`);
  }
  const { inner, defaultValue, required } = unwrapOption(schema);
  const flag = flagOf(key);
  if (inner instanceof z.ZodBoolean) return new Option(flag, presentation.help);
  const option = new Option(`${flag} <${presentation.value ?? 'value'}>`, presentation.help);
  if (inner instanceof z.ZodEnum) option.choices(inner.options.map(String));
  else if (inner instanceof z.ZodNumber) option.argParser(numberParser(flag, inner));
  else option.argParser(textParser(flag, inner));
  if (defaultValue !== undefined) option.default(defaultValue);
  if (required) option.makeOptionMandatory();
  return option;
}

/** Adds every option of `command` to `cmd`, in the schema's order. */
export function addEngineFlags(cmd: Command, command: EngineCommand): Command {
  for (const key of Object.keys(ENGINE_OPTIONS[command].shape)) {
    const option = engineFlag(command, key);
    if (option !== undefined) cmd.addOption(option);
  }
  return cmd;
}

/**
 * The command's options out of commander's (which also holds the CLI's own, such as
 * `--workers`), through the command's schema: defaults filled in, limits checked.
 */
export function engineOptionsOf<C extends EngineCommand>(
  command: C,
  flags: object,
): EngineOptions<C> {
  const schema = ENGINE_OPTIONS[command];
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = (flags as Record<string, unknown>)[key];
    if (value !== undefined) picked[key] = value;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = typeof issue?.path[0] === 'string' ? issue.path[0] : command;
    throw usageError(`${flagOf(key)}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as EngineOptions<C>;
}
