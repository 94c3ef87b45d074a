/**
 * The columns of a partner spreadsheet, for the import (CSV or XLSX) and the export that
 * writes files the import reads back: each fixed column's field, what its cells hold, the
 * other header names it is known by, and the limits a file must keep. The server parses
 * cells by these types; the web app offers these fields and guesses the mapping the same
 * way the server does when none is sent.
 */
import { PARTNER_KINDS } from '../model/types.js';
import { PARTNER_STATUSES } from './lifecycle.js';

/**
 * What a cell of the column holds. `key` is an identifier (`[A-Za-z0-9_.-]`, as the spec's
 * ids); `text` is trimmed, `long-text` kept as written; `choice` one of `choices` (any case);
 * `list` items split on `;` or `,`; `distribution` a number, `min..max`, `min..mode..max` or
 * the spec's JSON form; `number` a finite number within the engine's limits.
 */
export type ImportColumnType =
  | 'key'
  | 'text'
  | 'long-text'
  | 'choice'
  | 'list'
  | 'distribution'
  | 'number';

export interface ImportColumn {
  readonly field: string;
  readonly type: ImportColumnType;
  /** Every row needs a value. */
  readonly required?: true;
  /** The allowed values of a `choice` column. */
  readonly choices?: readonly string[];
  /** Other headers read as this column when no mapping is given (compared in any case). */
  readonly aliases: readonly string[];
}

/** The fixed columns, in the order an export writes them. */
export const PARTNER_COLUMNS = [
  { field: 'id', type: 'key', required: true, aliases: ['key', 'partner id'] },
  { field: 'name', type: 'text', aliases: ['partner', 'partner name'] },
  { field: 'kind', type: 'choice', choices: PARTNER_KINDS, aliases: ['type'] },
  { field: 'status', type: 'choice', choices: PARTNER_STATUSES, aliases: ['stage'] },
  { field: 'domains', type: 'list', aliases: ['domain'] },
  { field: 'offers', type: 'list', aliases: ['offer'] },
  { field: 'cost', type: 'distribution', aliases: [] },
  { field: 'return', type: 'distribution', aliases: [] },
  { field: 'alpha', type: 'number', aliases: [] },
  { field: 'beta', type: 'number', aliases: [] },
  { field: 'notes', type: 'long-text', aliases: ['note', 'comments'] },
] as const satisfies readonly ImportColumn[];

export type ImportField = (typeof PARTNER_COLUMNS)[number]['field'];

export const IMPORT_FIELDS: readonly ImportField[] = PARTNER_COLUMNS.map((c) => c.field);

/**
 * Columns named per workspace: `scores.<criterion>` (a number) and `uses.<resource>` (a
 * number, 0 or more).
 */
export const SCORE_PREFIX = 'scores.';
export const USES_PREFIX = 'uses.';

export const IMPORT_LIMITS = {
  /** Rows of data (the header not counted). */
  maxRows: 100_000,
  /** Characters in one CSV record. */
  maxRecordChars: 1024 ** 2,
  /** The mapping as sent (JSON text), a field name and a header in it. */
  maxMappingChars: 20_000,
  maxFieldChars: 200,
  maxHeaderChars: 500,
} as const;

const BY_FIELD: ReadonlyMap<string, ImportColumn> = new Map(
  PARTNER_COLUMNS.map((c) => [c.field, c]),
);

/** The fixed column of a field, or undefined for a per-workspace or unknown field. */
export const importColumn = (field: string): ImportColumn | undefined => BY_FIELD.get(field);

/** A `scores.` or `uses.` field split into its prefix and name, or undefined. */
export function namedColumn(
  field: string,
): { readonly kind: 'scores' | 'uses'; readonly name: string } | undefined {
  for (const [prefix, kind] of [
    [SCORE_PREFIX, 'scores'],
    [USES_PREFIX, 'uses'],
  ] as const) {
    if (field.startsWith(prefix) && /\S/.test(field.slice(prefix.length)))
      return { kind, name: field.slice(prefix.length) };
  }
  return undefined;
}

/** Whether `field` names a column: a fixed one, or `scores.<x>` / `uses.<x>`. */
export const isImportField = (field: string): boolean =>
  BY_FIELD.has(field) || namedColumn(field) !== undefined;

const fold = (text: string) => text.trim().toLowerCase();

/**
 * The mapping used when none is given: each field takes the header of the same name (an
 * export's headers; any case), else a header that is one of its aliases. `fields` are the
 * fields on offer, by default the fixed ones and every `scores.`/`uses.` header of the file.
 * A header serves one field at most.
 */
export function defaultImportMapping(
  headers: readonly string[],
  fields: readonly string[] = [
    ...IMPORT_FIELDS,
    ...headers.filter((h) => namedColumn(h) !== undefined),
  ],
): Record<string, string> {
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  const claim = (field: string, match: (header: string) => boolean) => {
    if (mapping[field] !== undefined) return;
    const header = headers.find((h) => !taken.has(h) && match(h));
    if (header === undefined) return;
    mapping[field] = header;
    taken.add(header);
  };
  for (const field of fields) claim(field, (h) => h === field);
  for (const field of fields) claim(field, (h) => fold(h) === fold(field));
  for (const field of fields) {
    const aliases = importColumn(field)?.aliases ?? [];
    claim(field, (h) => aliases.includes(fold(h)));
  }
  return mapping;
}
