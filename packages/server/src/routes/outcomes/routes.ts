/**
 * Outcome series and attribution: list, batch upsert, CSV import (all or nothing) and
 * export of a workspace's outcomes, and `POST .../attribute`, the CLI's `attribute` on
 * them. Viewers read and attribute; editors write, and run large attributions as jobs.
 */
import { z } from 'zod';
import { access, POLICIES, roleAtLeast } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import {
  ATTRIBUTION_JOB_KIND,
  isLongAttribution,
  loadAttributionPanel,
  runAttribution,
} from '../../engine/attribution.js';
import { describeIssues } from '../../engine/execute.js';
import { learnFromHistory } from '../../engine/learn-standard.js';
import { EngineCancelled } from '../../engine/sample-runner.js';
import { acceptBinary } from '../../http/body.js';
import { abortWhenClientGoes } from '../../http/client-gone.js';
import type { RoutePlugin } from '../../http/context.js';
import { HttpProblem } from '../../http/problem.js';
import { enqueue } from '../../jobs/queue.js';
import { presentCoreDocument } from '../../presenters/core-document.js';
import { presentJob } from '../../presenters/job.js';
import { presentAs } from '../../presenters/report.js';
import {
  exportOutcomesCsv,
  listOutcomes,
  MAX_SERIES_POINTS,
  readOutcomeSeries,
  upsertOutcomes,
} from '../../store/outcomes.js';
import { readOutcomeCsvHeaders } from '../../store/outcomes-file.js';
import { importOutcomeFile } from '../../store/outcomes-import.js';
import { readImportHeaders } from '../../store/partners-import.js';
import { jobLinks } from '../engine/links.js';
import { fileFormatOf } from '../imports/file-format.js';
import { IMPORT_MEDIA_TYPES } from '../imports/schema.js';
import { slugParam } from '../shared-schema.js';
import {
  acceptedJob,
  attributeBody,
  attributionDocument,
  fileHeaders,
  learnBody,
  learnDocument,
  outcomeBatchBody,
  outcomeImportBody,
  outcomeImportQuery,
  outcomeSeries,
  outcomesSummary,
  outcomeWriteSummary,
  seriesQuery,
} from './schema.js';

const tags = ['outcomes and attribution'];

