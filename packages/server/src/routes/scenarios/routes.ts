/** Saved scenarios: the inputs and result of an analysis, kept to compare side by side. */

import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { presentScenario, presentScenarioSummary } from '../../presenters/portfolio.js';
import { deleteScenario, getScenario, listScenarios, saveScenario } from '../../store/scenarios.js';
import { noContent, slugParam } from '../shared-schema.js';
import {
  saveScenarioBody,
  scenarioPage,
  scenarioParams,
  scenarioQuery,
  scenarioSchema,
} from './schema.js';

export const scenarioRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['scenarios'];
  const read = access.workspace('scenarios', 'read');
  const write = access.workspace('scenarios', 'write');

  app.get(
    '/api/workspaces/:slug/scenarios',
    {
      config: { access: read },
      schema: {
        summary: 'Saved scenarios, newest first (without their results)',
        tags,
        params: slugParam,
        querystring: scenarioQuery,
        response: { 200: scenarioPage },
      },
    },
    async (request) => {
      const { limit, offset, kind } = request.query;
      const page = await listScenarios(db, workspaceOf(request).id, {
        limit,
        offset,
        ...(kind === undefined ? {} : { kind }),
      });
      return { items: page.items.map(presentScenarioSummary), total: page.total, limit, offset };
    },
  );

  app.post(
    '/api/workspaces/:slug/scenarios',
    {
      config: { access: write },
      schema: {
        summary: 'Save a scenario',
        tags,
        params: slugParam,
        body: saveScenarioBody,
        response: { 201: scenarioSchema },
      },
    },
    async (request, reply) => {
      const scenario = await saveScenario(
        db,
        workspaceOf(request).id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(presentScenario(scenario));
    },
  );

  app.get(
    '/api/workspaces/:slug/scenarios/:id',
    {
      config: { access: read },
      schema: {
        summary: 'A saved scenario with its result',
        tags,
        params: scenarioParams,
        response: { 200: scenarioSchema },
      },
    },
    async (request) =>
      presentScenario(await getScenario(db, workspaceOf(request).id, request.params.id)),
  );

  app.delete(
    '/api/workspaces/:slug/scenarios/:id',
    {
      config: { access: write },
      schema: {
        summary: 'Delete a saved scenario',
        tags,
        params: scenarioParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await deleteScenario(db, workspaceOf(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
