import type { Issue } from '@partnerfolio/core/issues';

/** Exit codes of the CLI contract: 0 success, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/** A user's mistake: printed as a message (never a stack trace) and mapped to an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);
export const inputError = (message: string, issues: readonly Issue[] = []): CliError =>
  new CliError(message, EXIT.invalidInput, issues);
