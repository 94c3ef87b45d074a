/** The caller's workspaces; a workspace's name and settings. */
import { z } from 'zod';
import { createOwnedWorkspace, listWorkspacesOf } from '../../auth/memberships.js';
import { access } from '../../auth/policies.js';
import { actorOf, callerOf, workspaceOf } from '../../auth/principal.js';
import type { RoutePlugin } from '../../http/context.js';
import { expectedVersion, setEtag } from '../../http/versions.js';
import { presentMemberWorkspace } from '../../presenters/account.js';
import { presentAs } from '../../presenters/report.js';
import { getWorkspaceSettings, updateWorkspaceSettings } from '../../store/settings.js';
import { getWorkspaceById } from '../../store/workspaces.js';
import { slugParam } from '../shared-schema.js';
import { renameWorkspace } from './commands.js';
import {
  createWorkspaceBody,
  patchSettingsBody,
  patchWorkspaceBody,
  settingsResponse,
  workspaceDetail,
  workspaceSummary,
} from './schema.js';

const renamedWorkspace = workspaceSummary.extend({ version: z.int() });

export const workspaceRoutes: RoutePlugin = async (app, { db }) => {
  const tags = ['workspaces'];

  app.get(
    '/api/workspaces',
    {
      config: { access: access.user() },
      schema: {
        summary: 'The workspaces you belong to, with your role in each',
        tags,
        response: { 200: z.array(workspaceSummary) },
      },
    },
    async (request) =>
      (await listWorkspacesOf(db, callerOf(request).user.id)).map(presentMemberWorkspace),
  );

  app.post(
    '/api/workspaces',
    {
      config: { access: access.user() },
      schema: {
        summary: 'Create a workspace; you become its owner',
        tags,
        body: createWorkspaceBody,
        response: { 201: workspaceSummary },
      },
    },
    async (request, reply) => {
      const workspace = await createOwnedWorkspace(db, {
        slug: request.body.slug,
        name: request.body.name,
        ownerEmail: actorOf(request),
      });
      return reply.code(201).send(
        presentAs(workspaceSummary)({
          slug: workspace.slug,
          name: workspace.name,
          role: 'owner',
        }),
      );
    },
  );

  app.get(
    '/api/workspaces/:slug',
    {
      config: { access: access.workspace('workspace', 'read') },
      schema: {
        summary: 'A workspace',
        tags,
        params: slugParam,
        response: { 200: workspaceDetail },
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const [workspace, settings] = await Promise.all([
        getWorkspaceById(db, ws.id),
        getWorkspaceSettings(db, ws.id),
      ]);
      setEtag(reply, settings.version);
      return presentAs(workspaceDetail)({
        slug: workspace.slug,
        name: workspace.name,
        role: ws.role,
        createdAt: workspace.createdAt,
        version: settings.version,
        settings: settings.settings,
      });
    },
  );

  app.patch(
    '/api/workspaces/:slug',
    {
      config: { access: access.workspace('workspace', 'write') },
      schema: {
        summary: 'Rename a workspace (owner)',
        tags,
        params: slugParam,
        body: patchWorkspaceBody,
        response: { 200: renamedWorkspace },
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      const version = expectedVersion(request, request.body.version);
      const next = await renameWorkspace(db, ws.id, request.body.name, version, actorOf(request));
      setEtag(reply, next.version);
      return presentAs(renamedWorkspace)({
        slug: ws.slug,
        name: next.name,
        role: ws.role,
        version: next.version,
      });
    },
  );

  app.get(
    '/api/workspaces/:slug/settings',
    {
      config: { access: access.workspace('spec', 'read') },
      schema: {
        summary: "The portfolio's settings: unit, model, resources, constraints, ...",
        tags,
        params: slugParam,
        response: { 200: settingsResponse },
      },
    },
    async (request, reply) => {
      const settings = await getWorkspaceSettings(db, workspaceOf(request).id);
      setEtag(reply, settings.version);
      return presentAs(settingsResponse)(settings);
    },
  );

  app.patch(
    '/api/workspaces/:slug/settings',
    {
      config: { access: access.workspace('spec', 'write') },
      schema: {
        summary: 'Change some settings (each top-level field given is replaced whole)',
        tags,
        params: slugParam,
        body: patchSettingsBody,
        response: { 200: settingsResponse },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const next = await updateWorkspaceSettings(
        db,
        workspaceOf(request).id,
        request.body.settings,
        version,
        actorOf(request),
      );
      setEtag(reply, next.version);
      return presentAs(settingsResponse)(next);
    },
  );
};
