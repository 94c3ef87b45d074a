/** The selection standard: read the current version, list and read old ones, save a new one. */

import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentCriteria } from '../../presenters/portfolio.js';
import { presentAs } from '../../presenters/report.js';
import {
  getCriteriaVersion,
  getCurrentCriteria,
  listCriteriaVersions,
  saveCriteria,
} from '../../store/criteria.js';
import { slugParam } from '../shared-schema.js';
import {
  criteriaSetSchema,
  criteriaVersionParams,
  criteriaVersionsSchema,
  saveCriteriaBody,
} from './schema.js';

export const criteriaRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['criteria'];
  const read = access.workspace('criteria', 'read');

  app.get(
    '/api/workspaces/:slug/criteria',
    {
      config: { access: read },
      schema: {
        summary: 'The current criteria, weighting and normalization',
        tags,
        params: slugParam,
        response: { 200: criteriaSetSchema },
      },
    },
    async (request, reply) => {
      const set = await getCurrentCriteria(db, workspaceOf(request).id);
      setEtag(reply, set.version);
      return presentCriteria(set);
    },
  );

  app.put(
    '/api/workspaces/:slug/criteria',
    {
      config: { access: access.workspace('criteria', 'write') },
      schema: {
        summary: 'Save a new version of the criteria (send the version you edited, or If-Match)',
        tags,
        params: slugParam,
        body: saveCriteriaBody,
        response: { 200: criteriaSetSchema },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const set = await saveCriteria(
        db,
        workspaceOf(request).id,
        input,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, set.version);
      return presentCriteria(set);
    },
  );

  app.get(
    '/api/workspaces/:slug/criteria/versions',
    {
      config: { access: read },
      schema: {
        summary: 'Every saved version of the criteria, newest first',
        tags,
        params: slugParam,
        response: { 200: criteriaVersionsSchema },
      },
    },
    async (request) =>
      presentAs(criteriaVersionsSchema)(await listCriteriaVersions(db, workspaceOf(request).id)),
  );

  app.get(
    '/api/workspaces/:slug/criteria/versions/:version',
    {
      config: { access: read },
      schema: {
        summary: 'One saved version of the criteria',
        tags,
        params: criteriaVersionParams,
        response: { 200: criteriaSetSchema },
      },
    },
    async (request) =>
      presentCriteria(
        await getCriteriaVersion(db, workspaceOf(request).id, request.params.version),
      ),
  );
};
