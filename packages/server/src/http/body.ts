/**
 * Request body parsing. JSON everywhere (an empty body reads as "no body" rather than an
 * error, so a DELETE with a stray JSON content type works); route plugins that take text
 * or files add their own parsers in their own scope (`acceptText`, `acceptBinary`), so a
 * YAML or CSV body is refused with 415 everywhere else.
 */
import type { FastifyInstance } from 'fastify';
import { jsonBodyProblem, textBodyProblem } from './nul-guard.js';

export function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, text, (error, value) => {
      const problem = error ? undefined : jsonBodyProblem(value);
      if (problem !== undefined) done(problem, undefined);
      else done(error, value);
    });
  });
}

/** Reads bodies of these media types as a UTF-8 string. */
export function acceptText(app: FastifyInstance, mediaTypes: readonly string[]): void {
  for (const type of mediaTypes) {
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(type, { parseAs: 'string' }, (_request, body, done) => {
      // A body with invalid UTF-8 decodes to U+FFFD, which is well-formed: only a lone
      // surrogate escaped in JSON text (`"\ud800"`) reaches the parsed value's check.
      const problem = textBodyProblem(body);
      if (problem !== undefined) done(problem, undefined);
      else done(null, body);
    });
  }
}

/** Reads bodies of these media types as raw bytes (a `Buffer`). */
export function acceptBinary(
  app: FastifyInstance,
  mediaTypes: readonly string[],
  bodyLimit?: number,
): void {
  for (const type of mediaTypes) {
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', ...(bodyLimit === undefined ? {} : { bodyLimit }) },
      (_request, body, done) => {
        done(null, body);
      },
    );
  }
}
