/**
 * The workspace as a portfolio spec: `PUT` replaces the portfolio with a spec (YAML or
 * JSON by Content-Type, validated by core exactly like a file: every error has its path,
 * line and column), `GET` exports it (`?format=yaml|json`, default by Accept).
 */
import { formatPath, type Issue } from '@partnerfolio/core';
import type { FastifyRequest } from 'fastify';
import { stringify } from 'yaml';
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import { acceptText } from '../../http/body.js';
import type { RoutePlugin } from '../../http/context.js';
import { fromIssue } from '../../http/error-handler.js';
import { HttpProblem } from '../../http/problem.js';
import { OffloadLimitError, parseSpecOffloaded } from '../../offload/pool.js';
import { exportWorkspaceSpec, replaceWorkspaceFromSpec } from '../../store/spec-io.js';
import {
  replaceSummary,
  SPEC_MEDIA_TYPES,
  slugParam,
  specDocument,
  specQuery,
  specText,
} from './schema.js';

const YAML_TYPES: readonly string[] = SPEC_MEDIA_TYPES.yaml;

function bodyFormat(request: FastifyRequest): 'yaml' | 'json' {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return YAML_TYPES.includes(type) ? 'yaml' : 'json';
}

function wantsYaml(request: FastifyRequest, format: 'yaml' | 'json' | undefined): boolean {
  if (format !== undefined) return format === 'yaml';
  const accept = (request.headers.accept ?? '').toLowerCase();
  return YAML_TYPES.some((type) => accept.includes(type));
}

/** Parsed off the event loop when large; a spec that overruns the worker's budget is a 422. */
async function parseSpec(text: string, format: 'yaml' | 'json') {
  try {
    return await parseSpecOffloaded(text, format);
  } catch (error) {
    if (!(error instanceof OffloadLimitError)) throw error;
    const message = `the spec cannot be read within the server's limits: ${error.message}`;
    throw new HttpProblem('invalid_spec', message, {
      errors: [{ path: '', code: 'too_large', message, location: 'body' }],
    });
  }
}

const presentIssue = (issue: Issue) => ({
  path: formatPath(issue.path),
  message: issue.message,
  code: issue.code,
  ...(issue.params === undefined ? {} : { params: issue.params }),
  ...(issue.line === undefined ? {} : { line: issue.line }),
  ...(issue.column === undefined ? {} : { column: issue.column }),
});

export const specRoutes: RoutePlugin = async (app, { db, config }) => {
  // In this scope the body is the spec's text, whatever its format: core parses it and
  // places every issue on a line and column.
  acceptText(app, [...SPEC_MEDIA_TYPES.json, ...SPEC_MEDIA_TYPES.yaml]);
  const tags = ['spec'];

  app.get(
    '/api/workspaces/:slug/spec',
    {
      config: { access: access.workspace('spec', 'read') },
      schema: {
        summary: 'Export the workspace as a portfolio spec (YAML or JSON)',
        tags,
        params: slugParam,
        querystring: specQuery,
        response: {
          200: {
            description: 'the spec',
            content: {
              'application/json': { schema: specDocument },
              'application/yaml': { schema: z.string() },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const spec = await exportWorkspaceSpec(db, workspaceOf(request).id);
      if (wantsYaml(request, request.query.format)) {
        return reply.type('application/yaml').send(stringify(spec, { lineWidth: 0 }));
      }
      return reply.type('application/json').send(spec as Record<string, unknown>);
    },
  );

  app.put(
    '/api/workspaces/:slug/spec',
    {
      config: { access: access.workspace('spec', 'write') },
      // A spec of 10,000 partners is a few megabytes: it takes the import limit, not 1 MiB.
      bodyLimit: config.importBodyLimitBytes,
      schema: {
        summary: "Replace the workspace's portfolio with a spec (YAML or JSON body)",
        description:
          "All or nothing: partners are matched by id (records kept, new ones added, missing ones deleted); assessments, estimates and synergies become the spec's. An invalid spec answers 422 `invalid_spec` with every issue (path, line, column) and changes nothing.",
        tags,
        params: slugParam,
        consumes: [...SPEC_MEDIA_TYPES.yaml, ...SPEC_MEDIA_TYPES.json],
        body: specText,
        response: { 200: replaceSummary },
      },
    },
    async (request) => {
      const parsed = await parseSpec(request.body, bodyFormat(request));
      if (!parsed.ok) {
        const errors = parsed.issues.map((issue) => fromIssue(issue, 'body'));
        const first = errors[0];
        throw new HttpProblem(
          'invalid_spec',
          `the spec has ${errors.length} error${errors.length === 1 ? '' : 's'}${first ? `; first: ${first.path || '(root)'}: ${first.message}` : ''}`,
          { errors },
        );
      }
      const summary = await replaceWorkspaceFromSpec(
        db,
        workspaceOf(request).id,
        parsed.value.spec,
        actorOf(request),
      );
      return {
        partners: { ...summary.partners },
        assessments: summary.assessments,
        synergies: summary.synergies,
        criteriaVersion: summary.criteriaVersion,
        criteriaChanged: summary.criteriaChanged,
        settingsVersion: summary.settingsVersion,
        warnings: parsed.warnings.map(presentIssue),
      };
    },
  );
};
