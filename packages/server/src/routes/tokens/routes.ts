/** The caller's API tokens: list, create (the secret is shown once), revoke. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { issueApiToken, listApiTokens, revokeApiToken } from '../../auth/api-tokens.js';
import { memberWorkspaceId as memberWorkspaceIdOf } from '../../auth/memberships.js';
import { access } from '../../auth/policies.js';
import { callerOf } from '../../auth/principal.js';
import { recordSecurityEvent } from '../../auth/security-log.js';
import type { Db } from '../../db/connect.js';
import type { RoutePlugin } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { presentToken } from '../../presenters/account.js';
import { noContent } from '../shared-schema.js';
import { createdTokenSchema, createTokenBody, tokenParams, tokenSchema } from './schema.js';

/** The id of a workspace the caller belongs to, by slug (404 otherwise: slugs do not leak). */
async function memberWorkspaceId(db: Db, userId: string, slug: string): Promise<string> {
  const id = await memberWorkspaceIdOf(db, userId, slug);
  if (id === undefined) throw notFound(`workspace ${JSON.stringify(slug)}`);
  return id;
}

export const tokenRoutes: RoutePlugin = async (app, { db, clock, config }) => {
  const tags = ['tokens'];
  const log = (request: FastifyRequest, event: 'token.create' | 'token.revoke', detail: object) =>
    recordSecurityEvent(
      db,
      {
        event,
        outcome: 'success',
        actor: callerOf(request).user.email,
        userId: callerOf(request).user.id,
        address: request.ip,
        detail: { ...detail },
        at: clock(),
      },
      request.log,
    );

  app.get(
    '/api/tokens',
    {
      config: { access: access.user() },
      schema: { summary: 'Your API tokens', tags, response: { 200: z.array(tokenSchema) } },
    },
    async (request) => (await listApiTokens(db, callerOf(request).user.id)).map(presentToken),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Create an API token for yourself',
        description:
          'Tokens expire (90 days by default); a `read` token only reads; a token bound to a workspace reaches no other.',
        tags,
        body: createTokenBody,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { name, scope, workspace, expiresInDays } = request.body;
      const workspaceId =
        workspace === undefined ? null : await memberWorkspaceId(db, caller.user.id, workspace);
      const issued = await issueApiToken(db, caller.user.id, name, clock(), {
        scope,
        workspaceId,
        ttlSeconds: expiresInDays === undefined ? config.tokenTtlSeconds : expiresInDays * 86_400,
      });
      await log(request, 'token.create', {
        tokenId: issued.id,
        scope,
        workspace: workspace ?? null,
      });
      return reply.code(201).send({ ...presentToken(issued), token: issued.token });
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Revoke one of your API tokens',
        tags,
        params: tokenParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const revoked = await revokeApiToken(db, callerOf(request).user.id, request.params.id);
      if (!revoked) throw notFound(`token ${request.params.id}`);
      await log(request, 'token.revoke', { tokenId: request.params.id });
      return reply.code(204).send(null);
    },
  );
};
