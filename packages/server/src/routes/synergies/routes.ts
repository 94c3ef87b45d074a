/** Synergies between pairs of partners: list, create, read, change, delete. */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentSynergy } from '../../presenters/portfolio.js';
import {
  createSynergy,
  deleteSynergy,
  getSynergy,
  listSynergies,
  type SynergyInput,
  type SynergyPatch,
  updateSynergy,
} from '../../store/synergies.js';
import { noContent, slugParam, versionQuery } from '../shared-schema.js';
import {
  createSynergyBody,
  patchSynergyBody,
  synergyParams,
  synergyQuery,
  synergySchema,
} from './schema.js';

export const synergyRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['synergies'];
  const read = access.workspace('synergies', 'read');
  const write = access.workspace('synergies', 'write');

  app.get(
    '/api/workspaces/:slug/synergies',
    {
      config: { access: read },
      schema: {
        summary: 'Synergies (optionally those of one partner)',
        tags,
        params: slugParam,
        querystring: synergyQuery,
        response: { 200: z.array(synergySchema) },
      },
    },
    async (request) => {
      const { partner } = request.query;
      const list = await listSynergies(
        db,
        workspaceOf(request).id,
        partner === undefined ? {} : { partner },
      );
      return list.map(presentSynergy);
    },
  );

  app.post(
    '/api/workspaces/:slug/synergies',
    {
      config: { access: write },
      schema: {
        summary: 'Add a synergy between two partners',
        tags,
        params: slugParam,
        body: createSynergyBody,
        response: { 201: synergySchema },
      },
    },
    async (request, reply) => {
      const input = request.body as SynergyInput;
      const synergy = await createSynergy(db, workspaceOf(request).id, input, actorOf(request));
      setEtag(reply, synergy.version);
      return reply.code(201).send(presentSynergy(synergy));
    },
  );

  app.get(
    '/api/workspaces/:slug/synergies/:id',
    {
      config: { access: read },
      schema: {
        summary: 'A synergy',
        tags,
        params: synergyParams,
        response: { 200: synergySchema },
      },
    },
    async (request, reply) => {
      const synergy = await getSynergy(db, workspaceOf(request).id, request.params.id);
      setEtag(reply, synergy.version);
      return presentSynergy(synergy);
    },
  );

  app.patch(
    '/api/workspaces/:slug/synergies/:id',
    {
      config: { access: write },
      schema: {
        summary: "Change a synergy's value or note (send the version you read)",
        tags,
        params: synergyParams,
        body: patchSynergyBody,
        response: { 200: synergySchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const synergy = await updateSynergy(
        db,
        workspaceOf(request).id,
        request.params.id,
        patch as SynergyPatch,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, synergy.version);
      return presentSynergy(synergy);
    },
  );

  app.delete(
    '/api/workspaces/:slug/synergies/:id',
    {
      config: { access: write },
      schema: {
        summary: 'Delete a synergy (?version= or If-Match)',
        tags,
        params: synergyParams,
        querystring: versionQuery,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.query.version);
      await deleteSynergy(
        db,
        workspaceOf(request).id,
        request.params.id,
        version,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );
};
