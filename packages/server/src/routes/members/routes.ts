/** A workspace's members: everyone may see who is in it; only owners change it. */
import { z } from 'zod';
import {
  changeMemberRole,
  insertMember,
  listMembers,
  removeMember,
} from '../../auth/memberships.js';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { presentMember } from '../../presenters/account.js';
import { noContent, slugParam } from '../shared-schema.js';
import { addMemberBody, changeRoleBody, memberParams, memberSchema } from './schema.js';

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

  app.post(
    '/api/workspaces/:slug/members',
    {
      config: { access: access.workspace('members', 'write') },
      schema: {
        summary: 'Add a member by the email of their account (owner)',
        tags,
        params: slugParam,
        body: addMemberBody,
        response: { 201: memberSchema },
      },
    },
    async (request, reply) => {
      const member = await insertMember(
        db,
        workspaceOf(request).id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(presentMember(member));
    },
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
