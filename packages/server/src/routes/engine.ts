/**
 * The engine over a workspace's stored data: `POST /api/workspaces/{slug}/{command}` for
 * evaluate, weights, rank, optimize, frontier, simulate and shapley. The body holds the
 * CLI's options; the answer is the CLI's `--json` document, byte for byte the same JSON
 * values. A long run (see long-run.ts), or any run asked with `"async": true`, answers 202
 * with a job to follow (routes/jobs.ts) and runs on whichever server process's worker
 * claims it.
 *
 * Access: every member may run the quick analyses of the current data (evaluate, weights,
 * rank); the solver-backed ones (optimize, frontier, simulate, shapley) need an editor, as
 * does anything that runs as a job or saves a scenario (`?save=NAME`).
 */

import { ENGINE_LIMITS, engineSize, engineSizeRefusal } from '@partnerfolio/core/commands';
import { access, POLICIES, roleAtLeast } from '../auth/policies.js';
import { actorOf, type WorkspaceAccess, workspaceOf } from '../auth/principal.js';
import type { Role } from '../db/schema.js';
import { describeIssues, executeEngine, isSavable } from '../engine/execute.js';
import { engineJobKind } from '../engine/job-input.js';
import { loadPortfolio } from '../engine/load-portfolio.js';
import { ENGINE_COMMANDS, type EngineCommand } from '../engine/options.js';
import { EngineCancelled } from '../engine/sample-runner.js';
import { abortWhenClientGoes } from '../http/client-gone.js';
import type { RoutePlugin } from '../http/context.js';
import { HttpProblem, invalidRequest } from '../http/problem.js';
import { enqueue } from '../jobs/queue.js';
import { OffloadLimitError } from '../offload/pool.js';
import { presentCoreDocument } from '../presenters/core-document.js';
import { presentJob } from '../presenters/job.js';
import { jobLinks, scenarioLink } from './engine/links.js';
import { isLongRun } from './engine/long-run.js';
import { acceptedJob, ENGINE_BODIES, ENGINE_DOCUMENTS, saveQuery } from './engine/schema.js';
import { slugParam } from './shared-schema.js';

/** Quick analyses any member may run; the others use the solver and need `engine.run`. */
const READ_COMMANDS: ReadonlySet<EngineCommand> = new Set(['evaluate', 'weights', 'rank', 'smaa']);

const SUMMARIES: Record<EngineCommand, string> = {
  evaluate: 'C, R, N and score of every partner, and S (expected values)',
  weights: 'The criteria weights (and AHP consistency)',
  rank: 'Rank the partners by weighted sum, TOPSIS, PROMETHEE II or VIKOR (and weight stability)',
  smaa: 'SMAA-2: rank acceptabilities, central weights and confidence under uncertain weights',
  optimize: 'The optimal partner portfolio (MILP)',
  frontier: 'The efficient frontier over one resource',
  simulate: 'Monte Carlo of the portfolio value S',
  shapley: 'Shapley values of the selected partners, and the core',
};

function requireRole(workspace: WorkspaceAccess, role: Role, what: string): void {
  if (!roleAtLeast(workspace.role, role)) {
    throw new HttpProblem(
      'forbidden',
      `${what} needs the role ${role}; yours is ${workspace.role}`,
    );
  }
}

/** The answers are sent as they are: the CLI's documents, with every field the engine gives. */
const asJson = () => (data: unknown) => JSON.stringify(data);

/** Seconds a client is told to wait when every engine thread is busy and the queue full. */
const BUSY_RETRY_AFTER_S = 5;

/**
 * A run stopped by the engine thread's budgets: over time or memory, the caller can run it
 * as a job (longer budget); busy, it can retry shortly.
 */
function limitProblem(command: EngineCommand, error: OffloadLimitError): HttpProblem {
  const message = `cannot ${command} within the server's limits: ${error.message}`;
  if (error.limit === 'busy') return new HttpProblem('unavailable', message);
  return new HttpProblem('unprocessable', message, {
    errors: [
      {
        path: '',
        location: 'body',
        code: `limit_${error.limit}`,
        message: `${message}; run it as a job ("async": true) for a longer budget`,
      },
    ],
  });
}

