/**
 * Field paths as the server writes them in a problem's `errors` (`terms[0].revenueShare.
 * tiers[1].upTo`), made from a form's name path, and the errors grouped by path.
 */
import type { FieldError } from './api-error';

export type NamePath = readonly (string | number)[];

/** `['partners', 3, 'cost']` → `partners[3].cost` (the server's own formatting). */
export function formatFieldPath(path: NamePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * The messages at each path; `prefix` (e.g. `document`) is taken off the paths that start
 * with it, when the form edits a part of the request's body. `say` puts an error in the
 * reader's language (`(e) => sayIssue(i18n, e)`); by default it is the server's message.
 */
export function fieldErrorMap(
  errors: readonly FieldError[],
  prefix?: string,
  say: (error: FieldError) => string = (error) => error.message,
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const error of errors) {
    let path = error.path;
    if (prefix !== undefined && path.startsWith(`${prefix}.`)) path = path.slice(prefix.length + 1);
    else if (prefix !== undefined && path === prefix) path = '';
    map.set(path, [...(map.get(path) ?? []), say(error)]);
  }
  return map;
}
