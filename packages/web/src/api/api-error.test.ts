import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator';
import { ApiError, networkError, problemMessage, toApiError } from './api-error';
import { CSRF_HEADER, createApi, unwrap } from './client';

const problemBody = {
  type: 'urn:partnerfolio:problem:invalid_request',
  title: 'The request is not valid',
  status: 400,
  detail: 'invalid body: slug: use 2-63 lower-case letters',
  code: 'invalid_request',
  instance: '/api/workspaces',
  errors: [
    { path: 'slug', message: 'use 2-63 lower-case letters', location: 'body', code: 'custom' },
    { path: 'partners[3].cost', message: 'must be ≥ 0', line: 12, column: 5 },
    { path: 42, message: 'a malformed entry is dropped' },
  ],
};

describe('toApiError', () => {
  it('keeps the code, detail and every well-formed field error of a problem document', () => {
    const error = toApiError(400, problemBody);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_request');
    expect(error.detail).toBe(problemBody.detail);
    expect(error.fieldErrors).toEqual([
      { path: 'slug', message: 'use 2-63 lower-case letters', location: 'body', code: 'custom' },
      { path: 'partners[3].cost', message: 'must be ≥ 0', line: 12, column: 5 },
    ]);
    expect(error.errorsAt('slug')).toHaveLength(1);
    expect(error.errorsAt('name')).toHaveLength(0);
    expect(error.problem?.instance).toBe('/api/workspaces');
  });

  it('keeps the current record of a conflict and the allowed states of a refused change', () => {
    const error = toApiError(409, {
      code: 'invalid_transition',
      detail: 'cannot go from exited to active',
      allowed: ['candidate', 7],
      current: { id: 'p1', version: 4 },
    });
    expect(error.code).toBe('invalid_transition');
    expect(error.problem?.allowed).toEqual(['candidate']);
    expect(error.problem?.current).toEqual({ id: 'p1', version: 4 });
    expect(error.problem?.title).toBe('invalid_transition');
  });

  it('makes a code from the status when the body is not a problem', () => {
    expect(toApiError(404, undefined).code).toBe('not_found');
    expect(toApiError(502, '<html>Bad gateway</html>').code).toBe('unavailable');
    expect(toApiError(502, '<html>Bad gateway</html>').detail).toBe('<html>Bad gateway</html>');
    expect(toApiError(507, '').code).toBe('internal');
    expect(toApiError(418, { message: 'teapot' }).code).toBe('http_error');
    expect(toApiError(418, null).detail).toBe('HTTP 418');
  });

  it('turns a failed fetch into a network error with status 0', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.code).toBe('network');
    expect(error.detail).toBe('Failed to fetch');
  });
});

describe('problemMessage', () => {
  const en = createTranslator('en');
  const zh = createTranslator('zh-CN');

  it('translates known codes and adds the detail where it names the field', () => {
    expect(problemMessage(toApiError(401, { code: 'invalid_credentials', detail: 'x' }), en)).toBe(
      'Wrong email or password.',
    );
    expect(problemMessage(toApiError(401, { code: 'invalid_credentials', detail: 'x' }), zh)).toBe(
      '邮箱或密码错误。',
    );
    expect(problemMessage(toApiError(400, problemBody), en)).toBe(
      `The request is not valid. ${problemBody.detail}`,
    );
  });

  it('in Chinese, says the field errors instead of the English detail', () => {
    const problem = {
      code: 'unprocessable',
      detail: 'document.end: the agreement ends (2026-01-01) before it starts (2026-12-31)',
      errors: [
        {
          path: 'document.end',
          code: 'end_before_start',
          params: { start: '2026-12-31', end: '2026-01-01' },
          message: 'the agreement ends (2026-01-01) before it starts (2026-12-31)',
        },
      ],
    };
    expect(problemMessage(toApiError(422, problem), zh)).toBe(
      `${zh.t('problem.unprocessable')} document.end：协议的结束日期（2026-01-01）早于开始日期（2026-12-31）`,
    );
    expect(
      problemMessage(toApiError(404, { code: 'not_found', detail: 'partner x not found' }), zh),
    ).toBe(zh.t('problem.not_found'));
    expect(problemMessage(toApiError(422, problem), en)).toBe(
      `${en.t('problem.unprocessable')} ${problem.detail}`,
    );
  });

  it('falls back to the server detail, then to the status', () => {
    expect(
      problemMessage(toApiError(409, { code: 'last_owner', detail: 'keep one owner' }), en),
    ).toBe('keep one owner');
    expect(problemMessage(new ApiError(418, 'teapot', ''), zh)).toBe('服务器返回了错误（418）。');
    expect(problemMessage(new Error('boom'), en)).toBe('Something went wrong');
  });
});

describe('the client', () => {
  function fakeServer(answer: (request: Request) => Response) {
    const seen: Request[] = [];
    const api = createApi({
      baseUrl: 'http://partnerfolio.test',
      fetch: async (request) => {
        seen.push(request.clone());
        return answer(request);
      },
    });
    return { api, seen };
  }
  const json = (status: number, body: unknown, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

  it('sends the CSRF header on changes only, once a session gave one', async () => {
    const { api, seen } = fakeServer(() => json(200, []));
    await unwrap(api.client.GET('/api/workspaces'));
    api.setCsrfToken('secret-token');
    await unwrap(api.client.GET('/api/workspaces'));
    await unwrap(api.client.POST('/api/workspaces', { body: { slug: 'ai', name: 'AI' } }));
    expect(seen.map((r) => [r.method, r.headers.get(CSRF_HEADER)])).toEqual([
      ['GET', null],
      ['GET', null],
      ['POST', 'secret-token'],
    ]);
    expect(seen[0]?.credentials).toBe('include');
  });

  it('returns the data of a 2xx answer and throws an ApiError from a problem', async () => {
    const { api } = fakeServer((request) =>
      request.method === 'GET'
        ? json(200, [{ slug: 'ai', name: 'AI', role: 'owner' }])
        : json(400, problemBody, 'application/problem+json'),
    );
    await expect(unwrap(api.client.GET('/api/workspaces'))).resolves.toEqual([
      { slug: 'ai', name: 'AI', role: 'owner' },
    ]);
    const failure = unwrap(api.client.POST('/api/workspaces', { body: { slug: 'A', name: '' } }));
    await expect(failure).rejects.toMatchObject({
      name: 'ApiError',
      status: 400,
      code: 'invalid_request',
      fieldErrors: [{ path: 'slug' }, { path: 'partners[3].cost' }],
    });
  });

  it('maps a refused connection to a network error', async () => {
    const api = createApi({
      baseUrl: 'http://partnerfolio.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(unwrap(api.client.GET('/api/workspaces'))).rejects.toMatchObject({
      code: 'network',
      status: 0,
    });
  });

  it('reports a lost session on a 401, except from sign-in and the session check', async () => {
    const { api } = fakeServer(() =>
      json(401, { code: 'unauthenticated', detail: 'sign in' }, 'application/problem+json'),
    );
    let lost = 0;
    const stop = api.onSessionLost(() => {
      lost += 1;
    });
    await expect(unwrap(api.client.GET('/api/auth/session'))).rejects.toBeInstanceOf(ApiError);
    await expect(
      unwrap(api.client.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } })),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(lost).toBe(0);
    await expect(unwrap(api.client.GET('/api/workspaces'))).rejects.toMatchObject({ status: 401 });
    expect(lost).toBe(1);
    stop();
    await expect(unwrap(api.client.GET('/api/workspaces'))).rejects.toMatchObject({ status: 401 });
    expect(lost).toBe(1);
  });
});
