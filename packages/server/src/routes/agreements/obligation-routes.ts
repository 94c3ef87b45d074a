/** Obligations and milestones of agreements: list (all, or one agreement's), add, and move. */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { obligationSchema, presentObligation } from '../../presenters/agreement.js';
import {
  changeObligationState,
  createObligation,
  listObligations,
} from '../../store/agreements/obligations.js';
import { partyAgreementIds } from '../partner-scope.js';
import { slugParam } from '../shared-schema.js';
import {
  agreementParams,
  changeObligationBody,
  createObligationBody,
  obligationParams,
  obligationQuery,
} from './schema.js';

export const obligationRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['obligations'];
  const write = access.workspace('agreements', 'write');

  app.get(
    '/api/workspaces/:slug/obligations',
    {
      config: { access: access.workspace('agreements', 'read', { partners: true }) },
      schema: {
        summary:
          'Obligations and milestones, soonest due first (filter by agreement, owner, state)',
        tags,
        params: slugParam,
        querystring: obligationQuery,
        response: { 200: z.array(obligationSchema).readonly() },
      },
    },
    async (request) => {
      const { agreement, owner, state } = request.query;
      const all = await listObligations(db, workspaceOf(request).id, {
        ...(agreement === undefined ? {} : { agreement }),
        ...(owner === undefined ? {} : { owner }),
        ...(state === undefined ? {} : { state }),
      });
      const allowed = await partyAgreementIds(db, request);
      const mine = allowed === null ? all : all.filter((o) => allowed.has(o.agreementId));
      return mine.map(presentObligation);
    },
  );

  app.post(
    '/api/workspaces/:slug/agreements/:id/obligations',
    {
      config: { access: write },
      schema: {
        summary: 'Add an obligation or milestone with its owner (a party) and due date',
        tags,
        params: agreementParams,
        body: createObligationBody,
        response: { 201: obligationSchema },
      },
    },
    async (request, reply) => {
      const obligation = await createObligation(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.body,
        actorOf(request),
      );
      setEtag(reply, obligation.version);
      return reply.code(201).send(presentObligation(obligation));
    },
  );

  app.patch(
    '/api/workspaces/:slug/obligations/:id',
    {
      config: { access: write },
      schema: {
        summary:
          'Mark an obligation kept, broken, waived or disputed (with evidence; send the version you read)',
        tags,
        params: obligationParams,
        body: changeObligationBody,
        response: { 200: obligationSchema },
      },
    },
    async (request, reply) => {
      const { version, ...change } = request.body;
      const obligation = await changeObligationState(
        db,
        workspaceOf(request).id,
        request.params.id,
        change,
        expectedVersion(request, version),
        actorOf(request),
      );
      setEtag(reply, obligation.version);
      return presentObligation(obligation);
    },
  );
};
