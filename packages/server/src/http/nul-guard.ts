/**
 * Text with a NUL character (U+0000) is refused at the door: PostgreSQL cannot store it
 * in a text column (SQLite can), so letting it through would make the same request a 500
 * on one database and a success on the other. Path, query and bodies are checked.
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

const ENCODED_NUL = /%00/i;

export const nulProblem = (where: string) =>
  new HttpProblem(
    'invalid_request',
    `the ${where} contains a NUL character (\\u0000), which no field may hold`,
    {
      errors: [{ path: '', message: 'contains a NUL character (\\u0000)' }],
    },
  );

/** True when a parsed JSON value holds a NUL character in any string (key or value). */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  }
  return false;
}

export function installNulGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (ENCODED_NUL.test(request.url) || request.url.includes('\u0000')) {
      throw nulProblem('URL');
    }
  });
}
