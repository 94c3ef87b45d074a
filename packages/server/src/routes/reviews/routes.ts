/** Periodic reviews, trust per partner, the review settings (cadence and rules), and exit plans. */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import {
  assessmentSchema,
  exitCostSchema,
  exitPlanSchema,
  presentExitCost,
  presentExitPlan,
  presentReview,
  presentReviewAssessment,
  presentReviewSettings,
  presentTrust,
  presentTrustSummary,
  reviewSchema,
  reviewSettingsSchema,
  trustSchema,
  trustSummarySchema,
} from '../../presenters/review.js';
import { presentStatement, statementSchema } from '../../presenters/statement.js';
import { partnerExitCost } from '../../store/exit-costs.js';
import { getExitPlan, startExitPlan, updateExitStep } from '../../store/exit-plans.js';
import { runFinalSettlement } from '../../store/exit-settlement.js';
import { createReview, listReviews, previewReview } from '../../store/reviews/reviews.js';
import { readReviewSettings, saveReviewSettings } from '../../store/reviews/settings.js';
import { partnerTrustToday, workspaceTrustToday } from '../../store/reviews/trust.js';
import { partnerScope } from '../partner-scope.js';
import { slugParam } from '../shared-schema.js';
import {
  createReviewBody,
  exitCostQuery,
  exitStepParams,
  finalSettlementBody,
  partnerParams,
  patchExitStepBody,
  previewReviewBody,
  putReviewSettingsBody,
  reviewQuery,
  startExitPlanBody,
} from './schema.js';