export const outcomeRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/workspaces/:slug/outcomes',
    {
      config: { access: access.workspace('outcomes', 'read') },
      schema: {
        summary: 'The outcomes stored (units, periods, range) and every unit with its links',
        tags,
        params: slugParam,
        response: { 200: outcomesSummary },
      },
    },
    async (request) => presentAs(outcomesSummary)(await listOutcomes(db, workspaceOf(request).id)),
  );

  app.put(
    '/api/workspaces/:slug/outcomes',
    {
      config: { access: access.workspace('outcomes', 'write') },
      schema: {
        summary:
          'Add or replace observations (by unit, outcome and period) and set units’ kind and links; all or nothing',
        tags,
        params: slugParam,
        body: outcomeBatchBody,
        response: { 200: outcomeWriteSummary },
      },
    },
    async (request) =>
      presentAs(outcomeWriteSummary)(
        await upsertOutcomes(db, workspaceOf(request).id, request.body, actorOf(request)),
      ),
  );

  app.get(
    '/api/workspaces/:slug/outcomes/series',
    {
      config: { access: access.workspace('outcomes', 'read') },
      schema: {
        summary: `The observations of one outcome by unit and period, for editing (at most ${MAX_SERIES_POINTS.toLocaleString('en-US')})`,
        tags,
        params: slugParam,
        querystring: seriesQuery,
        response: { 200: outcomeSeries },
      },
    },
    async (request) =>
      presentAs(outcomeSeries)(
        await readOutcomeSeries(db, workspaceOf(request).id, request.query.outcome),
      ),
  );

  app.get(
    '/api/workspaces/:slug/exports/outcomes.csv',
    {
      config: { access: access.workspace('exports', 'read') },
      schema: {
        summary:
          'Every observation as a long CSV (unit, kind, partner, agreement, period, outcome, value)',
        tags,
        params: slugParam,
        response: {
          200: { description: 'outcomes as CSV', content: { 'text/csv': { schema: z.string() } } },
        },
      },
    },
    async (request, reply) => {
      const ws = workspaceOf(request);
      return reply
        .type('text/csv')
        .header('content-disposition', `attachment; filename="${ws.slug}-outcomes.csv"`)
        .send(await exportOutcomesCsv(db, ws.id));
    },
  );

  app.post(
    '/api/workspaces/:slug/attribute',
    {
      config: { access: access.workspace('engine', 'read') },
      serializerCompiler: () => (data: unknown) => JSON.stringify(data),
      schema: {
        summary:
          'What the agreement caused on a stored outcome (DiD, synthetic control, synthetic DiD)',
        description:
          "The body holds the options of `partnerfolio attribute`, naming a stored outcome and an agreement instead of CSV columns: units linked to the agreement are treated from the period holding its start date; units linked to no agreement are the controls. The answer is the CLI's `--json` document (plus `agreement`). A large panel (placebo × units × periods over 2,000,000), or `async: true`, answers 202 with a job (editors).",
        tags,
        params: slugParam,
        body: attributeBody,
        response: { 200: attributionDocument, 202: acceptedJob },
      },
    },
    async (request, reply) => {
      const workspace = workspaceOf(request);
      const { async: runAsJob, ...options } = request.body;
      const panel = await loadAttributionPanel(db, workspace.id, options);
      if (!panel.ok) {
        throw new HttpProblem(
          'unprocessable',
          `cannot attribute: ${panel.issues[0]?.message ?? 'the outcomes do not make a panel'}`,
          { errors: describeIssues(panel.issues).map((e) => ({ ...e, location: 'body' })) },
        );
      }
      if (runAsJob === true || isLongAttribution(panel.value, options)) {
        if (!roleAtLeast(workspace.role, POLICIES.jobs.write)) {
          throw new HttpProblem(
            'forbidden',
            `running an attribution as a job (a large panel, or async) needs the role ${POLICIES.jobs.write}; yours is ${workspace.role}`,
          );
        }
        const job = await enqueue(db, {
          workspaceId: workspace.id,
          kind: ATTRIBUTION_JOB_KIND,
          input: { options },
          createdBy: actorOf(request),
        });
        const links = jobLinks(workspace.slug, job.id);
        return reply
          .code(202)
          .header('location', links.self)
          .send({ job: presentJob(job), links });
      }
      const client = abortWhenClientGoes(reply);
      try {
        const answer = await runAttribution(panel.value, options, { signal: client.signal });
        if (!answer.ok) {
          throw new HttpProblem(
            'unprocessable',
            `cannot attribute: ${answer.issues[0]?.message ?? 'the estimators refused the panel'}`,
            { errors: describeIssues(answer.issues).map((e) => ({ ...e, location: 'body' })) },
          );
        }
        return reply.code(200).send(presentCoreDocument(answer.value as never));
      } catch (error) {
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

  app.post(
    '/api/workspaces/:slug/learn-standard',
    {
      config: { access: access.workspace('engine', 'read') },
      schema: {
        summary:
          'Which criteria predicted success, and the weights that would have ranked past partners best',
        description:
          'Each partner is judged by the scores it had when it was selected (the assessments’ history at its first move into active, agreement start or reviewed period, whichever came first; never today’s scores) against the success measure chosen: `realised-net` (its reviews’ actual return − actual cost), `settled-net` (what our side netted in the settlement statements in force of its agreements) or `attributed-effect` (the synthetic-DiD effect of its agreements on `outcome`). Per criterion: Spearman rank correlation with a seeded bootstrap 95% interval; weights fit on that history and validated leave-one-out, beside today’s, with the partners whose rank would change. The answer names the measure, how many partnerships had it (`measured`), and those left out for want of scores at selection (`unscored`). Fewer than 8 partnerships answer `status: "insufficient"`. Nothing is saved: adopt the weights with `PUT .../criteria`.',
        tags,
        params: slugParam,
        body: learnBody,
        response: { 200: learnDocument },
      },
    },
    async (request) => {
      const answer = await learnFromHistory(db, workspaceOf(request).id, request.body);
      if (!answer.ok) {
        throw new HttpProblem(
          'unprocessable',
          `cannot learn the standard: ${answer.issues[0]?.message ?? 'the history does not fit'}`,
          { errors: describeIssues(answer.issues).map((e) => ({ ...e, location: 'body' })) },
        );
      }
      return presentAs(learnDocument)(answer.value as never);
    },
  );
};

/** The file import, in its own scope: its body is the file (CSV or XLSX), not JSON. */
export const outcomeImportRoutes: RoutePlugin = async (app, { db, config }) => {
  app.removeContentTypeParser('application/json');
  acceptBinary(app, IMPORT_MEDIA_TYPES, config.importBodyLimitBytes);
  app.post(
    '/api/workspaces/:slug/imports/outcomes/headers',
    {
      config: { access: access.workspace('outcomes', 'write') },
      bodyLimit: config.importBodyLimitBytes,
      schema: {
        summary: 'The header row of an outcomes file (CSV or XLSX), to choose its columns',
        tags,
        params: slugParam,
        consumes: [...IMPORT_MEDIA_TYPES],
        body: outcomeImportBody,
        response: { 200: fileHeaders },
      },
    },
    async (request) => {
      const format = fileFormatOf(request, request.body);
      return presentAs(fileHeaders)({
        headers:
          format === 'csv'
            ? readOutcomeCsvHeaders(request.body)
            : await readImportHeaders(format, request.body),
      });
    },
  );

  app.post(
    '/api/workspaces/:slug/imports/outcomes',
    {
      config: { access: access.workspace('outcomes', 'write') },
      bodyLimit: config.importBodyLimitBytes,
      schema: {
        summary: 'Import outcomes from a CSV or XLSX file: every row or, on any error, none',
        description:
          'The body is the file itself: a CSV (`text/csv`; comma, semicolon or tab, detected) or an XLSX workbook (its first sheet; the header is row 1). Name the unit and period columns, and either the value columns (`outcomes`, a wide file) or the outcome-name and value columns (a long file). With `treated` and `agreement`, the units marked 1 are linked to the agreement. Errors name the line and column.',
        tags,
        params: slugParam,
        querystring: outcomeImportQuery,
        consumes: [...IMPORT_MEDIA_TYPES],
        body: outcomeImportBody,
        response: { 200: outcomeWriteSummary },
      },
    },
    async (request) => {
      const q = request.query;
      return presentAs(outcomeWriteSummary)(
        await importOutcomeFile(
          db,
          workspaceOf(request).id,
          { format: fileFormatOf(request, request.body), data: request.body },
          {
            unit: q.unit,
            time: q.time,
            ...(q.outcomes === undefined ? {} : { outcomes: q.outcomes }),
            ...(q.outcomeName === undefined ? {} : { outcomeName: q.outcomeName }),
            ...(q.value === undefined ? {} : { value: q.value }),
            ...(q.treated === undefined ? {} : { treated: q.treated }),
            agreement: q.agreement,
            kind: q.kind,
          },
          actorOf(request),
        ),
      );
    },
  );
};
