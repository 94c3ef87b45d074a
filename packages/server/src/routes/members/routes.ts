/**
 * A workspace's members: everyone may see who is in it; only owners change it. New members
 * come in through invitations they accept (invitations/routes.ts), never added silently.
 */
import { z } from 'zod';
import { changeMemberRole, listMembers, removeMember } from '../../auth/memberships.js';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { presentMember } from '../../presenters/account.js';
import { noContent, slugParam } from '../shared-schema.js';
import { changeRoleBody, memberParams, memberSchema } from './schema.js';

export const memberRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['members'];
  app.get(
    '/api/workspaces/:slug/members',
    {
      config: { access: access.workspace('members', 'read') },
      schema: {
        summary: 'Members and their roles',
        tags,
        params: slugParam,
        response: { 200: z.array(memberSchema) },
      },
    },
    async (request) => (await listMembers(db, workspaceOf(request).id)).map(presentMember),
  );

  app.patch(
    '/api/workspaces/:slug/members/:email',
    {
      config: { access: access.workspace('members', 'write') },
      schema: {
        summary: "Change a member's role (owner)",
        tags,
        params: memberParams,
        body: changeRoleBody,
        response: { 200: memberSchema },
      },
    },
    async (request) => {
      const member = await changeMemberRole(
        db,
        workspaceOf(request).id,
        request.params.email,
        request.body.role,
        actorOf(request),
        request.body.partner ?? null,
      );
      return presentMember(member);
    },
  );

  app.delete(
    '/api/workspaces/:slug/members/:email',
    {
      config: { access: access.workspace('members', 'write') },
      schema: {
        summary: 'Remove a member (owner)',
        tags,
        params: memberParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await removeMember(db, workspaceOf(request).id, request.params.email, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
