/**
 * The partner's seat on an agreement: the health check, answered privately by people of
 * both organisations (a partner's contact answers for the partner's side, a member of the
 * team for ours), and trust both ways (our trust in each partner beside its trust in us,
 * from its verdicts on the obligations we owe it).
 */
import { access } from '../../auth/policies.js';
import { actorOf, callerOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { presentAs } from '../../presenters/report.js';
import { answerHealthCheck, readHealthCheckOf, thisRound } from '../../store/health-checks.js';
import { agreementTrustToday, recordVerdict } from '../../store/reviews/trust-both-ways.js';
import { agreementParams } from '../agreements/schema.js';
import { agreementForCaller, partnerScope, requireOwnParty } from '../partner-scope.js';
import {
  agreementTrustSchema,
  healthBody,
  healthCheckSchema,
  healthQuery,
  verdictBody,
  verdictParams,
} from './schema.js';

export const partnerSeatRoutes: RoutePlugin = async (app, { db }) => {
  /** Every person of either organisation: reading and answering are personal, not edits. */
  const anyone = access.workspace('agreements', 'read', { partners: true });
  const answer = access.workspace('agreements', 'write', { partners: true });
  const base = '/api/workspaces/:slug/agreements/:id';

  app.get(
    `${base}/health-check`,
    {
      config: { access: anyone },
      schema: {
        summary:
          "The agreement's health check in a round: each side by dimension only when 3 or more of its people answered, and the caller's own answer",
        tags: ['reviews'],
        params: agreementParams,
        querystring: healthQuery,
        response: { 200: healthCheckSchema },
      },
    },
    async (request) => {
      await agreementForCaller(db, request, request.params.id);
      const round = request.query.round ?? thisRound(db);
      return presentAs(healthCheckSchema)(
        await readHealthCheckOf(
          db,
          workspaceOf(request).id,
          request.params.id,
          round,
          callerOf(request).user.id,
        ),
      );
    },
  );

  app.put(
    `${base}/health-check`,
    {
      config: { access: anyone },
      schema: {
        summary:
          "The caller's private answer (scores 1–5 for strategy, operations, relationship, governance, culture); it replaces the caller's earlier answer in the round",
        tags: ['reviews'],
        params: agreementParams,
        body: healthBody,
        response: { 200: healthCheckSchema },
      },
    },
    async (request) => {
      await agreementForCaller(db, request, request.params.id);
      return presentAs(healthCheckSchema)(
        await answerHealthCheck(
          db,
          workspaceOf(request).id,
          request.params.id,
          callerOf(request).user.id,
          {
            round: request.body.round ?? thisRound(db),
            side: partnerScope(request) === null ? 'us' : 'partner',
            scores: request.body.scores,
          },
        ),
      );
    },
  );

  app.get(
    `${base}/trust`,
    {
      config: { access: anyone },
      schema: {
        summary:
          'Trust both ways: our trust in each partner party beside its trust in us, and its verdicts on the obligations we owe',
        tags: ['reviews'],
        params: agreementParams,
        response: { 200: agreementTrustSchema },
      },
    },
    async (request) => {
      await agreementForCaller(db, request, request.params.id);
      return presentAs(agreementTrustSchema)(
        await agreementTrustToday(db, workspaceOf(request).id, request.params.id),
      );
    },
  );

  app.post(
    `${base}/obligations/:obligation/verdicts`,
    {
      config: { access: answer },
      schema: {
        summary:
          'A partner party says whether we kept an obligation we owe it (a partner contact speaks for its own party)',
        tags: ['reviews'],
        params: verdictParams,
        body: verdictBody,
        response: { 200: agreementTrustSchema },
      },
    },
    async (request) => {
      const agreement = await agreementForCaller(db, request, request.params.id);
      requireOwnParty(request, agreement, request.body.party);
      return presentAs(agreementTrustSchema)(
        await recordVerdict(
          db,
          workspaceOf(request).id,
          request.params.id,
          request.params.obligation,
          request.body,
          actorOf(request),
        ),
      );
    },
  );
};
