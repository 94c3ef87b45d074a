/**
 * Outcomes from a CSV file, all or nothing: core's causal CSV reader (delimiter detected,
 * every bad cell named by line and column), then one batch upsert. With a `treated` column
 * and an agreement, the units marked 1 are linked to that agreement.
 */
import { type OutcomeColumns, parseOutcomesCsv } from '@partnerfolio/core/causal';
import type { Db } from '../db/connect.js';
import { invalid, StoreError } from './errors.js';
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

export async function importOutcomesCsv(
  db: Db,
  workspaceId: string,
  text: string,
  options: OutcomeImportOptions,
  actor: string | null,
): Promise<OutcomeImportSummary> {
  if ((options.treated === undefined) !== (options.agreement === undefined)) {
    throw invalid(
      [options.treated === undefined ? 'treated' : 'agreement'],
      'a treated column and an agreement go together: the units marked 1 are linked to the agreement',
    );
  }
  const file = parseOutcomesCsv(text, options);
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
