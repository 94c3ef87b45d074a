/**
 * Agreements between partners and their settlement in exact decimal money: the file
 * format (zod schemas), parsing with positioned issues, and `settleAgreement`.
 */
export {
  AGREEMENT_TYPES,
  type Agreement,
  type AgreementInput,
  type AgreementType,
  agreementSchema,
  CONTRIBUTION_KINDS,
} from './agreement-schema.js';
export { checkEvents, type EventChecks } from './check-events.js';
export { isIsoDate } from './dates.js';
export { type DiffEntry, diffDocuments } from './diff-documents.js';
export {
  LEDGER_EVENT_KINDS,
  type LedgerEvent,
  type LedgerEventKind,
  ledgerEventSchema,
} from './event-schema.js';
export type { Exact } from './exact.js';
export { type AgreementFile, agreementFileSchema } from './file-schema.js';
export * as Money from './money.js';
export { parseAgreementText } from './parse-agreement.js';
export type { SettleLine, SettleOptions, SettleReport, Transfer } from './report.js';
export { settleAgreement } from './settle.js';
export { settleAgreementText } from './settle-text.js';
export {
  settleAcrossVersions,
  type TermsVersion,
  type VersionedSettleReport,
} from './settle-versions.js';
export {
  type CostShareTerm,
  type MilestoneTerm,
  type RevenueShareTerm,
  TERM_KINDS,
  type Term,
  type TermKind,
  termSchema,
  viewTerm,
} from './terms-schema.js';
export { validateAgreement, validateAgreementFile, validateLedgerEvent } from './validate.js';
