/**
 * Plan against actual per quarter: one partner's (the partner page's chart; a partner
 * user reads its own partner's only) and the running portfolio's S over time (the
 * dashboard's). Reads only; the figures are the ones reviews take (store/reviews/plan-actual.ts).
 */
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import {
  presentPartnerPlanActual,
  presentPortfolioPlanActual,
} from '../../presenters/plan-actual.js';
import { partnerPlanActual, portfolioPlanActual } from '../../store/reviews/plan-actual.js';
import { partnerScope } from '../partner-scope.js';
import { slugParam } from '../shared-schema.js';
import {
  partnerPlanActualSchema,
  planActualParams,
  planActualQuery,
  portfolioPlanActualSchema,
} from './schema.js';

export const planActualRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['reviews'];

  app.get(
    '/api/workspaces/:slug/partners/:key/plan-actual',
    {
      config: { access: access.workspace('reviews', 'read', { partners: true }) },
      schema: {
        summary:
          "A partner's plan against actual per quarter: the plan in force and the net of its agreements' settlement lines (plus items off the ledger), with each actual's source",
        tags,
        params: planActualParams,
        querystring: planActualQuery,
        response: { 200: partnerPlanActualSchema },
      },
    },
    async (request) => {
      const own = partnerScope(request);
      if (own !== null && own !== request.params.key) {
        throw notFound(`partner "${request.params.key}"`);
      }
      const series = await partnerPlanActual(
        db,
        workspaceOf(request).id,
        request.params.key,
        request.query.periods,
      );
      return presentPartnerPlanActual(series);
    },
  );

  app.get(
    '/api/workspaces/:slug/plan-actual',
    {
      config: { access: access.workspace('reviews', 'read') },
      schema: {
        summary:
          'Current S over time: the running portfolio’s planned and realised S per quarter (docs/model.md)',
        tags,
        params: slugParam,
        querystring: planActualQuery,
        response: { 200: portfolioPlanActualSchema },
      },
    },
    async (request) =>
      presentPortfolioPlanActual(
        await portfolioPlanActual(db, workspaceOf(request).id, request.query.periods),
      ),
  );
};
