/**
 * Errors are data: checks collect `Issue`s and return them; only the outermost
 * caller (CLI, API) turns them into an exit code or an HTTP answer.
 */
import type { MessageParam } from './message.js';

export type IssuePath = readonly (string | number)[];

export interface Issue {
  /** Stable machine code, e.g. `unknown_field`, `duplicate_id`, `not_reciprocal`. */
  readonly code: string;
  /** Where in the input: `['partners', 3, 'cost', 'triangular']`. */
  readonly path: IssuePath;
  /** What is wrong and what to do, in words a user understands. */
  readonly message: string;
  /**
   * The values `message` speaks of, for saying it in another language from `code`
   * (each code's names are in `ISSUE_PARAMS`); absent when the message is not the code's.
   */
  readonly params?: Readonly<Record<string, MessageParam>>;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T, warnings: readonly Issue[] = []): Result<T> => ({
  ok: true,
  value,
  warnings,
});

export const fail = <T = never>(issues: readonly Issue[]): Result<T> => ({ ok: false, issues });

/** `['partners', 3, 'cost']` → `partners[3].cost` */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** Thrown only at an edge when a core `Result` failed and the caller wants an exception. */
export class IssuesError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`).join('\n'));
    this.name = 'IssuesError';
  }
}
