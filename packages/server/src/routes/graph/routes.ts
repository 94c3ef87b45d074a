/**
 * The partner graph over a workspace's stored data: `POST /api/workspaces/{slug}/gaps`,
 * `/critical`, `/match` answer the `--json` documents of `partnerfolio graph gaps`,
 * `graph critical` and `match`; `GET .../graph/coverage` the domain × capability matrix;
 * `POST .../graph/proposal` what a proposed portfolio (by default the optimiser's, solved
 * on an engine thread, so an editor's) would change in the coverage of the needs.
 * Incumbents are the partners whose stored status is active or under review. Every member
 * but a partner may read them (the engine's read policy).
 */
import {
  graphCoverageReport,
  graphCriticalReport,
  graphFocusReport,
  graphGapsReport,
  graphProposalReport,
  graphRulesReport,
  type Issue,
  matchReport,
  parseNeedText,
  type Result,
} from '@partnerfolio/core';
import { access } from '../../auth/policies.js';
import { workspaceOf } from '../../auth/principal.js';
import { runOnEngineThread } from '../../engine/engine-thread.js';
import { describeIssues } from '../../engine/execute.js';
import { loadGraphInputs, loadGraphPortfolio } from '../../engine/graph-portfolio.js';
import type { RoutePlugin } from '../../http/context.js';
import { HttpProblem, invalidRequest, notFound } from '../../http/problem.js';
import { presentCoreDocument } from '../../presenters/core-document.js';
import { slugParam } from '../shared-schema.js';
import {
  coverageDocument,
  criticalDocument,
  emptyBody,
  focusDocument,
  focusQuery,
  gapsDocument,
  matchBody,
  matchDocument,
  proposalBody,
  proposalDocument,
  rulesCheckBody,
  rulesDocument,
} from './schema.js';

/** Sent as core answers them (readonly arrays); the schemas document the shape. */
const asJson = () => (data: unknown) => JSON.stringify(data);

/** The document, typed loosely as the engine's are: core's arrays are readonly. */
function answer<T>(result: Result<T>, what: string): unknown {
  if (result.ok) return result.value;
  throw unprocessable(result.issues, what);
}

const unprocessable = (issues: readonly Issue[], what: string) =>
  new HttpProblem('unprocessable', `cannot ${what}: ${issues[0]?.message ?? 'invalid portfolio'}`, {
    errors: describeIssues(issues).map((e) => ({ ...e, location: 'body' })),
  });

export const graphRoutes: RoutePlugin = async (app, { db }) => {
  const read = { access: access.workspace('engine', 'read') };
  const common = { tags: ['graph'], params: slugParam };

  app.post(
    '/api/workspaces/:slug/gaps',
    {
      config: read,
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary: 'Needs covered by the incumbents, gaps and single points (`graph gaps --json`)',
        body: emptyBody,
        response: { 200: gapsDocument },
      },
    },
    async (request, reply) => {
      const portfolio = await loadGraphPortfolio(db, workspaceOf(request).id);
      return reply.send(presentCoreDocument(answer(graphGapsReport(portfolio), 'compute gaps')));
    },
  );

  app.post(
    '/api/workspaces/:slug/critical',
    {
      config: read,
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary: 'Incumbents ranked by the gaps their exit opens; concentration',
        body: emptyBody,
        response: { 200: criticalDocument },
      },
    },
    async (request, reply) => {
      const portfolio = await loadGraphPortfolio(db, workspaceOf(request).id);
      return reply.send(
        presentCoreDocument(answer(graphCriticalReport(portfolio), 'rank critical partners')),
      );
    },
  );

  app.post(
    '/api/workspaces/:slug/match',
    {
      config: read,
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary: 'Candidates for a need, ranked by an explainable score, with the facts behind it',
        body: matchBody,
        response: { 200: matchDocument },
      },
    },
    async (request, reply) => {
      const { need, top } = request.body;
      const parsed = parseNeedText(need);
      if (!parsed.ok) {
        throw invalidRequest('the need is not CAPABILITY or CAPABILITY@DOMAIN', [
          { path: 'need', location: 'body', message: parsed.issues[0]?.message ?? 'not a need' },
        ]);
      }
      const { portfolio, relations } = await loadGraphInputs(db, workspaceOf(request).id);
      return reply.send(
        presentCoreDocument(answer(matchReport(portfolio, need, top ?? 10, relations), 'match')),
      );
    },
  );

  app.get(
    '/api/workspaces/:slug/graph/coverage',
    {
      config: read,
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary: 'Domain × capability: incumbents, candidates and needs per cell',
        response: { 200: coverageDocument },
      },
    },
    async (request, reply) => {
      const portfolio = await loadGraphPortfolio(db, workspaceOf(request).id);
      return reply.send(
        presentCoreDocument(answer(graphCoverageReport(portfolio), 'compute coverage')),
      );
    },
  );

  app.get(
    '/api/workspaces/:slug/graph/focus',
    {
      config: read,
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary:
          'One node (partner, capability, domain, agreement, ...) with its neighbours and the edges among them',
        querystring: focusQuery,
        response: { 200: focusDocument },
      },
    },
    async (request, reply) => {
      const { node, limit } = request.query;
      const { portfolio, relations } = await loadGraphInputs(db, workspaceOf(request).id);
      const view = answer(graphFocusReport(portfolio, relations, node, limit), 'focus the graph');
      if (view === null) throw notFound(`graph node "${node}"`);
      return reply.send(presentCoreDocument(view));
    },
  );

  app.post(
    '/api/workspaces/:slug/rules/check',
    {
      config: read,
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary:
          'The rules on a selection (a consortium) or the running portfolio: which fired, on which facts',
        body: rulesCheckBody,
        response: { 200: rulesDocument },
      },
    },
    async (request, reply) => {
      const portfolio = await loadGraphPortfolio(db, workspaceOf(request).id);
      const selection = request.body?.selection;
      return reply.send(
        presentCoreDocument(answer(graphRulesReport(portfolio, selection), 'check the rules')),
      );
    },
  );

  app.post(
    '/api/workspaces/:slug/graph/proposal',
    {
      // It runs the solver when no selection is given: the engine's run policy (editors).
      config: { access: access.workspace('engine', 'run') },
      serializerCompiler: asJson,
      schema: {
        ...common,
        summary:
          "What a proposed portfolio (default: the optimiser's) would change in the needs' coverage: per need, who covers it now and who would, gaps closed and opened",
        body: proposalBody,
        response: { 200: proposalDocument },
      },
    },
    async (request, reply) => {
      const portfolio = await loadGraphPortfolio(db, workspaceOf(request).id);
      let selection = request.body?.selection;
      if (selection === undefined) {
        const optimal = await runOnEngineThread<{ selected: string[] }>({
          kind: 'command',
          command: 'optimize',
          portfolio,
          options: {},
        });
        selection = (answer(optimal, 'optimise the portfolio') as { selected: string[] }).selected;
      }
      return reply.send(
        presentCoreDocument(
          answer(graphProposalReport(portfolio, selection), 'compare the coverage'),
        ),
      );
    },
  );
};
