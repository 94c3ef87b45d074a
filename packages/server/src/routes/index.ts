/**
 * Every route plugin of the API, in registration order. A new group of routes is one
 * `RoutePlugin` (http/context.ts) added here, or passed to `buildApp({ routes })`.
 */
import type { RoutePlugin } from '../http/context.js';
import { amendmentRoutes } from './agreements/amendment-routes.js';
import { obligationRoutes } from './agreements/obligation-routes.js';
import { agreementRoutes } from './agreements/routes.js';
import { assessmentRoutes } from './assessments/routes.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { criteriaRoutes } from './criteria/routes.js';
import { engineRoutes } from './engine.js';
import { graphRoutes } from './graph/routes.js';
import { healthRoutes } from './health.js';
import { importRoutes } from './imports/routes.js';
import { invitationRoutes } from './invitations/routes.js';
import { jobRoutes } from './jobs.js';
import { ledgerProofRoutes } from './ledger/proof-routes.js';
import { ledgerRoutes } from './ledger/routes.js';
import { memberRoutes } from './members/routes.js';
import { operationsRoutes } from './operations.js';
import { outcomeImportRoutes, outcomeRoutes } from './outcomes/routes.js';
import { partnerSeatRoutes } from './partner-seat/routes.js';
import { partnerProfileRoutes } from './partners/profile-route.js';
import { partnerRoutes } from './partners/routes.js';
import { scoreDistributionRoutes } from './partners/score-distributions-route.js';
import { planActualRoutes } from './plan-actual/routes.js';
import { reviewRoutes } from './reviews/routes.js';
import { riskRoutes } from './risks/routes.js';
import { scenarioRoutes } from './scenarios/routes.js';
import { specRoutes } from './spec/routes.js';
import { statementRoutes } from './statements/routes.js';
import { synergyRoutes } from './synergies/routes.js';
import { tokenRoutes } from './tokens/routes.js';
import { workspaceRoutes } from './workspaces/routes.js';

export const ROUTE_PLUGINS: readonly RoutePlugin[] = [
  healthRoutes,
  authRoutes,
  tokenRoutes,
  workspaceRoutes,
  memberRoutes,
  invitationRoutes,
  partnerRoutes,
  partnerProfileRoutes,
  criteriaRoutes,
  assessmentRoutes,
  scoreDistributionRoutes,
  synergyRoutes,
  riskRoutes,
  scenarioRoutes,
  auditRoutes,
  specRoutes,
  importRoutes,
  engineRoutes,
  graphRoutes,
  jobRoutes,
  agreementRoutes,
  obligationRoutes,
  ledgerRoutes,
  ledgerProofRoutes,
  statementRoutes,
  amendmentRoutes,
  partnerSeatRoutes,
  reviewRoutes,
  planActualRoutes,
  operationsRoutes,
  outcomeRoutes,
  outcomeImportRoutes,
];
