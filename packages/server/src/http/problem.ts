/**
 * The API's one error shape: RFC 9457 `application/problem+json` with a stable machine
 * `code`, and for invalid input the path of every field at fault. Handlers throw an
 * `HttpProblem` (or let a `StoreError` / `AccountError` escape); `error-handler.ts` turns
 * whatever was thrown into a `Problem`.
 */
import type { MessageParam } from '@partnerfolio/core';
import { z } from 'zod';
import { messageParamSchema } from './message-schema.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  /** `partners[3].cost`, relative to `location`. */
  readonly path: string;
  readonly message: string;
  /** Which part of the request: body (the default), query, params or headers. */
  readonly location?: 'body' | 'query' | 'params' | 'headers';
  /** The engine's or zod's code for this issue, when there is one. */
  readonly code?: string;
  /** The values of `message`, to say it from `code` in another language (core's `ISSUE_PARAMS`). */
  readonly params?: Readonly<Record<string, MessageParam>>;
  readonly line?: number;
  readonly column?: number;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
  /** For a stale write: the record as it is now. */
  readonly current?: unknown;
  /** For a refused state change: the states that are allowed from here. */
  readonly allowed?: readonly string[];
}

/** Every code the API answers with, its status and its title. */
export const PROBLEMS = {
  invalid_request: [400, 'The request is not valid'],
  malformed_body: [400, 'The request body cannot be read'],
  unauthenticated: [401, 'Sign in or send an API token'],
  invalid_credentials: [401, 'Wrong email or password'],
  forbidden: [403, 'Your role does not allow this'],
  csrf: [403, 'Missing or wrong CSRF token'],
  not_found: [404, 'Not found'],
  method_not_allowed: [405, 'Method not allowed'],
  not_acceptable: [406, 'Not acceptable'],
  conflict: [409, 'The record changed since you read it'],
  duplicate: [409, 'It already exists'],
  invalid_transition: [409, 'That change of state is not allowed'],
  last_owner: [409, 'A workspace needs an owner'],
  precondition_required: [428, 'Say which version you are changing'],
  payload_too_large: [413, 'The request body is too large'],
  uri_too_long: [414, 'A part of the URL is too long'],
  unsupported_media_type: [415, 'Unsupported content type'],
  unprocessable: [422, 'The data is not valid'],
  invalid_spec: [422, 'The portfolio spec is not valid'],
  rate_limited: [429, 'Too many requests'],
  internal: [500, 'Internal server error'],
  unavailable: [503, 'Service unavailable'],
} as const satisfies Record<string, readonly [number, string]>;

export type ProblemCode = keyof typeof PROBLEMS;

export const problemType = (code: string): string => `urn:partnerfolio:problem:${code}`;

export interface ProblemExtras {
  readonly errors?: readonly FieldError[];
  readonly current?: unknown;
  readonly allowed?: readonly string[];
  /** Extra response headers (`Retry-After`, `WWW-Authenticate`, ...). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** An error a handler throws to answer with a given problem. */
export class HttpProblem extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = PROBLEMS[code][0];
  }

  toProblem(instance?: string): Problem {
    const { errors, current, allowed } = this.extras;
    return {
      type: problemType(this.code),
      title: PROBLEMS[this.code][1],
      status: this.status,
      detail: this.detail,
      code: this.code,
      ...(instance === undefined ? {} : { instance }),
      ...(errors === undefined ? {} : { errors }),
      ...(current === undefined ? {} : { current }),
      ...(allowed === undefined ? {} : { allowed }),
    };
  }
}

export const notFound = (what: string): HttpProblem =>
  new HttpProblem('not_found', `${what} not found`);

export const invalidRequest = (detail: string, errors: readonly FieldError[]): HttpProblem =>
  new HttpProblem('invalid_request', detail, { errors });

/** `['partners', 3, 'cost']` → `partners[3].cost` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The problem document as a zod schema, for the OpenAPI description. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.string().meta({ description: 'stable machine code, e.g. `invalid_request`' }),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string().meta({ description: 'e.g. `partners[3].cost`' }),
          message: z.string(),
          location: z.enum(['body', 'query', 'params', 'headers']).optional(),
          code: z.string().optional(),
          params: z.record(z.string(), messageParamSchema).optional(),
          line: z.int().optional(),
          column: z.int().optional(),
        }),
      )
      .optional(),
    current: z.unknown().optional(),
    allowed: z.array(z.string()).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' });
