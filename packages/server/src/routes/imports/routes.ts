/**
 * Partners in and out as CSV or XLSX: preview an import (nothing written), import (all or
 * nothing), export. The spec is exported here too, as a download.
 */
import { defaultImportMapping } from '@partnerfolio/core';
import type { FastifyReply } from 'fastify';
import { stringify } from 'yaml';
import { z } from 'zod';
import { access } from '../../auth/policies.js';
import { actorOf, workspaceOf } from '../../auth/principal.js';
import { acceptBinary } from '../../http/body.js';
import type { RoutePlugin } from '../../http/context.js';
import { sendJson } from '../../http/json-text.js';
import { presentAs } from '../../presenters/report.js';
import { exportPartnersCsv, exportPartnersXlsx } from '../../store/partners-export.js';
import {
  type ImportFormat,
  type ImportMapping,
  importPartners,
  previewPartnerImportJson,
  readImportHeaders,
} from '../../store/partners-import.js';
import { exportWorkspaceSpec } from '../../store/spec-io.js';
import { fileFormatOf } from './file-format.js';
import {
  IMPORT_DESCRIPTION,
  IMPORT_MEDIA_TYPES,
  importBody,
  importHeaders,
  importQuery,
  importSummary,
  previewSchema,
  slugParam,
  XLSX_TYPE,
} from './schema.js';

/**
 * The mapping sent, or by default every column named after a field (what an export writes),
 * in any case or by an alias (core's `defaultImportMapping`, as the web app guesses it).
 */
async function mappingOf(
  given: ImportMapping | undefined,
  format: ImportFormat,
  data: Buffer,
): Promise<ImportMapping> {
  if (given !== undefined) return given;
  const headers = await readImportHeaders(format, data);
  return defaultImportMapping(headers);
}

function download(reply: FastifyReply, type: string, filename: string, body: string | Buffer) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(body);
}

export const importRoutes: RoutePlugin = async (app, { db, config }) => {
  // Here the body is the file's bytes; JSON is not accepted (415).
  app.removeContentTypeParser('application/json');
  acceptBinary(app, IMPORT_MEDIA_TYPES, config.importBodyLimitBytes);
  const tags = ['import and export'];
  const importSchema = {
    tags,
    description: IMPORT_DESCRIPTION,
    params: slugParam,
    querystring: importQuery,
    headers: importHeaders,
    consumes: [...IMPORT_MEDIA_TYPES],
    body: importBody,
  };

  app.post(
    '/api/workspaces/:slug/imports/partners/preview',
    {
      config: { access: access.workspace('imports', 'write') },
      bodyLimit: config.importBodyLimitBytes,
      schema: {
        ...importSchema,
        summary: 'What importing this CSV/XLSX file would do (writes nothing)',
        response: { 200: previewSchema },
      },
    },
    async (request, reply) => {
      const format = fileFormatOf(request, request.body);
      const given = request.query.mapping ?? request.headers['x-import-mapping'];
      const mapping = await mappingOf(given, format, request.body);
      // Serialised where the file was read (a worker when large): see store/import-plan.ts.
      const json = await previewPartnerImportJson(db, workspaceOf(request).id, {
        format,
        data: request.body,
        mapping,
      });
      return sendJson(reply, Buffer.from(json.buffer, json.byteOffset, json.byteLength));
    },
  );

  app.post(
    '/api/workspaces/:slug/imports/partners',
    {
      config: { access: access.workspace('imports', 'write') },
      bodyLimit: config.importBodyLimitBytes,
      schema: {
        ...importSchema,
        summary: 'Import partners from CSV/XLSX: all rows or, on any error, none',
        response: { 200: importSummary },
      },
    },
    async (request) => {
      const format = fileFormatOf(request, request.body);
      const given = request.query.mapping ?? request.headers['x-import-mapping'];
      const mapping = await mappingOf(given, format, request.body);
      return presentAs(importSummary)(
        await importPartners(
          db,
          workspaceOf(request).id,
          { format, data: request.body, mapping },
          actorOf(request),
        ),
      );
    },
  );

  const exportRoute = (
    file: string,
    summary: string,
    type: string,
    make: (workspaceId: string) => Promise<string | Buffer>,
  ) =>
    app.get(
      `/api/workspaces/:slug/exports/${file}`,
      {
        config: { access: access.workspace('exports', 'read') },
        schema: {
          summary,
          tags,
          params: slugParam,
          response: { 200: { description: summary, content: { [type]: { schema: z.string() } } } },
        },
      },
      async (request, reply) => {
        const ws = workspaceOf(request);
        return download(reply, type, `${ws.slug}-${file}`, await make(ws.id));
      },
    );

  exportRoute('partners.csv', 'Partners as CSV', 'text/csv', (id) => exportPartnersCsv(db, id));
  exportRoute('partners.xlsx', 'Partners as XLSX', XLSX_TYPE, (id) => exportPartnersXlsx(db, id));
  exportRoute('spec.yaml', 'The portfolio spec as a YAML file', 'application/yaml', async (id) =>
    stringify(await exportWorkspaceSpec(db, id), { lineWidth: 0 }),
  );
  exportRoute(
    'spec.json',
    'The portfolio spec as a JSON file',
    'application/json',
    async (id) => `${JSON.stringify(await exportWorkspaceSpec(db, id), null, 2)}\n`,
  );
};
