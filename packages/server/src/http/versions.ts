/**
 * Optimistic concurrency over HTTP: a change names the version it is based on, in the body
 * (`version`) or in an `If-Match` header (`"3"`, `W/"3"` or `3`); reads send it back as an
 * `ETag`. A change that names no version is refused (428), never applied blindly.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

const IF_MATCH = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/;

export function expectedVersion(request: FastifyRequest, fromBody: number | undefined): number {
  if (fromBody !== undefined) return fromBody;
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header !== '') {
    const match = IF_MATCH.exec(header)?.[1];
    if (match === undefined) {
      throw new HttpProblem('invalid_request', 'If-Match must be a version, e.g. "3"', {
        errors: [{ path: 'if-match', message: 'must be a version, e.g. "3"', location: 'headers' }],
      });
    }
    return Number(match);
  }
  throw new HttpProblem(
    'precondition_required',
    'say which version you are changing: send `version` in the body or an If-Match header',
  );
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}
