/**
 * Invitations (auth/invitations.ts): owners invite, list and revoke; the invitee looks an
 * invitation up by its token and accepts it, by setting a password or signed in.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_HEADER } from '../../auth/guard.js';
import {
  acceptInvitation,
  createInvitation,
  findInvitation,
  INVALID_INVITATION,
  type Invitation,
  listPendingInvitations,
  revokeInvitation,
} from '../../auth/invitations.js';
import { access } from '../../auth/policies.js';
import { actorOf, resolvePrincipal, workspaceOf } from '../../auth/principal.js';
import { sameSecret } from '../../auth/secrets.js';
import { recordSecurityEvent } from '../../auth/security-log.js';
import type { RoutePlugin } from '../../http/context.js';
import { HttpProblem, notFound } from '../../http/problem.js';
import { presentAs } from '../../presenters/report.js';
import { noContent, slugParam } from '../shared-schema.js';
import {
  acceptBody,
  acceptedSchema,
  createdInvitationSchema,
  createInvitationBody,
  invitationParams,
  invitationSchema,
  openInvitationSchema,
  tokenBody,
} from './schema.js';

const present = (i: Invitation) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  partner: i.partner,
  invitedBy: i.invitedBy,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
});

export const invitationRoutes: RoutePlugin = async (app, { db, config, clock }) => {
  const tags = ['members'];
  const log = (
    request: FastifyRequest,
    event: 'invitation.create' | 'invitation.accept' | 'invitation.revoke',
    outcome: 'success' | 'failure',
    actor: string | null,
    workspaceId: string | null,
    detail: Record<string, unknown>,
  ) =>
    recordSecurityEvent(
      db,
      { event, outcome, actor, address: request.ip, workspaceId, detail, at: clock() },
      request.log,
    );

  app.get(
    '/api/workspaces/:slug/invitations',
    {
      config: { access: access.workspace('members', 'write') },
      schema: {
        summary: 'Pending invitations (owner)',
        tags,
        params: slugParam,
        response: { 200: z.array(invitationSchema) },
      },
    },
    async (request) =>
      presentAs(z.array(invitationSchema))(
        (await listPendingInvitations(db, workspaceOf(request).id, clock())).map(present),
      ),
  );

  app.post(
    '/api/workspaces/:slug/invitations',
    {
      config: { access: access.workspace('members', 'write') },
      schema: {
        summary:
          'Invite someone by email (owner); the answer is the same whether or not they have an account',
        tags,
        params: slugParam,
        body: createInvitationBody,
        response: { 201: createdInvitationSchema },
      },
    },
    async (request, reply) => {
      const workspace = workspaceOf(request);
      const { email, role, partner } = request.body;
      const created = await createInvitation(
        db,
        workspace.id,
        { email, role, partnerKey: partner ?? null },
        actorOf(request),
        config.invitationTtlSeconds,
        clock(),
      );
      await log(request, 'invitation.create', 'success', actorOf(request), workspace.id, {
        invitation: created.id,
        email: created.email,
        role,
      });
      return reply.code(201).send(
        presentAs(createdInvitationSchema)({
          ...present(created),
          token: created.token,
          acceptPath: `/accept-invitation#${created.token}`,
        }),
      );
    },
  );

  app.delete(
    '/api/workspaces/:slug/invitations/:id',
    {
      config: { access: access.workspace('members', 'write') },
      schema: {
        summary: 'Revoke a pending invitation (owner)',
        tags,
        params: invitationParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const workspace = workspaceOf(request);
      if (!(await revokeInvitation(db, workspace.id, request.params.id, clock()))) {
        throw notFound(`invitation ${request.params.id}`);
      }
      await log(request, 'invitation.revoke', 'success', actorOf(request), workspace.id, {
        invitation: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/invitations/lookup',
    {
      config: { access: access.public() },
      schema: {
        summary: 'What an invitation link offers (by its token)',
        tags,
        body: tokenBody,
        response: { 200: openInvitationSchema },
      },
    },
    async (request) => {
      const found = await findInvitation(db, request.body.token, clock());
      if (!found) throw new HttpProblem('not_found', INVALID_INVITATION);
      return presentAs(openInvitationSchema)({
        workspace: { slug: found.workspaceSlug, name: found.workspaceName },
        email: found.email,
        role: found.role,
        partner: found.partner,
        expiresAt: found.expiresAt,
      });
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: access.public() },
      schema: {
        summary:
          'Accept an invitation: set a password (new account), or be signed in as the invitee',
        tags,
        body: acceptBody,
        response: { 200: acceptedSchema },
      },
    },
    async (request) => {
      const now = clock();
      const caller = await resolvePrincipal(db, request, now);
      // A cookie session must prove the request is its own (no cross-site acceptance).
      if (caller?.via === 'session') {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !sameSecret(sent, caller.csrfToken)) {
          throw new HttpProblem(
            'csrf',
            `send the header ${CSRF_HEADER} with your session's csrfToken`,
          );
        }
      }
      try {
        const { invitation, user, created } = await acceptInvitation(
          db,
          {
            token: request.body.token,
            ...(request.body.password === undefined ? {} : { password: request.body.password }),
            ...(request.body.name === undefined ? {} : { name: request.body.name }),
            ...(caller ? { caller: caller.user } : {}),
          },
          now,
        );
        await log(request, 'invitation.accept', 'success', user.email, invitation.workspaceId, {
          invitation: invitation.id,
          created,
        });
        return presentAs(acceptedSchema)({
          workspace: { slug: invitation.workspaceSlug, name: invitation.workspaceName },
          email: user.email,
          role: invitation.role,
          created,
        });
      } catch (error) {
        await log(request, 'invitation.accept', 'failure', caller?.user.email ?? null, null, {
          reason: error instanceof Error ? error.message : 'unknown',
        });
        throw error;
      }
    },
  );
};
