/** Statements as the API and the CLI show them: the signed document plus who answered and what was paid. */
import type { StatementDocument } from '@partnerfolio/core';
import type { Row } from '../../db/schema.js';
import { parseJson } from '../canonical-json.js';
import type { Trx } from '../tx.js';

export type StatementStatus = 'open' | 'disputed' | 'final' | 'superseded';

export interface StatementResponse {
  readonly party: string;
  readonly decision: 'accept' | 'dispute';
  readonly lines: readonly number[];
  readonly reason: string;
  readonly at: string;
}

export interface StatementPayment {
  readonly transfer: number;
  readonly date: string;
  readonly reference: string;
  readonly at: string;
}

export interface Statement {
  readonly id: string;
  readonly agreement: string;
  readonly number: number;
  readonly status: StatementStatus;
  readonly supersededBy: number | null;
  /** Parties that have not answered yet. */
  readonly awaiting: readonly string[];
  readonly document: StatementDocument;
  readonly signature: string;
  readonly responses: readonly StatementResponse[];
  readonly payments: readonly StatementPayment[];
}

/** Superseded wins; then final (everyone accepted); then disputed (anyone disputed); else open. */
export function statementStatus(
  parties: readonly string[],
  responses: readonly StatementResponse[],
  supersededBy: number | null,
): StatementStatus {
  if (supersededBy !== null) return 'superseded';
  if (responses.some((r) => r.decision === 'dispute')) return 'disputed';
  const accepted = new Set(responses.filter((r) => r.decision === 'accept').map((r) => r.party));
  return parties.every((p) => accepted.has(p)) ? 'final' : 'open';
}

export async function presentStatements(
  q: Trx,
  agreementCode: string,
  parties: readonly string[],
  rows: readonly Row<'statements'>[],
): Promise<Statement[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // One after another: on SQLite and inside a pg transaction they share one connection.
  const responses = await q
    .selectFrom('statement_responses')
    .selectAll()
    .where('statement_id', 'in', ids)
    .execute();
  const payments = await q
    .selectFrom('statement_payments')
    .selectAll()
    .where('statement_id', 'in', ids)
    .execute();
  const successors = await q
    .selectFrom('statements')
    .select(['number', 'supersedes'])
    .where('agreement_id', '=', rows[0]?.agreement_id ?? '')
    .where('supersedes', 'is not', null)
    .execute();
  return rows.map((row) => {
    const answered = responses
      .filter((r) => r.statement_id === row.id)
      .map(
        (r): StatementResponse => ({
          party: r.party,
          decision: r.decision === 'dispute' ? 'dispute' : 'accept',
          lines: parseJson<number[]>(r.lines),
          reason: r.reason,
          at: r.at,
        }),
      )
      .sort((a, b) => parties.indexOf(a.party) - parties.indexOf(b.party));
    const successor = successors.find((s) => Number(s.supersedes) === Number(row.number));
    const supersededBy = successor === undefined ? null : Number(successor.number);
    return {
      id: row.id,
      agreement: agreementCode,
      number: Number(row.number),
      status: statementStatus(parties, answered, supersededBy),
      supersededBy,
      awaiting: parties.filter((p) => !answered.some((r) => r.party === p)),
      document: parseJson<StatementDocument>(row.document),
      signature: row.signature,
      responses: answered,
      payments: payments
        .filter((p) => p.statement_id === row.id)
        .map((p) => ({
          transfer: Number(p.transfer),
          date: p.paid_on,
          reference: p.reference,
          at: p.at,
        }))
        .sort((a, b) => a.transfer - b.transfer),
    };
  });
}
