/**
 * A partner's stated uncertain scores (`scoreDistributions` in the spec): per criterion, a
 * distribution the ranking's SMAA draws that score from (a stated range wins over the
 * assessors' spread; store/stated-score-distributions.ts). The route checks the shape (a
 * number, or one of core's forms with its numbers); core's rules (min ≤ max, ...) and the
 * criteria are the store's, refused with 422 naming the field.
 */
import { DISTRIBUTION_FORMS, DISTRIBUTION_PARAMETERS } from '@partnerfolio/core';
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentScoreDistributions } from '../../presenters/portfolio.js';
import {
  getScoreDistributions,
  MAX_STATED_CRITERIA,
  type ScoreDistributionsInput,
  setScoreDistributions,
} from '../../store/stated-score-distributions.js';
import { keySchema } from '../../store/validation.js';
import { distributionOut, versionSchema } from '../shared-schema.js';
import { partnerParams } from './schema.js';

const MOST_PARAMETERS = Math.max(
  ...DISTRIBUTION_FORMS.map((form) => DISTRIBUTION_PARAMETERS[form].length),
);

/** A distribution's shape only: its rules are checked by the store with core's schema. */
const statedShape = z
  .union([
    z.number(),
    z.partialRecord(z.enum(DISTRIBUTION_FORMS), z.array(z.number()).max(MOST_PARAMETERS)),
  ])
  .meta({
    description:
      'a number, or one of { uniform: [min, max] }, { triangular: [min, mode, max] }, { pert: [min, mode, max] }, { normal: [mean, sd] }, { lognormal: [mu, sigma] }',
  });

export const scoreDistributionsSchema = z
  .object({
    partner: z.string(),
    distributions: z.record(z.string(), distributionOut).meta({
      description: 'criterion id → the distribution its score is drawn from in SMAA',
    }),
    version: z.int().meta({ description: "the partner's version" }),
    updatedAt: z.string(),
  })
  .meta({ id: 'ScoreDistributions' });

export const putScoreDistributionsBody = z.strictObject({
  distributions: z.record(keySchema, statedShape).meta({
    description: `criterion id → distribution (at most ${MAX_STATED_CRITERIA}); {} clears them`,
  }),
  version: versionSchema.optional(),
});

export const scoreDistributionRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['assessments'];
  const path = '/api/workspaces/:slug/partners/:id/score-distributions';

  app.get(
    path,
    {
      config: { access: access.workspace('assessments', 'read') },
      schema: {
        summary: "A partner's stated uncertain scores (what SMAA draws each score from)",
        tags,
        params: partnerParams,
        response: { 200: scoreDistributionsSchema },
      },
    },
    async (request, reply) => {
      const stated = await getScoreDistributions(db, workspaceOf(request).id, request.params.id);
      setEtag(reply, stated.version);
      return presentScoreDistributions(stated);
    },
  );

  app.put(
    path,
    {
      config: { access: access.workspace('assessments', 'write') },
      schema: {
        summary:
          "Replace a partner's stated uncertain scores (send the partner's version you read; {} clears)",
        tags,
        params: partnerParams,
        body: putScoreDistributionsBody,
        response: { 200: scoreDistributionsSchema },
      },
    },
    async (request, reply) => {
      const { version, distributions } = request.body;
      const stated = await setScoreDistributions(
        db,
        workspaceOf(request).id,
        request.params.id,
        // The store validates each distribution with core's rules (the route saw the shape).
        { distributions } as ScoreDistributionsInput,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, stated.version);
      return presentScoreDistributions(stated);
    },
  );
};
