/**
 * Outcomes from a CSV or XLSX file, all or nothing: read and checked by core's outcome
 * reader off the event loop (offload/: a worker thread with time and heap budgets when the
 * file is large; a spreadsheet through the partner import's guarded reader), every bad cell
 * named by line (a spreadsheet's row) and column, then one batch upsert. With a `treated`
 * column and an agreement, the units marked 1 are linked to that agreement.
 */
import type { OutcomeColumns } from '@partnerfolio/core/causal';
import type { Db } from '../db/connect.js';
import { OffloadLimitError, readOutcomesOffloaded, TaskError } from '../offload/pool.js';
import { invalid, StoreError } from './errors.js';
import type { ImportFormat } from './import-table.js';
import { type OutcomeWriteSummary, writeOutcomes } from './outcomes.js';
import { writeTransaction } from './tx.js';

export interface OutcomeImportOptions extends OutcomeColumns {
  /** The agreement the `treated` units are linked to (its code). */
  readonly agreement?: string | undefined;
  /** The kind of every unit in the file (`line`, `region`, ...). */
  readonly kind?: string | undefined;
}

export interface OutcomeImportSummary extends OutcomeWriteSummary {
  readonly treatedUnits: string[];
}

export interface OutcomeFileInput {
  readonly format: ImportFormat;
  readonly data: Uint8Array;
}

async function readFile(file: OutcomeFileInput, columns: OutcomeColumns) {
  try {
    return await readOutcomesOffloaded({ ...file, columns });
  } catch (error) {
    if (!(error instanceof TaskError || error instanceof OffloadLimitError)) throw error;
    const message = `cannot read the file as ${file.format.toUpperCase()}: ${error.message}`;
    throw new StoreError('invalid', message, {
      issues: [{ code: 'unreadable_file', path: [], message }],
    });
  }
}

export async function importOutcomeFile(
  db: Db,
  workspaceId: string,
  input: OutcomeFileInput,
  options: OutcomeImportOptions,
  actor: string | null,
): Promise<OutcomeImportSummary> {
  if ((options.treated === undefined) !== (options.agreement === undefined)) {
    throw invalid(
      [options.treated === undefined ? 'treated' : 'agreement'],
      'a treated column and an agreement go together: the units marked 1 are linked to the agreement',
    );
  }
  const { agreement: _agreement, kind: _kind, ...columns } = options;
  const file = await readFile(input, columns);
  if (!file.ok) {
    const first = file.issues[0];
    const where =
      first?.line === undefined
        ? ''
        : `line ${first.line}${first.column === undefined ? '' : `, column ${first.column}`}: `;
    throw new StoreError(
      'invalid',
      `the file cannot be imported: ${where}${first?.message ?? ''}`,
      {
        issues: file.issues,
      },
    );
  }
  const treated = new Set(file.value.treatedUnits);
  const units = file.value.units.map((unit) => ({
    unit,
    ...(options.kind === undefined ? {} : { kind: options.kind }),
    ...(options.agreement === undefined
      ? {}
      : { agreement: treated.has(unit) ? options.agreement : null }),
  }));
  const summary = await writeTransaction(db, (trx) =>
    writeOutcomes(trx, workspaceId, { points: file.value.points, units }, actor),
  );
  return { ...summary, treatedUnits: file.value.treatedUnits };
}

/** A CSV given as text (tools, tests): `importOutcomeFile` on its UTF-8 bytes. */
export const importOutcomesCsv = (
  db: Db,
  workspaceId: string,
  text: string,
  options: OutcomeImportOptions,
  actor: string | null,
): Promise<OutcomeImportSummary> =>
  importOutcomeFile(
    db,
    workspaceId,
    { format: 'csv', data: new TextEncoder().encode(text) },
    options,
    actor,
  );
