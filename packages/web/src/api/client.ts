/**
 * The typed API client: openapi-fetch over the generated `paths`, sending the session
 * cookie, adding the CSRF header to every change (the server wants it for cookie
 * sessions), and telling the session when the server says we are no longer signed in.
 *
 *   const workspaces = await unwrap(api.GET('/api/workspaces'));
 *   await unwrap(api.POST('/api/workspaces/{slug}/rank', { params: { path: { slug } }, body: {} }));
 *
 * `unwrap` returns the data of a 2xx answer and throws an `ApiError` otherwise.
 */
import createClient, { type Client } from 'openapi-fetch';
import { networkError, toApiError } from './api-error';
import type { paths } from './schema';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A 401 from these is an answer about credentials, not a lost session. */
const AUTH_PATHS = [
  '/api/auth/login',
  '/api/auth/session',
  '/api/auth/password',
  '/api/invitations/accept',
];

export interface ApiOptions {
  /** `''` in the browser (same origin); a full origin in tests. */
  readonly baseUrl?: string;
  readonly fetch?: (request: Request) => Promise<Response>;
}

export interface Api {
  readonly client: Client<paths>;
  /** The session's CSRF token (from sign-in or GET /api/auth/session); undefined signs out. */
  setCsrfToken(token: string | undefined): void;
  /** Called when a request answers 401: the session ended (expired, or signed out elsewhere). */
  onSessionLost(listener: () => void): () => void;
}

export function createApi(options: ApiOptions = {}): Api {
  let csrfToken: string | undefined;
  const listeners = new Set<() => void>();
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'include',
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use({
    onRequest({ request }) {
      if (csrfToken !== undefined && !SAFE_METHODS.has(request.method)) {
        request.headers.set(CSRF_HEADER, csrfToken);
      }
      return request;
    },
    onResponse({ request, response }) {
      const path = new URL(request.url).pathname;
      if (response.status === 401 && !AUTH_PATHS.includes(path)) {
        for (const listener of listeners) listener();
      }
      return response;
    },
  });
  return {
    client,
    setCsrfToken: (token) => {
      csrfToken = token;
    },
    onSessionLost: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface FetchResult<D> {
  readonly data?: D;
  readonly error?: unknown;
  readonly response: Response;
}

/** The data of a successful call; an `ApiError` for anything else. */
export async function unwrap<D>(pending: Promise<FetchResult<D>>): Promise<D> {
  let result: FetchResult<D>;
  try {
    result = await pending;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  // openapi-fetch leaves `data` undefined only for an empty body (204), typed as such.
  return result.data as D;
}

/** The app's one client (same origin). */
export const browserApi = createApi();
export const api = browserApi.client;

/** The URL of a job's Server-Sent Events (for `EventSource`, which openapi-fetch does not do). */
export const jobEventsUrl = (slug: string, jobId: string): string =>
  `/api/workspaces/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}/events`;
