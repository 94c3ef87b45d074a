/** The caller's API tokens: list, create (the secret is shown once), revoke. */
import { z } from 'zod';
import { issueApiToken, listApiTokens, revokeApiToken } from '../../auth/api-tokens.js';
import { access } from '../../auth/policies.js';
import { callerOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { presentToken } from '../../presenters/account.js';
import { noContent } from '../shared-schema.js';
import { createdTokenSchema, createTokenBody, tokenParams, tokenSchema } from './schema.js';

export const tokenRoutes: RoutePlugin = async (app, { db, clock }) => {
  const tags = ['tokens'];
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
        tags,
        body: createTokenBody,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => {
      const issued = await issueApiToken(db, callerOf(request).user.id, request.body.name, clock());
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
      return reply.code(204).send(null);
    },
  );
};
