/**
 * Property-based: every operation of the OpenAPI document, fed malformed bodies (random
 * JSON, known fields with random values, broken JSON, random text and bytes under random
 * media types, mangled spreadsheets), path parameters, query strings and headers, by
 * every kind of caller. Never a 5xx; every error is a problem document; and a refused
 * request writes nothing (the row count of every table is unchanged).
 *
 * Seeded and small (25 runs per operation) so that it runs in seconds; search harder with
 * PF_FUZZ_RUNS=500 PF_FUZZ_SEED=<any number>.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type Identity, type TestApi } from './test-support/api.js';
import { type Operation, operationsOf } from './test-support/openapi.js';
import { allRouteCases, prepareWorkspace } from './test-support/route-cases.js';
import { rowCounts } from './test-support/row-counts.js';

const NUM_RUNS = Number(process.env.PF_FUZZ_RUNS ?? 25);
const SEED = Number(process.env.PF_FUZZ_SEED ?? 20_261_129);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '%',
    '__proto__',
    'constructor',
    'null',
    '-1',
    '1e309',
    'NaN',
    '\u0000',
  ),
  fc.integer().map(String),
  fc.string({ minLength: 250, maxLength: 400 }),
);

const identity = fc.constantFrom<Identity>(
  'owner',
  'owner',
  'owner',
  'editor',
  'viewer',
  'outsider',
  'anonymous',
);

/** The property names a JSON body of this operation documents: to aim values at real fields. */
function bodyKeys(op: Operation): string[] {
  const content = op.spec.requestBody?.content as
    | Record<string, { schema?: { properties?: Record<string, unknown> } }>
    | undefined;
  return Object.keys(content?.['application/json']?.schema?.properties ?? {});
}

function bodies(op: Operation, xlsx: Uint8Array): fc.Arbitrary<Partial<InjectOptions>> {
  const keys = bodyKeys(op);
  const value = fc.jsonValue({ maxDepth: 3 });
  const aimed =
    keys.length === 0
      ? fc.dictionary(text, value, { maxKeys: 4 })
      : fc.dictionary(fc.oneof(fc.constantFrom(...keys), text), value, {
          maxKeys: keys.length + 2,
        });
  const json = (payload: unknown): Partial<InjectOptions> => ({
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });
  return fc.oneof(
    value.map(json),
    aimed.map(json),
    fc.string({ maxLength: 60 }).map((payload) => ({
      headers: { 'content-type': 'application/json' },
      payload: `{${payload}`,
    })),
    fc
      .record({
        type: fc.constantFrom(
          'text/csv',
          'application/yaml',
          'text/yaml',
          'text/plain',
          'application/xml',
          XLSX,
          'application/octet-stream',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
        ),
        payload: fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map(Buffer.from),
        ),
      })
      .map(({ type, payload }) => ({ headers: { 'content-type': type }, payload })),
    // A real spreadsheet with some bytes changed or cut short.
    fc.record({ at: fc.nat(), byte: fc.nat(255), cut: fc.boolean() }).map(({ at, byte, cut }) => {
      const copy = Buffer.from(xlsx);
      const i = at % copy.length;
      copy[i] = byte;
      return { headers: { 'content-type': XLSX }, payload: cut ? copy.subarray(0, i) : copy };
    }),
    fc.constant({}),
  );
}

function paths(op: Operation, slug: string): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const values = names.map((name) =>
    name === 'slug' ? fc.oneof(fc.constant(slug), fc.constant(slug), text) : text,
  );
  return fc.tuple(...values).map((chosen) => {
    let path = op.path;
    names.forEach((name, i) => {
      const v = chosen[i] ?? '';
      path = path.replace(`{${name}}`, name === 'slug' && v === slug ? v : encodeURIComponent(v));
    });
    return path;
  });
}

const queries = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'limit',
      'offset',
      'q',
      'kind',
      'status',
      'sort',
      'version',
      'format',
      'mapping',
      'before',
      'entity',
      'partner',
    ),
    text,
  ),
  fc.oneof(text, fc.array(text, { maxLength: 3 })),
  { maxKeys: 4 },
);

const extraHeaders = fc.record(
  {
    'if-match': text,
    'x-csrf-token': text,
    'x-import-mapping': text,
    accept: fc.constantFrom('application/yaml', '*/*', 'text/html', ''),
  },
  { requiredKeys: [] },
);

/** The operations of the matrix (which checks that they are exactly the OpenAPI document's). */
const keys = Object.keys(await allRouteCases());

describeEachDatabase('malformed requests', (get) => {
  let api: TestApi;
  let operations: Operation[] = [];
  let xlsx: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    api = await createTestApi(get().db, { config: { loginRateMax: 1_000_000 } });
    await prepareWorkspace(api);
    await api.as('owner', {
      method: 'POST',
      url: `/api/workspaces/${api.slug}/partners`,
      payload: { id: 'p-1', kind: 'academic', cost: 1, return: 2, scores: { tech: 3 } },
    });
    const exported = await api.as('owner', {
      method: 'GET',
      url: `/api/workspaces/${api.slug}/exports/partners.xlsx`,
    });
    xlsx = exported.rawPayload;
    operations = await operationsOf(api.app);
  });
  afterAll(() => api.close());

  // One test per operation, so that a failure names the route.

  it('covers every operation of the OpenAPI document', () => {
    expect(operations.map((op) => op.key).sort()).toEqual([...keys].sort());
  });

  keys.forEach((key, index) => {
    it(`${key}: no 5xx, problems only, nothing written on failure`, async () => {
      const op = operations.find((o) => o.key === key);
      if (!op) throw new Error(`${key} is not in the OpenAPI document`);
      const request = fc.record({
        who: identity,
        path: paths(op, api.slug),
        query: queries,
        body: bodies(op, xlsx),
        headers: extraHeaders,
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ who, path, query, body, headers }) => {
          const before = await rowCounts(api.db);
          const res = await api.as(who, {
            method: op.method as InjectOptions['method'] & string,
            url: path,
            query,
            ...body,
            headers: { ...headers, ...body.headers },
          } as InjectOptions);
          const label = `${op.key} as ${who} → ${res.statusCode} ${res.body.slice(0, 200)}`;
          expect(res.statusCode, label).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
            expect(res.json<{ code?: unknown }>().code, label).toEqual(expect.any(String));
            expect(await rowCounts(api.db), `${label}: a failed request wrote`).toEqual(before);
          }
        }),
        { seed: SEED + index, numRuns: NUM_RUNS },
      );
    });
  });
});
