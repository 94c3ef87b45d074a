/** The risk register: list, add, change, remove risks (they enter the Monte Carlo through the spec). */
import { RISK_CATEGORIES } from '@partnerfolio/core';
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentAs } from '../../presenters/report.js';
import {
  createRisk,
  deleteRisk,
  listRisks,
  riskInputSchema,
  updateRisk,
} from '../../store/risks.js';
import { noContent, slugParam, versionSchema } from '../shared-schema.js';

const riskSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    category: z.enum(RISK_CATEGORIES),
    partners: z.array(z.string()).readonly(),
    agreements: z.array(z.string()).readonly(),
    likelihood: z.number(),
    impact: z
      .unknown()
      .meta({ description: 'the loss when it happens: a number or a distribution' }),
    factors: z.record(z.string(), z.number()),
    owner: z.string().optional(),
    mitigation: z.string().optional(),
    reviewDate: z.string().optional(),
    version: z.int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Risk' });
const riskParams = slugParam.extend({ key: z.string().min(1).max(200) });

const riskList = z.array(riskSchema).readonly();

export const riskRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['risks'];
  const read = access.workspace('risks', 'read');
  const write = access.workspace('risks', 'write');
  const base = '/api/workspaces/:slug/risks';

  app.get(
    base,
    {
      config: { access: read },
      schema: {
        summary: 'The risk register, by id',
        tags,
        params: slugParam,
        response: { 200: riskList },
      },
    },
    async (request) => presentAs(riskList)(await listRisks(db, workspaceOf(request).id)),
  );

  app.post(
    base,
    {
      config: { access: write },
      schema: {
        summary:
          'Add a risk: category, likelihood, loss (impact), partners or agreements, shared factors, owner, mitigation, review date',
        tags,
        params: slugParam,
        body: riskInputSchema,
        response: { 201: riskSchema },
      },
    },
    async (request, reply) => {
      const risk = await createRisk(db, workspaceOf(request).id, request.body, actorOf(request));
      setEtag(reply, risk.version);
      return reply.code(201).send(presentAs(riskSchema)(risk));
    },
  );

  app.put(
    `${base}/:key`,
    {
      config: { access: write },
      schema: {
        summary: 'Replace a risk (the whole risk, with the version read)',
        tags,
        params: riskParams,
        body: riskInputSchema.extend({ version: versionSchema.optional() }),
        response: { 200: riskSchema },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const risk = await updateRisk(
        db,
        workspaceOf(request).id,
        request.params.key,
        input,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, risk.version);
      return presentAs(riskSchema)(risk);
    },
  );

  app.delete(
    `${base}/:key`,
    {
      config: { access: write },
      schema: {
        summary: 'Remove a risk',
        tags,
        params: riskParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await deleteRisk(db, workspaceOf(request).id, request.params.key, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
