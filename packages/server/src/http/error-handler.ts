/**
 * Turns anything a request can throw into a problem document: our own `HttpProblem`, the
 * store's `StoreError`, the account functions' `AccountError`, zod validation failures
 * (with the path of every field), Fastify's body-parsing errors, and for everything else
 * a 500 that says nothing about the internals (the log has the stack).
 */
import { type Issue, routeIssue } from '@partnerfolio/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { type AccountError, isAccountError } from '../store/account-errors.js';
import { isStoreError, type StoreError } from '../store/errors.js';
import {
  type FieldError,
  formatFieldPath,
  HttpProblem,
  notFound,
  PROBLEM_CONTENT_TYPE,
  type ProblemCode,
} from './problem.js';

type Location = NonNullable<FieldError['location']>;

const LOCATIONS: Record<string, Location> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** An issue's path as the store or core gives it → a field error. */
export const fromIssue = (issue: Issue, location?: Location): FieldError => ({
  path: formatFieldPath(issue.path),
  message: issue.message,
  code: issue.code,
  ...(issue.params === undefined ? {} : { params: issue.params }),
  ...(location === undefined ? {} : { location }),
  ...(issue.line === undefined ? {} : { line: issue.line }),
  ...(issue.column === undefined ? {} : { column: issue.column }),
});

/** `/partners/3/cost` (the type provider's form) → `partners[3].cost`. */
function fromInstancePath(instancePath: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return formatFieldPath(parts);
}

const describeFields = (errors: readonly FieldError[]): string =>
  errors
    .slice(0, 3)
    .map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`))
    .join('; ') + (errors.length > 3 ? `; and ${errors.length - 3} more` : '');

function fromStoreError(error: StoreError): HttpProblem {
  const { current, issues, allowed } = error.details;
  const errors = issues?.map((issue) => fromIssue(issue, 'body'));
  const extras = {
    ...(current === undefined ? {} : { current }),
    ...(errors === undefined ? {} : { errors }),
    ...(allowed === undefined ? {} : { allowed }),
  };
  const code: ProblemCode =
    error.code === 'invalid'
      ? 'unprocessable'
      : error.code === 'not_found'
        ? 'not_found'
        : error.code;
  return new HttpProblem(code, error.message, extras);
}

function fromAccountError(error: AccountError): HttpProblem {
  const errors: FieldError[] =
    error.field === undefined
      ? []
      : [
          {
            path: error.field,
            message: error.message,
            location: 'body',
            ...(error.reason === undefined ? {} : { code: error.reason }),
          },
        ];
  switch (error.code) {
    case 'invalid':
    case 'unknown_user':
      return new HttpProblem('unprocessable', error.message, { errors });
    case 'duplicate':
      return new HttpProblem('duplicate', error.message, { errors });
    case 'last_owner':
      return new HttpProblem('last_owner', error.message);
    case 'forbidden':
      return new HttpProblem('forbidden', error.message);
    case 'invalid_credentials':
      return new HttpProblem('invalid_credentials', error.message);
    case 'unknown_workspace':
    case 'not_member':
      return new HttpProblem('not_found', error.message);
  }
}

const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_VALIDATION: 'invalid_request',
};

const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

type BranchIssue = { code: string; message: string; path: readonly unknown[]; params?: unknown };

/**
 * For a union (a distribution is a number or an object), the branch whose type fits the
 * value explains the error (`1e308 is beyond ±1e12`), as in the store's `toIssues`.
 */
function unionBranch(keyword: string, params: unknown): { message?: string; code?: string } {
  const branches = (params as { errors?: BranchIssue[][] } | undefined)?.errors;
  if (keyword !== 'invalid_union' || !Array.isArray(branches)) return {};
  const fitting = branches.find(
    (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
  );
  const first = fitting?.[0];
  if (first === undefined || first.path.length > 0) return {};
  const code = (first.params as { code?: unknown } | undefined)?.code;
  return { message: first.message, code: typeof code === 'string' ? code : first.code };
}

/** The problem for a thrown value, or undefined for an unexpected error (→ 500). */
export function problemFor(error: unknown): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (isStoreError(error)) return fromStoreError(error);
  if (isAccountError(error)) return fromAccountError(error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const location = LOCATIONS[context] ?? 'body';
    const errors = error.validation.map((v) => {
      const branch = unionBranch(v.keyword, v.params);
      return {
        path: fromInstancePath(v.instancePath),
        message: v.message ?? 'is not valid',
        location,
        ...(branch.code === undefined ? routeIssue(v.keyword, v.params) : {}),
        ...branch,
      };
    });
    return new HttpProblem('invalid_request', `invalid ${location}: ${describeFields(errors)}`, {
      errors,
    });
  }
  if (error instanceof ZodError) {
    const errors = error.issues.map((issue) => ({
      path: formatFieldPath(issue.path),
      message: issue.message,
      ...routeIssue(issue.code, issue),
    }));
    return new HttpProblem('invalid_request', describeFields(errors), { errors });
  }
  const fastify = error as Partial<FastifyError> | null;
  if (fastify && typeof fastify === 'object' && typeof fastify.statusCode === 'number') {
    const status = fastify.statusCode;
    const code = (fastify.code ? FASTIFY_CODES[fastify.code] : undefined) ?? STATUS_CODES[status];
    if (code !== undefined && status < 500) {
      return new HttpProblem(code, fastify.message || String(status));
    }
  }
  return undefined;
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: HttpProblem,
): FastifyReply {
  for (const [name, value] of Object.entries(problem.extras.headers ?? {})) {
    reply.header(name, value);
  }
  return reply
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problem.toProblem(request.url.split('?')[0]));
}

const internal = () =>
  new HttpProblem('internal', 'something went wrong on the server; the log has the details');

/**
 * For Fastify's `frameworkErrors` option: errors raised while routing (a bad URL, a path
 * parameter over the length limit), before any handler or hook could run.
 */
export function frameworkErrorHandler(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  return sendProblem(reply, request, problemFor(error) ?? internal());
}

/** Installs the error and not-found handlers on the root instance. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    const problem = problemFor(error);
    if (problem) {
      if (problem.status >= 500) request.log.error({ err: error }, problem.detail);
      return sendProblem(reply, request, problem);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, request, internal());
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, notFound(`${request.method} ${request.url.split('?')[0] ?? ''}`)),
  );
}
