import type { FastifyRequest } from 'fastify';
import { nulProblem } from '../../http/nul-guard.js';
import type { ImportFormat } from '../../store/import-table.js';
import { XLSX_TYPE } from './schema.js';

/** An uploaded file's format, by its content type: XLSX, or else CSV (text, so no NUL byte). */
export function fileFormatOf(request: FastifyRequest, body: Buffer): ImportFormat {
  if ((request.headers['content-type'] ?? '').toLowerCase().startsWith(XLSX_TYPE)) return 'xlsx';
  // A CSV is text; a NUL byte in it could not be stored (see http/nul-guard.ts).
  if (body.includes(0)) throw nulProblem('CSV file');
  return 'csv';
}
