import type { Issue } from '@partnerfolio/core';

/**
 * Stable machine codes of the data layer. The HTTP layer maps them to problem+json:
 * not_found 404, conflict 409, invalid 422, invalid_transition 409, duplicate 409.
 */
export type StoreErrorCode =
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'invalid_transition'
  | 'duplicate';

export interface StoreErrorDetails {
  /** For `conflict`: the record as it is now, so the client can merge and retry. */
  readonly current?: unknown;
  /** For `invalid` (and a refused transition): what is wrong, with field paths. */
  readonly issues?: readonly Issue[];
  /** For `invalid_transition`: the statuses the record may move to from where it is. */
  readonly allowed?: readonly string[];
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly details: StoreErrorDetails;

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    details: StoreErrorDetails = {},
  ) {
    super(message);
    this.details = details;
  }
}

export const isStoreError = (error: unknown): error is StoreError => error instanceof StoreError;

/** One issue, thrown as `invalid`: most store checks find a single thing wrong. */
export function invalid(path: Issue['path'], message: string, code = 'invalid_value'): StoreError {
  return new StoreError('invalid', message, { issues: [{ code, path, message }] });
}

export function notFound(what: string): StoreError {
  return new StoreError('not_found', `${what} does not exist`);
}

/** A unique constraint refused an insert (a race the store's own check did not see). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