export const engineRoutes: RoutePlugin = async (app, { db }) => {
  for (const command of ENGINE_COMMANDS) {
    app.post(
      `/api/workspaces/:slug/${command}`,
      {
        config: {
          access: access.workspace('engine', READ_COMMANDS.has(command) ? 'read' : 'run'),
        },
        serializerCompiler: asJson,
        schema: {
          summary: SUMMARIES[command],
          description: `The body holds the options of \`partnerfolio ${command}\`; the answer is its \`--json\` document for the workspace's current data.`,
          tags: ['engine'],
          params: slugParam,
          querystring: saveQuery,
          body: ENGINE_BODIES[command],
          response: { 200: ENGINE_DOCUMENTS[command], 202: acceptedJob },
        },
      },
      async (request, reply) => {
        const workspace = workspaceOf(request);
        const { async: runAsJob, trustWeighted, ...engineOptions } = request.body;
        const { save } = request.query;
        if (save !== undefined) {
          if (!isSavable(command)) {
            throw invalidRequest(`${command} answers are not saved as scenarios`, [
              {
                path: 'save',
                location: 'query',
                message: 'only rank, optimize, frontier and simulate answers can be saved',
              },
            ]);
          }
          requireRole(workspace, POLICIES.scenarios.write, 'saving a scenario');
        }
        const { portfolio, spec, criteriaVersion, exitCosts } = await loadPortfolio(
          db,
          workspace.id,
          trustWeighted === true,
        );
        const actor = actorOf(request);
        // Refused before any work, job or not (the runner asks again).
        const size = engineSize(portfolio);
        const tooBig = engineSizeRefusal(command, engineOptions, size, ENGINE_LIMITS.server);
        if (tooBig !== undefined && !tooBig.ok) {
          throw new HttpProblem(
            'unprocessable',
            `cannot ${command}: ${tooBig.issues[0]?.message}`,
            {
              errors: describeIssues(tooBig.issues).map((e) => ({ ...e, location: 'body' })),
            },
          );
        }

        if (runAsJob === true || isLongRun(command, engineOptions, size)) {
          requireRole(workspace, POLICIES.jobs.write, 'running an analysis as a job');
          const job = await enqueue(db, {
            workspaceId: workspace.id,
            kind: engineJobKind(command),
            input: {
              command,
              options: engineOptions,
              spec,
              criteriaVersion,
              ...(exitCosts.length === 0 ? {} : { exitCosts }),
              ...(save === undefined ? {} : { save }),
            },
            createdBy: actor,
          });
          const links = jobLinks(workspace.slug, job.id);
          return reply
            .code(202)
            .header('location', links.self)
            .send({ job: presentJob(job), links });
        }

        // A client that goes away stops its run (its engine thread is stopped).
        const client = abortWhenClientGoes(reply);
        try {
          const answer = await executeEngine(
            db,
            portfolio,
            {
              command,
              options: engineOptions,
              workspaceId: workspace.id,
              criteriaVersion,
              save,
              actor,
              exitCosts,
            },
            { lane: 'request', signal: client.signal },
          );
          if (!answer.ok) {
            throw new HttpProblem(
              'unprocessable',
              `cannot ${command}: ${answer.issues[0]?.message ?? 'the engine refused the request'}`,
              { errors: describeIssues(answer.issues).map((e) => ({ ...e, location: 'body' })) },
            );
          }
          if (answer.value.scenarioId !== undefined) {
            reply.header(
              'link',
              `<${scenarioLink(workspace.slug, answer.value.scenarioId)}>; rel="scenario"`,
            );
          }
          return reply.code(200).send(presentCoreDocument(answer.value.document));
        } catch (error) {
          if (error instanceof OffloadLimitError && error.limit !== 'crash') {
            if (error.limit === 'busy') reply.header('retry-after', String(BUSY_RETRY_AFTER_S));
            throw limitProblem(command, error);
          }
          if (error instanceof EngineCancelled) {
            throw new HttpProblem(
              'unavailable',
              'the request was closed before the analysis finished',
            );
          }
          throw error;
        } finally {
          client.done();
        }
      },
    );
  }
};
