/**
 * Every failed API call becomes one `ApiError`: the server's problem+json document
 * (stable `code`, `detail`, the path of every field at fault) when it sent one, and
 * otherwise a code made from the status, or `network` when no answer came at all.
 * Screens show `problemMessage(error, t)` and put `fieldErrors` next to their fields.
 */

import { sayIssue } from '../i18n/codes/say-issue';
import { en, type MessageKey } from '../i18n/en';
import type { Translator } from '../i18n/translator';
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

/** The status's code when the body is not a problem document (the server's own table). */
const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  428: 'precondition_required',
  429: 'rate_limited',
  500: 'internal',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
    /** The problem's stable machine code (`invalid_request`, `conflict`, ..., or `network`). */
    readonly code: string,
    readonly detail: string,
    readonly fieldErrors: readonly FieldError[] = [],
    /** The whole problem document, when the server sent one (`current`, `allowed`, ...). */
    readonly problem?: Problem,
  ) {
    super(detail);
  }

  /** The field errors at `path` (`partners[3].cost`), for a form item's help text. */
  errorsAt(path: string): readonly FieldError[] {
    return this.fieldErrors.filter((e) => e.path === path);
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The well-formed field errors of a problem's (or a failed job's) `errors`/`issues`. */
export function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldError[] => {
    if (!isRecord(item) || typeof item.path !== 'string' || typeof item.message !== 'string') {
      return [];
    }
    const location = item.location;
    return [
      {
        path: item.path,
        message: item.message,
        ...(location === 'body' ||
        location === 'query' ||
        location === 'params' ||
        location === 'headers'
          ? { location }
          : {}),
        ...(typeof item.code === 'string' ? { code: item.code } : {}),
        // The values of the message, to say it from its code (see i18n/codes/say-message.ts).
        ...(isRecord(item.params)
          ? { params: item.params as NonNullable<FieldError['params']> }
          : {}),
        ...(typeof item.line === 'number' ? { line: item.line } : {}),
        ...(typeof item.column === 'number' ? { column: item.column } : {}),
      },
    ];
  });
}

/** The problem document in `body`, if it is one. */
export function parseProblem(body: unknown, status: number): Problem | undefined {
  if (!isRecord(body) || typeof body.code !== 'string') return undefined;
  const errors = fieldErrorsOf(body.errors);
  const allowed = Array.isArray(body.allowed)
    ? body.allowed.filter((a): a is string => typeof a === 'string')
    : undefined;
  return {
    type: typeof body.type === 'string' ? body.type : `urn:partnerfolio:problem:${body.code}`,
    title: typeof body.title === 'string' ? body.title : body.code,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : '',
    code: body.code,
    ...(typeof body.instance === 'string' ? { instance: body.instance } : {}),
    ...(Array.isArray(body.errors) ? { errors } : {}),
    ...('current' in body ? { current: body.current } : {}),
    ...(allowed === undefined ? {} : { allowed }),
  };
}

/** The error for a response that was not ok, from its status and (parsed) body. */
export function toApiError(status: number, body: unknown): ApiError {
  const problem = parseProblem(body, status);
  if (problem !== undefined) {
    return new ApiError(
      status,
      problem.code,
      problem.detail || problem.title,
      problem.errors ?? [],
      problem,
    );
  }
  const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal' : 'http_error');
  const text = typeof body === 'string' && body.trim() !== '' ? body.trim() : `HTTP ${status}`;
  return new ApiError(status, code, text);
}

/** The error for a request that got no answer (offline, refused, aborted). */
export function networkError(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(0, 'network', message);
}

type ProblemKey = Exclude<Extract<MessageKey, `problem.${string}`>, 'problem.unknown'>;

/** Codes whose server detail names the record or field at fault: worth showing too. */
const DETAILED: ReadonlySet<string> = new Set([
  'invalid_request',
  'unprocessable',
  'invalid_spec',
  'duplicate',
  'forbidden',
  'not_found',
]);

function problemKey(code: string): ProblemKey | undefined {
  const key = `problem.${code}`;
  return key !== 'problem.unknown' && Object.hasOwn(en, key) ? (key as ProblemKey) : undefined;
}

/**
 * What to tell the user: our translation of the code, followed by the server's detail
 * when it names the record or field at fault; an unknown code shows the server's detail.
 * In a language other than English the (English) detail gives way to the field errors
 * said in that language, or to the translation alone.
 */
export function problemMessage(error: unknown, i18n: Translator): string {
  return problemText(error, i18n);
}

/**
 * A failed job's error in the reader's language: in English the server's own words (as
 * before); otherwise the problem's translation with its issues said from their codes.
 */
export function jobFailureMessage(
  failure: {
    readonly code: string;
    readonly message: string;
    readonly issues?: readonly FieldError[];
  },
  i18n: Translator,
): string {
  if (i18n.locale === 'en') return failure.message;
  return problemText(new ApiError(0, failure.code, failure.message, failure.issues ?? []), i18n);
}

function problemText(error: unknown, i18n: Translator): string {
  const { t } = i18n;
  if (!isApiError(error)) return t('error.title');
  const key = problemKey(error.code);
  if (key === undefined) {
    return error.detail !== '' ? error.detail : t('problem.unknown', { status: error.status });
  }
  const summary = t(key);
  if (!DETAILED.has(error.code)) return summary;
  if (i18n.locale === 'en') return error.detail !== '' ? `${summary} ${error.detail}` : summary;
  const fields = error.fieldErrors.map((e) =>
    e.path === '' ? sayIssue(i18n, e) : `${e.path}：${sayIssue(i18n, e)}`,
  );
  return fields.length === 0 ? summary : `${summary} ${fields.join('；')}`;
}