export const reviewRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['reviews'];
  const read = access.workspace('reviews', 'read');
  const write = access.workspace('reviews', 'write');
  const partnerPath = '/api/workspaces/:slug/partners/:key';

  app.get(
    '/api/workspaces/:slug/reviews',
    {
      config: { access: read },
      schema: {
        summary: 'Reviews, newest period first (optionally of one partner)',
        tags,
        params: slugParam,
        querystring: reviewQuery,
        response: { 200: z.array(reviewSchema).readonly() },
      },
    },
    async (request) =>
      (await listReviews(db, workspaceOf(request).id, request.query.partner)).map(presentReview),
  );

  app.post(
    `${partnerPath}/reviews/preview`,
    {
      config: { access: read },
      schema: {
        summary: 'What the rules suggest for a review, before deciding (nothing is saved)',
        tags,
        params: partnerParams,
        body: previewReviewBody,
        response: { 200: assessmentSchema },
      },
    },
    async (request) =>
      presentReviewAssessment(
        await previewReview(db, workspaceOf(request).id, request.params.key, request.body),
      ),
  );

  app.post(
    `${partnerPath}/reviews`,
    {
      config: { access: write },
      schema: {
        summary:
          'Record a review with its decision; exit moves the partner to exiting with an exit plan',
        tags,
        params: partnerParams,
        body: createReviewBody,
        response: { 201: reviewSchema },
      },
    },
    async (request, reply) => {
      const review = await createReview(
        db,
        workspaceOf(request).id,
        request.params.key,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(presentReview(review));
    },
  );

  app.get(
    `${partnerPath}/trust`,
    {
      config: { access: access.workspace('reviews', 'read', { partners: true }) },
      schema: {
        summary: "A partner's trust from its kept and broken obligations, with its trend",
        tags,
        params: partnerParams,
        response: { 200: trustSchema },
      },
    },
    async (request) => {
      const ws = workspaceOf(request).id;
      // A partner user reads its own trust record only.
      const own = partnerScope(request);
      if (own !== null && own !== request.params.key) {
        throw notFound(`partner "${request.params.key}"`);
      }
      return presentTrust(await partnerTrustToday(db, ws, request.params.key));
    },
  );

  app.get(
    '/api/workspaces/:slug/trust',
    {
      config: { access: read },
      schema: {
        summary:
          'The trust of every partner that owns obligations (the weights of "weight returns by trust")',
        tags,
        params: slugParam,
        response: { 200: z.array(trustSummarySchema).readonly() },
      },
    },
    async (request) =>
      (await workspaceTrustToday(db, workspaceOf(request).id)).map(presentTrustSummary),
  );

  app.get(
    '/api/workspaces/:slug/review-settings',
    {
      config: { access: read },
      schema: {
        summary:
          'The review cadence (annual by default), per-partner cadences and the decision rules',
        tags,
        params: slugParam,
        response: { 200: reviewSettingsSchema },
      },
    },
    async (request) => presentReviewSettings(await readReviewSettings(db, workspaceOf(request).id)),
  );

  app.put(
    '/api/workspaces/:slug/review-settings',
    {
      config: { access: access.workspace('reviews', 'configure') },
      schema: {
        summary:
          'Replace the review settings (owner; send the version you read, 0 for the defaults)',
        tags,
        params: slugParam,
        body: putReviewSettingsBody,
        response: { 200: reviewSettingsSchema },
      },
    },
    async (request, reply) => {
      const { version, ...input } = request.body;
      const settings = await saveReviewSettings(
        db,
        workspaceOf(request).id,
        input,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, settings.version);
      return presentReviewSettings(settings);
    },
  );

  app.get(
    `${partnerPath}/exit-plan`,
    {
      config: { access: read },
      schema: {
        summary: "A partner's exit plan and its progress",
        tags,
        params: partnerParams,
        response: { 200: exitPlanSchema },
      },
    },
    async (request, reply) => {
      const plan = await getExitPlan(db, workspaceOf(request).id, request.params.key);
      setEtag(reply, plan.version);
      return presentExitPlan(plan);
    },
  );

  app.post(
    `${partnerPath}/exit-plan`,
    {
      config: { access: write },
      schema: {
        summary: 'Start the exit plan (every step open); answers the existing plan if there is one',
        tags,
        params: partnerParams,
        body: startExitPlanBody,
        response: { 200: exitPlanSchema },
      },
    },
    async (request, reply) => {
      const plan = await startExitPlan(
        db,
        workspaceOf(request).id,
        request.params.key,
        { owner: request.body.owner, noticeDate: request.body.noticeDate },
        actorOf(request),
      );
      setEtag(reply, plan.version);
      return presentExitPlan(plan);
    },
  );

  app.post(
    `${partnerPath}/exit-plan/final-settlement`,
    {
      config: { access: write },
      schema: {
        summary:
          "Run the final-settlement step: settle each running agreement's last period up to the end the notice sets, record the statements, mark the step done",
        tags,
        params: partnerParams,
        body: finalSettlementBody,
        response: {
          200: z.object({ plan: exitPlanSchema, statements: z.array(statementSchema).readonly() }),
        },
      },
    },
    async (request, reply) => {
      const workspace = workspaceOf(request);
      const result = await runFinalSettlement(
        db,
        { id: workspace.id, slug: workspace.slug },
        request.params.key,
        request.body,
        actorOf(request),
      );
      setEtag(reply, result.plan.version);
      return {
        plan: presentExitPlan(result.plan),
        statements: result.statements.map(presentStatement),
      };
    },
  );

  app.get(
    `${partnerPath}/exit-cost`,
    {
      config: { access: read },
      schema: {
        summary:
          "The exit cost the partner's running agreements propose (notice given on `noticeDate`, default today) and which one analyses use",
        tags,
        params: partnerParams,
        querystring: exitCostQuery,
        response: { 200: exitCostSchema },
      },
    },
    async (request) => {
      return presentExitCost(
        await partnerExitCost(
          db,
          workspaceOf(request).id,
          request.params.key,
          request.query.noticeDate,
        ),
      );
    },
  );

  app.patch(
    `${partnerPath}/exit-plan/steps/:step`,
    {
      config: { access: write },
      schema: {
        summary: 'Change a step: owner, due date, done (needs an owner and evidence)',
        tags,
        params: exitStepParams,
        body: patchExitStepBody,
        response: { 200: exitPlanSchema },
      },
    },
    async (request, reply) => {
      const { version, ...patch } = request.body;
      const plan = await updateExitStep(
        db,
        workspaceOf(request).id,
        request.params.key,
        request.params.step,
        patch,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, plan.version);
      return presentExitPlan(plan);
    },
  );
};
