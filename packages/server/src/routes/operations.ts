/** The running-partnerships summary for the dashboard. */
import { access } from '../auth/policies.js';
import { workspaceOf } from '../auth/principal.js';
import type { RoutePlugin } from '../http/context.js';
import { operationsSummarySchema, presentOperationsSummary } from '../presenters/operations.js';
import { operationsSummary } from '../store/operations.js';
import { slugParam } from './shared-schema.js';

export const operationsRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/workspaces/:slug/operations',
    {
      config: { access: access.workspace('agreements', 'read') },
      schema: {
        summary:
          'Obligations due and overdue, reviews due, payments owed and overdue on final statements, falling trust or net, the ledger’s state',
        tags: ['agreements'],
        params: slugParam,
        response: { 200: operationsSummarySchema },
      },
    },
    async (request) =>
      presentOperationsSummary(await operationsSummary(db, workspaceOf(request).id)),
  );
};
