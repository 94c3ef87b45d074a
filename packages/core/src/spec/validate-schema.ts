import type { z } from 'zod';
import type { Issue } from '../util/issues.js';
import { malformedText, reservedNames } from './reserved-name.js';
import { DEFAULT_MESSAGE, fromZodIssues } from './zod-issues.js';

export type SchemaOutcome<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Validates a plain document against a schema, with Partnerfolio's codes and messages. */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  document: unknown,
): SchemaOutcome<z.output<S>> {
  const reserved = [...reservedNames(document, []), ...malformedText(document)];
  const result = schema.safeParse(document, { reportInput: true, error: () => DEFAULT_MESSAGE });
  if (result.success && reserved.length === 0) return { ok: true, data: result.data };
  const issues = result.success ? [] : fromZodIssues(result.error.issues, { schema, document });
  return { ok: false, issues: [...reserved, ...issues] };
}
