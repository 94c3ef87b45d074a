/**
 * Text the store could not keep faithfully is refused at the door, with a 400 naming
 * what is wrong:
 * - a NUL character (U+0000): PostgreSQL cannot store it in a text column (SQLite can),
 *   so letting it through would make the same request a 500 on one database and a
 *   success on the other;
 * - a lone surrogate (`"\ud800"`): not Unicode, so it is stored as U+FFFD and the record
 *   can no longer be found by the id it was written with (and its audit entry's hash no
 *   longer matches what is read back);
 * - nesting deeper than the document limit: every later walk would pay for it.
 * Path, query and bodies are checked; JSON bodies in one iterative walk.
 */
import { DOCUMENT_LIMITS, isWellFormedText } from '@partnerfolio/core';
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

export const surrogateProblem = (where: string, path = '') =>
  new HttpProblem(
    'invalid_request',
    `the ${where} is not well-formed Unicode${path ? ` at ${path}` : ''}: it holds a lone surrogate (such as \\ud800); send UTF-8 text`,
    { errors: [{ path, message: 'not well-formed Unicode (a lone surrogate)' }] },
  );

export const depthProblem = (where: string, depth: number) =>
  new HttpProblem(
    'invalid_request',
    `the ${where} nests more than ${DOCUMENT_LIMITS.maxDepth} levels deep (maxDepth); flatten it`,
    {
      errors: [
        {
          path: '',
          code: 'too_deep',
          message: `nests ${depth > DOCUMENT_LIMITS.maxDepth ? 'more than ' : ''}${DOCUMENT_LIMITS.maxDepth} levels deep`,
        },
      ],
    },
  );

/** What is wrong with one string, if anything. */
export function textFault(text: string): 'nul' | 'surrogate' | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (!isWellFormedText(text)) return 'surrogate';
  return undefined;
}

/** The first fault of a parsed JSON value: a bad string (key or value) or too much depth. */
export function jsonFault(
  value: unknown,
  maxDepth: number = DOCUMENT_LIMITS.maxDepth,
): { kind: 'nul' | 'surrogate' | 'depth'; path: string } | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number; path: string };
    const node = top.value;
    if (typeof node === 'string') {
      const fault = textFault(node);
      if (fault !== undefined) return { kind: fault, path: top.path };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (top.depth >= maxDepth) return { kind: 'depth', path: top.path };
    if (Array.isArray(node)) {
      node.forEach((item: unknown, i) => {
        stack.push({ value: item, depth: top.depth + 1, path: `${top.path}[${i}]` });
      });
      continue;
    }
    for (const [key, member] of Object.entries(node)) {
      const path = top.path === '' ? key : `${top.path}.${key}`;
      const fault = textFault(key);
      if (fault !== undefined) return { kind: fault, path };
      stack.push({ value: member, depth: top.depth + 1, path });
    }
  }
  return undefined;
}

/** True when a parsed JSON value holds a NUL character in any string (key or value). */
export function containsNul(value: unknown): boolean {
  return jsonFault(value, Number.POSITIVE_INFINITY)?.kind === 'nul';
}

/** The problem to answer for a JSON body, or undefined when it is fine. */
export function jsonBodyProblem(value: unknown): HttpProblem | undefined {
  const fault = jsonFault(value);
  if (fault === undefined) return undefined;
  if (fault.kind === 'nul') return nulProblem('JSON body');
  if (fault.kind === 'surrogate') return surrogateProblem('JSON body', fault.path);
  return depthProblem('JSON body', DOCUMENT_LIMITS.maxDepth + 1);
}

/** The problem to answer for a text body, or undefined when it is fine. */
export function textBodyProblem(text: string | Buffer, where = 'body'): HttpProblem | undefined {
  const fault = textFault(typeof text === 'string' ? text : text.toString('utf8'));
  if (fault === 'nul') return nulProblem(where);
  if (fault === 'surrogate') return surrogateProblem(where);
  return undefined;
}

export function installNulGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (ENCODED_NUL.test(request.url) || request.url.includes('\u0000')) {
      throw nulProblem('URL');
    }
  });
}
