/**
 * Assessments (one assessor's score of one partner on one criterion; a partner's score is
 * the mean over assessors) and estimates (a partner's cost and return distributions).
 */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentAssessment, presentEstimate } from '../../presenters/portfolio.js';
import { deleteAssessment, listAssessments, upsertAssessment } from '../../store/assessments.js';
import { partnerEstimateHistory } from '../../store/estimate-history.js';
import {
  type EstimateInput,
  estimateInputSchema,
  getEstimate,
  setEstimate,
} from '../../store/estimates.js';
import { partnerParams } from '../partners/schema.js';
import { noContent, slugParam, versionSchema } from '../shared-schema.js';
import {
  assessmentParams,
  assessmentQuery,
  assessmentSchema,
  estimateHistorySchema,
  estimateSchema,
  putAssessmentBody,
} from './schema.js';

export const assessmentRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['assessments'];
  app.get(
    '/api/workspaces/:slug/assessments',
    {
      config: { access: access.workspace('assessments', 'read') },
      schema: {
        summary: 'Assessments, filtered by partner, criterion or assessor',
        tags,
        params: slugParam,
        querystring: assessmentQuery,
        response: { 200: z.array(assessmentSchema) },
      },
    },
    async (request) => {
      const { partner, criterion, assessor } = request.query;
      const list = await listAssessments(db, workspaceOf(request).id, {
        ...(partner === undefined ? {} : { partner }),
        ...(criterion === undefined ? {} : { criterion }),
        ...(assessor === undefined ? {} : { assessor }),
      });
      return list.map(presentAssessment);
    },
  );

  app.put(
    '/api/workspaces/:slug/assessments',
    {
      config: { access: access.workspace('assessments', 'write') },
      schema: {
        summary: "Record (or replace) one assessor's score of a partner on a criterion",
        tags,
        params: slugParam,
        body: putAssessmentBody,
        response: { 200: assessmentSchema },
      },
    },
    async (request) => {
      const { partner, criterion, score, assessor } = request.body;
      const actor = actorOf(request);
      const saved = await upsertAssessment(
        db,
        workspaceOf(request).id,
        partner,
        criterion,
        assessor ?? actor,
        score,
        actor,
      );
      return presentAssessment(saved);
    },
  );

  app.delete(
    '/api/workspaces/:slug/assessments/:id',
    {
      config: { access: access.workspace('assessments', 'write') },
      schema: {
        summary: 'Delete an assessment',
        tags,
        params: assessmentParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await deleteAssessment(db, workspaceOf(request).id, request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/workspaces/:slug/partners/:id/estimate',
    {
      config: { access: access.workspace('estimates', 'read') },
      schema: {
        summary: "A partner's cost and return",
        tags: ['estimates'],
        params: partnerParams,
        response: { 200: estimateSchema },
      },
    },
    async (request, reply) => {
      const estimate = await getEstimate(db, workspaceOf(request).id, request.params.id);
      setEtag(reply, estimate.version);
      return presentEstimate(estimate);
    },
  );

  app.get(
    '/api/workspaces/:slug/partners/:id/estimate/history',
    {
      config: { access: access.workspace('estimates', 'read') },
      schema: {
        summary:
          "A partner's estimates over time, oldest first: each one's expected annual cost and return, version and the day it was saved (a past period's plan is the one in force then)",
        tags: ['estimates'],
        params: partnerParams,
        response: { 200: estimateHistorySchema },
      },
    },
    async (request) => {
      const history = await partnerEstimateHistory(db, workspaceOf(request).id, request.params.id);
      return {
        partner: history.partner,
        estimates: history.estimates.map((e) => ({
          version: e.version,
          since: e.since,
          estimate:
            e.estimate === null ? null : { cost: e.estimate.cost, return: e.estimate.return },
        })),
      };
    },
  );

  app.put(
    '/api/workspaces/:slug/partners/:id/estimate',
    {
      config: { access: access.workspace('estimates', 'write') },
      schema: {
        summary: "Set a partner's cost and/or return (null clears; send the version you read)",
        tags: ['estimates'],
        params: partnerParams,
        body: estimateInputSchema.extend({ version: versionSchema.optional() }),
        response: { 200: estimateSchema },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const estimate = await setEstimate(
        db,
        workspaceOf(request).id,
        request.params.id,
        input as EstimateInput,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, estimate.version);
      return presentEstimate(estimate);
    },
  );
};
