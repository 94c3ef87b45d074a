/**
 * @partnerfolio/server: the workspace server. The CLI uses `startServer` for `serve`, and
 * the account functions for `user add` and `token create` (they work on the database
 * directly, so they work while a server runs).
 */
export { type BuildAppOptions, buildApp } from './app.js';
export { createApiToken, listApiTokens, revokeApiToken } from './auth/api-tokens.js';
export {
  type AddMemberInput,
  addMember,
  checkAddMember,
  listMembers,
  listWorkspacesOf,
} from './auth/memberships.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { type Access, access, POLICIES, ROLES } from './auth/policies.js';
export {
  checkCredentials,
  createUser,
  type NewUser,
  setPassword,
  type User,
} from './auth/users.js';
export {
  type Config,
  ConfigError,
  type ConfigFlags,
  databaseTarget,
  ENV,
  loadConfig,
  testConfig,
} from './config.js';
export { type DatabaseTarget, type Db, migrateToLatest, openDatabase } from './db/connect.js';
export type { Role } from './db/schema.js';
export { startJobRuntime } from './engine/job-runtime.js';
export {
  DEMO_OWNER_EMAIL,
  DEMO_SLUG,
  FIRST_RUN_FILE,
  type FirstRun,
  seedIfEmpty,
  writeFirstRunFile,
} from './first-run.js';
export type { App, AppContext, Clock, RoutePlugin } from './http/context.js';
export { HttpProblem, PROBLEMS, type Problem, type ProblemCode } from './http/problem.js';
export { jobWorkerSettings } from './jobs/settings.js';
export { engineRoutes } from './routes/engine.js';
export { ROUTE_PLUGINS } from './routes/index.js';
export { jobRoutes } from './routes/jobs.js';
export { createWebAppRoutes, type WebAppOptions } from './routes/web-app.js';
export {
  type BackgroundService,
  type RunningServer,
  type StartOptions,
  startServer,
} from './server.js';
export { AccountError, type AccountErrorCode, isAccountError } from './store/account-errors.js';
export { verifyAuditChain } from './store/audit-verify.js';
export {
  type BackupDocument,
  backupDatabase,
  restoreDatabase,
} from './store/backup.js';
export type { ChainVerification } from './store/chain-verify.js';
export { ledgerHash } from './store/ledger.js';
export { ledgerCrypto } from './store/ledger-crypto.js';
export { listLedgerKeys, rotateLedgerKey } from './store/ledger-keys.js';
export {
  type SinceVerification,
  signLedgerCheckpoint,
  verifyLedgerSince,
} from './store/ledger-tree.js';
export { verifyLedger } from './store/ledger-verify.js';
export type { Statement } from './store/statements/present.js';
export { statementReceipt } from './store/statements/receipt.js';
export { getStatement, listStatements } from './store/statements/statements.js';
export { readTransaction } from './store/tx.js';
export { getWorkspaceBySlug, listWorkspaces } from './store/workspaces.js';
