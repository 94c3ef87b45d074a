/**
 * Amendments of an active agreement: propose new terms with an effective date (a readable
 * diff is kept), list the versions, edit, propose or discard a draft a review opened, and
 * accept one for a party; the last acceptance puts it in force. Editing an active
 * agreement's terms in place is refused (writes.ts). Drafts are the team's: a partner's
 * contact neither lists nor accepts one (404, as for one that does not exist).
 */
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { amendmentSchema, presentAmendment } from '../../presenters/agreement.js';
import {
  discardDraftAmendment,
  editDraftAmendment,
} from '../../store/agreements/amendment-drafts.js';
import {
  acceptAmendment,
  agreementAmendments,
  amendmentsForPartner,
  proposeAmendment,
} from '../../store/agreements/amendments.js';
import { agreementForCaller, partnerScope, requireOwnParty } from '../partner-scope.js';
import { noContent } from '../shared-schema.js';
import { agreementParams } from './schema.js';

const versionParams = agreementParams.extend({
  version: z.coerce.number().int().min(2).max(100_000),
});

export const amendmentRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['agreements'];
  /** Partner users too, on the agreements their partner is party to (partner-scope.ts). */
  const read = access.workspace('agreements', 'read', { partners: true });
  const answer = access.workspace('agreements', 'write', { partners: true });
  const write = access.workspace('agreements', 'write');
  const base = '/api/workspaces/:slug/agreements/:id/amendments';

  app.get(
    base,
    {
      config: { access: read },
      schema: {
        summary:
          "The agreement's amendments (terms versions 2, 3, ...), with diffs and acceptances",
        tags,
        params: agreementParams,
        response: { 200: z.array(amendmentSchema).readonly() },
      },
    },
    async (request) => {
      await agreementForCaller(db, request, request.params.id);
      const amendments = await agreementAmendments(db, workspaceOf(request).id, request.params.id);
      const shown = partnerScope(request) === null ? amendments : amendmentsForPartner(amendments);
      return shown.map(presentAmendment);
    },
  );

  app.post(
    base,
    {
      config: { access: write },
      schema: {
        summary: 'Propose amended terms from an effective date (every party must accept)',
        tags,
        params: agreementParams,
        body: z.strictObject({
          document: z
            .object({})
            .loose()
            .meta({ description: 'the whole agreement document as amended' }),
          effectiveFrom: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
        }),
        response: { 201: amendmentSchema },
      },
    },
    async (request, reply) => {
      const amendment = await proposeAmendment(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(presentAmendment(amendment));
    },
  );

  app.patch(
    `${base}/:version`,
    {
      config: { access: write },
      schema: {
        summary:
          'Edit a draft amendment (one a review opened); with `propose: true` open it to every party',
        tags,
        params: versionParams,
        body: z.strictObject({
          document: z
            .object({})
            .loose()
            .optional()
            .meta({ description: 'the whole agreement document as amended' }),
          effectiveFrom: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
          propose: z.boolean().optional(),
        }),
        response: { 200: amendmentSchema },
      },
    },
    async (request) =>
      presentAmendment(
        await editDraftAmendment(
          db,
          workspaceOf(request).id,
          request.params.id,
          request.params.version,
          request.body,
          actorOf(request),
        ),
      ),
  );

  app.delete(
    `${base}/:version`,
    {
      config: { access: write },
      schema: {
        summary: 'Discard a draft amendment (the terms in force stay; the audit trail keeps it)',
        tags,
        params: versionParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await discardDraftAmendment(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.params.version,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/:version/acceptances`,
    {
      config: { access: answer },
      schema: {
        summary:
          "A party's acceptance of an amendment (a partner's contact accepts as its own party)",
        tags,
        params: versionParams,
        body: z.strictObject({ party: z.string().min(1).max(200) }),
        response: { 200: amendmentSchema },
      },
    },
    async (request) => {
      const agreement = await agreementForCaller(db, request, request.params.id);
      requireOwnParty(request, agreement, request.body.party);
      return presentAmendment(
        await acceptAmendment(
          db,
          workspaceOf(request).id,
          request.params.id,
          request.params.version,
          request.body.party,
          actorOf(request),
          { hideDrafts: partnerScope(request) !== null },
        ),
      );
    },
  );
};
