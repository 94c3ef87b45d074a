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

const amendmentSchema = z
  .object({
    version: z.int(),
    effectiveFrom: z.string(),
    status: z.enum(['draft', 'proposed', 'accepted']),
    review: z.string().nullable().meta({ description: 'the review that opened it as a draft' }),
    document: z.object({}).loose(),
    diff: z
      .array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }))
      .readonly(),
    accepted: z.array(z.string()).readonly(),
    awaiting: z.array(z.string()).readonly(),
    acceptedAt: z.string().nullable(),
    openedBy: z.string().nullable().meta({ description: 'who proposed it or opened the draft' }),
    origin: z
      .object({
        review: z.string(),
        partner: z.string(),
        decision: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
      })
      .nullable()
      .meta({ description: 'the review that opened it as a draft, for the team only' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Amendment' });
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
      return partnerScope(request) === null ? amendments : amendmentsForPartner(amendments);
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
      return reply.code(201).send(amendment);
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
      editDraftAmendment(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.params.version,
        request.body,
        actorOf(request),
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
      return acceptAmendment(
        db,
        workspaceOf(request).id,
        request.params.id,
        request.params.version,
        request.body.party,
        actorOf(request),
        { hideDrafts: partnerScope(request) !== null },
      );
    },
  );
};
