import type { Issue, Result } from '@partnerfolio/core/issues';
import type { Command } from 'commander';
import { type CommandContext, printWarnings, type Report } from '../context.js';
import { inputError, usageError } from '../errors.js';

export type Emit = (report: Report) => void;
export type Register = (program: Command, ctx: CommandContext, emit: Emit) => void;

/**
 * Turns a failed core result into an input error (exit 1) that names every issue; the
 * warnings of a successful one go to stderr when a context is given.
 */
export function unwrap<T>(result: Result<T>, what: string, file?: string, ctx?: CommandContext): T {
  if (result.ok) {
    if (ctx)
      printWarnings(
        ctx,
        result.warnings.map((w) => (file && !w.file ? { ...w, file } : w)),
      );
    return result.value;
  }
  const issues: Issue[] = result.issues.map((i) => (file && !i.file ? { ...i, file } : i));
  throw inputError(what, issues);
}

export function parseIntOption(name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw usageError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
    }
    return n;
  };
}

export function parseFiniteNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) {
      throw usageError(`${name} must be a number, not "${value}"`);
    }
    return n;
  };
}
