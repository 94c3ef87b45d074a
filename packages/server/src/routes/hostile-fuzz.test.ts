/**
 * Property-based hostile input: generated YAML and JSON specs (alias fan-outs, deep
 * nesting, bad Unicode, extreme numbers), JSON partner bodies, CSV and XLSX imports
 * (formula cells, zip bombs, lying ZIP directories). Whatever comes in: never a 5xx, an
 answer in bounded time and memory, nothing written when refused, and the audit and ledger chains
 * intact afterwards. Seeded and small (12 runs per body kind); search harder with
 * PF_FUZZ_RUNS=200 PF_FUZZ_SEED=<any number>.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../store/audit-verify.js';
import { verifyLedger } from '../store/ledger-verify.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { aliasFanOutSpec, deepJson, xlsxZipBomb } from '../test-support/hostile-payloads.js';
import { createTestApi, type TestApi } from './test-support/api.js';
import { prepareWorkspace } from './test-support/route-cases.js';
import { rowCounts } from './test-support/row-counts.js';

const NUM_RUNS = Number(process.env.PF_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.PF_FUZZ_SEED ?? 20_261_206);
/** Every answer within this, whatever the body (the limits make the work bounded). */
const MAX_MS = 15_000;
const MAX_GROWTH = 768 * 1024 ** 2;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text that has broken the server before: escapes of bad Unicode, formulas, huge numbers. */
const nasty = fc.constantFrom(
  '\\ud800',
  '\\udc00x',
  'a\\u200bb',
  '\\u202eevil',
  '=HYPERLINK("http://x"&A1)',
  '+1',
  '@SUM(A1)',
  '__proto__',
  'p\\u0430ypal',
  '',
);
const number = fc.oneof(
  fc.constantFrom(1e308, -1e308, 1e12, 1e13, -0, 5e-324, 0.1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A spec-shaped JSON text with nasty ids and numbers, optionally nested deep somewhere. */
const jsonSpec = fc
  .record({
    id: nasty,
    cost: number,
    depth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3_000 })),
  })
  .map(({ id, cost, depth }) => {
    const deep = depth === 0 ? '""' : deepJson(depth);
    return `{"version":1,"criteria":[{"id":"tech","kind":"benefit","weight":1}],"partners":[{"id":"${id}","kind":"academic","scores":{"tech":1},"cost":${JSON.stringify(cost)},"return":2,"name":${deep}}]}`;
  });

/** YAML with anchors used many times, flow nesting and block nesting. */
const yamlSpec = fc.oneof(
  fc
    .record({
      elements: fc.integer({ min: 1, max: 20_000 }),
      uses: fc.integer({ min: 1, max: 1_000 }),
    })
    .map(({ elements, uses }) => aliasFanOutSpec(elements, uses)),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `version: 1\npartners: ${deepJson(depth)}\n`),
  fc
    .integer({ min: 1, max: 400 })
    .map((depth) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
  fc
    .integer({ min: 2, max: 60 })
    .map((levels) =>
      [
        'l0: &l0 [1]',
        ...Array.from({ length: levels }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`),
      ].join('\n'),
    ),
  nasty.map(
    (id) =>
      `version: 1\npartners:\n  - { id: "${id}", kind: academic, cost: 1, return: 2, scores: {} }\n`,
  ),
);

const csvBody = fc
  .array(fc.tuple(nasty, fc.oneof(nasty, fc.string({ maxLength: 30 })), number), { maxLength: 30 })
  .map((rows) =>
    [
      'id,name,kind,cost,return',
      ...rows.map(
        ([id, name, cost]) =>
          `"${id.replaceAll('"', '""')}","${name.replaceAll('"', '""')}",academic,${cost},1`,
      ),
    ].join('\n'),
  );

const xlsxBody = fc.record({
  mib: fc.integer({ min: 1, max: 2_048 }),
  lie: fc.boolean(),
  cut: fc.option(fc.nat(), { nil: undefined }),
});

describeEachDatabase('hostile input (generated)', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
  });
  afterAll(() => api.close());

  /** Sends one request and checks the invariants that must hold for any body. */
  async function check(options: InjectOptions): Promise<void> {
    const before = await rowCounts(api.db);
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const res = await api.as('editor', options);
    expect(performance.now() - started).toBeLessThan(MAX_MS);
    // The process (workers included) grows by less than the workers' heap budget, where a
    // 1 GB zip bomb used to take it to 1.4-3.1 GB.
    expect(process.memoryUsage().rss - rss).toBeLessThan(MAX_GROWTH);
    expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
    if (res.statusCode >= 400) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await rowCounts(api.db)).toEqual(before);
    }
  }

  const ws = () => `/api/workspaces/${api.slug}`;
  const property = (arbitrary: fc.Arbitrary<InjectOptions>) =>
    fc.assert(fc.asyncProperty(arbitrary, check), { numRuns: NUM_RUNS, seed: SEED });

  it('YAML specs: fan-outs, nesting, bad text', () =>
    property(
      yamlSpec.map((payload) => ({
        method: 'PUT' as const,
        url: `${ws()}/spec`,
        headers: { 'content-type': 'application/yaml' },
        payload,
      })),
    ));

  it('JSON specs and JSON partner bodies', () =>
    property(
      fc.tuple(jsonSpec, fc.boolean()).map(([payload, asSpec]) =>
        asSpec
          ? {
              method: 'PUT' as const,
              url: `${ws()}/spec`,
              headers: { 'content-type': 'application/json' },
              payload,
            }
          : {
              method: 'POST' as const,
              url: `${ws()}/partners`,
              headers: { 'content-type': 'application/json' },
              payload: payload
                .replace(/^.*"partners":\[(.*)\]\}$/s, '$1')
                .replace(',"scores":{"tech":1}', ''),
            },
      ),
    ));

  it('CSV imports and previews', () =>
    property(
      fc.tuple(csvBody, fc.boolean()).map(([payload, preview]) => ({
        method: 'POST' as const,
        url: `${ws()}/imports/partners${preview ? '/preview' : ''}`,
        headers: { 'content-type': 'text/csv' },
        payload,
      })),
    ));

  it('XLSX zip bombs, honest or lying, whole or cut short', async () => {
    await fc.assert(
      fc.asyncProperty(xlsxBody, async ({ mib, lie, cut }) => {
        const bomb = await xlsxZipBomb(mib * 1024 ** 2, lie);
        const payload = cut === undefined ? bomb : bomb.subarray(0, cut % bomb.length);
        await check({
          method: 'POST',
          url: `${ws()}/imports/partners`,
          headers: { 'content-type': XLSX },
          payload,
        });
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('the audit and ledger chains are intact afterwards', async () => {
    expect(await verifyAuditChain(api.db)).toMatchObject({ intact: true });
    expect(await verifyLedger(api.db)).toMatchObject({ intact: true });
  });
});
