/**
 * The data layer: every read returns presented plain objects (camelCase, JSON parsed,
 * never a raw row); every write runs in one write transaction, checks the caller's
 * version where records are versioned, and appends to the workspace's hash-chained
 * audit log in that same transaction. Failures are `StoreError`s with stable codes.
 */
export {
  type Assessment,
  type AssessmentFilter,
  deleteAssessment,
  importAssessments,
  listAssessments,
  type ScoreEntry,
  upsertAssessment,
} from './assessments.js';
export {
  type AuditEntry,
  type AuditInput,
  type AuditQuery,
  appendAudit,
  GENESIS_HASH,
  listAudit,
} from './audit.js';
export { type AuditBreak, type AuditVerification, verifyAuditChain } from './audit-verify.js';
export {
  BACKUP_TABLES,
  type BackupDocument,
  type BackupRow,
  backupDatabase,
  restoreDatabase,
} from './backup.js';
export { canonicalJson } from './canonical-json.js';
export {
  type CriteriaInput,
  type CriteriaSet,
  getCriteriaVersion,
  getCurrentCriteria,
  listCriteriaVersions,
  type SpecCriterion,
  type SpecWeighting,
  saveCriteria,
} from './criteria.js';
export { isStoreError, StoreError, type StoreErrorCode, type StoreErrorDetails } from './errors.js';
export {
  type Estimate,
  type EstimateInput,
  estimateInputSchema,
  getEstimate,
  setEstimate,
} from './estimates.js';
export { IMPORT_FIELDS } from './import-rows.js';
export {
  type PartnerInput,
  type PartnerPatch,
  partnerInputSchema,
  partnerPatchSchema,
} from './partner-input.js';
export {
  listPartners,
  PARTNER_SORTS,
  type Page,
  type PartnerListQuery,
  type PartnerSort,
} from './partner-list.js';
export type { Partner, PartnerContact } from './partner-present.js';
export {
  allowedTransitions,
  isPartnerStatus,
  PARTNER_STATUSES,
  type TransitionContext,
  type TransitionRule,
  transitionRules,
} from './partner-status.js';
export { SPEC_ASSESSOR } from './partner-writes.js';
export {
  changePartnerStatus,
  createPartner,
  deletePartner,
  getPartner,
  updatePartner,
} from './partners.js';
export { exportPartnersCsv, exportPartnersXlsx } from './partners-export.js';
export {
  type ImportError,
  type ImportedRow,
  type ImportFormat,
  type ImportMapping,
  type ImportPreview,
  type ImportRequest,
  type ImportSummary,
  importPartners,
  type ParsedPartnerRow,
  previewPartnerImport,
  readImportHeaders,
} from './partners-import.js';
export {
  deleteScenario,
  getScenario,
  listScenarios,
  SCENARIO_KINDS,
  type Scenario,
  type ScenarioInput,
  type ScenarioKind,
  type ScenarioSummary,
  saveScenario,
  scenarioInputSchema,
} from './scenarios.js';
export {
  getWorkspaceSettings,
  updateWorkspaceSettings,
  type VersionedSettings,
  type WorkspaceSettings,
  type WorkspaceSettingsPatch,
} from './settings.js';
export type { SpecDistribution } from './spec-forms.js';
export {
  exportWorkspaceSpec,
  loadWorkspacePortfolio,
  replaceWorkspaceFromSpec,
  type SpecReplaceSummary,
  type WorkspacePortfolio,
} from './spec-io.js';
export {
  createSynergy,
  deleteSynergy,
  getSynergy,
  listSynergies,
  type SynergyInput,
  type SynergyPatch,
  synergyInputSchema,
  synergyPatchSchema,
  updateSynergy,
} from './synergies.js';
export type { Synergy } from './synergy-writes.js';
export {
  type Clock,
  dialectOf,
  newId,
  now,
  readTransaction,
  setClock,
  type Trx,
  writeTransaction,
} from './tx.js';
export { keySchema, settingsSchema } from './validation.js';
export {
  createWorkspace,
  getWorkspaceById,
  getWorkspaceBySlug,
  listWorkspaces,
  type NewWorkspace,
  SLUG_PATTERN,
  type Workspace,
} from './workspaces.js';
