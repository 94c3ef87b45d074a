/**
 * What an import would do, from parsed rows and the partners that exist: which rows
 * create, which update, and the errors that only the workspace can tell (a new partner
 * without a kind, a status changed outside its lifecycle). Pure, so that a large preview
 * is computed and serialised in a worker thread (offload/tasks.ts).
 */
import type { PartnerStatus } from '../db/schema.js';
import type { ImportError, ImportMapping, ParsedRows } from './import-rows.js';
import type { ImportedRow } from './import-write.js';

export interface ImportPlan {
  readonly rows: ImportedRow[];
  /** Every problem found, by row (header = row 1) and column header. */
  readonly errors: ImportError[];
}

/** The status of each existing partner, by id. */
export type ExistingStatuses = ReadonlyMap<string, PartnerStatus>;

export function planImport(
  parsed: ParsedRows,
  existing: ExistingStatuses,
  mapping: ImportMapping,
): ImportPlan {
  const errors = [...parsed.errors];
  const rows: ImportedRow[] = [];
  for (const { row, partner } of parsed.rows) {
    const current = existing.get(partner.id);
    if (current !== undefined && partner.status !== undefined && partner.status !== current) {
      errors.push({
        row,
        column: mapping.status ?? 'status',
        message: `partner "${partner.id}" is ${current}; change an existing partner's status through its lifecycle, not by import`,
      });
    } else if (current === undefined && partner.kind === undefined) {
      errors.push({
        row,
        column: mapping.kind ?? 'kind',
        message: `"${partner.id}" is a new partner and needs a kind (academic, enterprise, government or other)`,
      });
    } else {
      rows.push({ row, action: current !== undefined ? 'update' : 'create', partner });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}
