/**
 * Validates agreements already read into plain data (an API body, a parsed file): the
 * schema, then the cross-field checks. Issues carry paths but no positions.
 */
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type Agreement, agreementSchema } from './agreement-schema.js';
import { checkAgreement } from './check-agreement.js';
import { checkEvents } from './check-events.js';
import { type LedgerEvent, ledgerEventSchema } from './event-schema.js';
import { type AgreementFile, agreementFileSchema } from './file-schema.js';

/** One agreement (no events); paths start at the agreement, e.g. `terms[0].milestone.payer`. */
export function validateAgreement(value: unknown): Result<Agreement> {
  const schema = validateWithSchema(agreementSchema, value);
  if (!schema.ok) return fail(schema.issues);
  const issues = checkAgreement(schema.data);
  return issues.length > 0 ? fail(issues) : ok(schema.data);
}

/** One ledger event on its own (an API that appends events checks them against the agreement with `validateAgreementFile` or `settleAgreement`). */
export function validateLedgerEvent(value: unknown): Result<LedgerEvent> {
  const schema = validateWithSchema(ledgerEventSchema, value);
  return schema.ok ? ok(schema.data) : fail(schema.issues);
}

/** A whole agreement file: the agreement and its events, checked against each other. */
export function validateAgreementFile(document: unknown): Result<AgreementFile> {
  if (document === null || document === undefined) {
    return fail([
      {
        code: 'empty_document',
        path: [],
        message: 'the agreement file is empty; write `version: 1`, `agreement:` and `events:`',
      },
    ]);
  }
  const schema = validateWithSchema(agreementFileSchema, document);
  if (!schema.ok) return fail(schema.issues);
  const { agreement, events } = schema.data;
  const inAgreement = (issue: Issue): Issue => ({ ...issue, path: ['agreement', ...issue.path] });
  const agreementIssues = checkAgreement(agreement).map(inAgreement);
  // Events can be checked against the agreement only once its own names are sound.
  if (agreementIssues.length > 0) return fail(agreementIssues);
  const { issues, warnings } = checkEvents(agreement, events);
  return issues.length > 0 ? fail(issues) : ok(schema.data, warnings);
}
