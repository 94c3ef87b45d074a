import { IMPORT_FIELDS, IMPORT_LIMITS } from '@partnerfolio/core';
import { z } from 'zod';
import { slugParam } from '../shared-schema.js';

export const CSV_TYPES = ['text/csv', 'application/csv'] as const;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_MEDIA_TYPES = [...CSV_TYPES, XLSX_TYPE] as const;

/** `{ field: column header }`, sent JSON-encoded in `?mapping=` or the `x-import-mapping` header. */
const mappingText = z
  .string()
  .max(IMPORT_LIMITS.maxMappingChars)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object: {"id": "Partner ID", ...}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().min(1).max(IMPORT_LIMITS.maxFieldChars),
      z.string().max(IMPORT_LIMITS.maxHeaderChars),
    ),
  )
  .meta({
    description: `JSON: which column holds which field, e.g. {"id":"Partner ID","kind":"Type","scores.tech":"Tech"}. Fields: ${IMPORT_FIELDS.join(', ')}, scores.<criterion>, uses.<resource>. Default: each column whose header is a field name (any case) or one of its aliases.`,
  });

export const importQuery = z.object({ mapping: mappingText.optional() });

export const importHeaders = z.looseObject({ 'x-import-mapping': mappingText.optional() });

export const importBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value) && value.length > 0, {
    error: 'send the file itself as the body: CSV (text/csv) or XLSX',
  })
  .meta({ description: 'the file (CSV or XLSX), as the raw request body', format: 'binary' });

export const IMPORT_DESCRIPTION = `The file is the request body itself (no multipart): Content-Type \`text/csv\` or \`${XLSX_TYPE}\`. The column mapping is a JSON object in the \`mapping\` query parameter or the \`x-import-mapping\` header; without one, every column whose header is a field name (as in an export) is used. Rows are matched to partners by id: a known id updates that partner, a new one creates it. Errors name the row (the header is row 1) and the column.`;

const importedPartner = z.object({
  id: z.string(),
  name: z.string().optional(),
  kind: z.string().optional(),
  status: z.string().optional(),
  domains: z.array(z.string()).optional(),
  offers: z.array(z.string()).optional(),
  notes: z.string().optional(),
  cost: z.unknown().optional(),
  return: z.unknown().optional(),
  alpha: z.number().optional(),
  beta: z.number().optional(),
  scores: z.record(z.string(), z.number()),
  uses: z.record(z.string(), z.number()),
});

export const previewSchema = z.object({
  rows: z.array(
    z.object({ row: z.int(), action: z.enum(['create', 'update']), partner: importedPartner }),
  ),
  errors: z.array(z.object({ row: z.int(), column: z.string(), message: z.string() })),
});

export const importSummary = z.object({
  created: z.int(),
  updated: z.int(),
  assessments: z.int(),
  estimates: z.int(),
});

export { slugParam };
