/** Running partnerships over HTTP: fair shares, settlement and problems with field paths. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';
import { rowCounts } from '../test-support/row-counts.js';

describeEachDatabase('agreements API', (get) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(get().db);
    await prepareWorkspace(api);
    for (const id of ['univ-a', 'corp-b']) {
      const made = await api.as('editor', {
        method: 'POST',
        url: `${ws()}/partners`,
        payload: { id, kind: 'academic', cost: 1, return: 3, scores: { tech: 5 } },
      });
      expect(made.statusCode, made.body).toBe(201);
    }
  });
  afterAll(() => api.close());
  const ws = () => `/api/workspaces/${api.slug}`;
  const post = (url: string, payload: object) =>
    api.as('editor', { method: 'POST', url: `${ws()}${url}`, payload });

  const consortium = {
    id: 'cons-1',
    type: 'consortium',
    parties: ['us', 'univ-a', 'corp-b'],
    start: '2026-01-01',
    end: '2026-12-31',
    ip: { foreground: { us: 0.5, 'univ-a': 0.3, 'corp-b': 0.2 } },
    terms: [{ costShare: { pool: 'cluster', split: 'byUse' } }],
  };

  it('computes the Shapley split of a three-party consortium beside the fixed split', async () => {
    const created = await post('/agreements', {
      document: consortium,
      fairShare: {
        values: {
          '': 0,
          us: 0,
          'univ-a': 0,
          'corp-b': 0,
          'us,univ-a': 60,
          'us,corp-b': 30,
          'univ-a,corp-b': 0,
          'us,univ-a,corp-b': 120,
        },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await post('/agreements/cons-1/fair-shares', {});
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as {
      rows: { player: string; shapley: number; fixed: number; difference: number }[];
      core: { shapleyInCore: boolean; fixedInCore: boolean };
      fixedSplitSource: string;
      exact: boolean;
    };
    // Hand-computed over the six orders: us (0+0+60+120+30+120)/6 = 55, univ-a 240/6 = 40, corp-b 150/6 = 25.
    const by = Object.fromEntries(report.rows.map((r) => [r.player, r]));
    expect(by.us?.shapley).toBeCloseTo(55, 9);
    expect(by['univ-a']?.shapley).toBeCloseTo(40, 9);
    expect(by['corp-b']?.shapley).toBeCloseTo(25, 9);
    expect(by.us?.fixed).toBeCloseTo(60, 9);
    expect(by.us?.difference).toBeCloseTo(5, 9);
    expect(by['univ-a']?.difference).toBeCloseTo(-4, 9);
    expect(report).toMatchObject({
      exact: true,
      fixedSplitSource: 'ip.foreground',
      core: { shapleyInCore: true, fixedInCore: true },
    });
    // A split that gives corp-b everything leaves us + univ-a (worth 60 alone) with nothing: not in the core.
    const unfair = await post('/agreements/cons-1/fair-shares', { fixedSplit: { 'corp-b': 1 } });
    expect(unfair.json()).toMatchObject({
      fixedSplitSource: 'request',
      core: { fixedInCore: false },
    });
    // From the portfolio's value model: each partner's N = 3 − 1 = 2, us 0, no synergies.
    const model = await post('/agreements/cons-1/fair-shares', { fromPortfolio: true });
    expect(model.json()).toMatchObject({ values: { 'us,univ-a,corp-b': 4 }, total: 4 });
  });

  it('splits a 30-party consortium from the portfolio without tabulating 2^30 coalitions', async () => {
    const keys = Array.from({ length: 29 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    for (const [i, id] of keys.entries()) {
      await post('/partners', {
        id,
        kind: 'enterprise',
        cost: 1,
        return: 2 + i,
        scores: { tech: 5 },
      });
    }
    const synergy = await post('/synergies', { between: ['m00', 'm01'], value: 10 });
    expect(synergy.statusCode, synergy.body).toBe(201);
    const made = await post('/agreements', {
      document: { ...consortium, id: 'big', parties: ['us', ...keys], ip: undefined, terms: [] },
    });
    expect(made.statusCode, made.body).toBe(201);
    const res = await post('/agreements/big/fair-shares', {
      fromPortfolio: true,
      samples: 2000,
      seed: 7,
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as {
      exact: boolean;
      total: number;
      rows: { player: string; shapley: number; ci?: [number, number] }[];
    };
    // Pairwise synergies have a closed form (N_i + half of each synergy), so even 30 parties are exact.
    expect(report.exact).toBe(true);
    expect(report.rows).toHaveLength(30);
    // v(N) = Σ N_i + s = Σ (1 + i) for i < 29 + 10 = 435 + 10.
    expect(report.total).toBeCloseTo(445, 6);
    const m05 = report.rows.find((r) => r.player === 'm05');
    // m05 has no synergy: it adds exactly its N = 6 to every coalition.
    expect(m05?.shapley).toBeCloseTo(6, 6);
    expect(report.rows.find((r) => r.player === 'm00')?.shapley).toBeCloseTo(1 + 5, 6);
    expect(report.rows.find((r) => r.player === 'm01')?.shapley).toBeCloseTo(2 + 5, 6);
    expect(report.rows.find((r) => r.player === 'us')?.shapley).toBe(0);
  });

  it('splits shared infrastructure by the airport rule', async () => {
    const res = await post('/airport-split', { costs: { us: 100, 'univ-a': 40, 'corp-b': 40 } });
    // 40 shared by three (13.33 each), the next 60 by us alone.
    const { shares, total } = res.json() as { shares: Record<string, number>; total: number };
    expect(total).toBe(100);
    expect(shares.us).toBeCloseTo(40 / 3 + 60, 9);
    expect(shares['univ-a']).toBeCloseTo(40 / 3, 9);
  });

  it('settles by use over HTTP, and a bad event is a problem naming the field, writing nothing', async () => {
    const events = [
      { date: '2026-02-01', kind: 'cost', pool: 'cluster', amount: 900, paidBy: 'us' },
      { date: '2026-02-02', kind: 'usage', pool: 'cluster', party: 'univ-a', quantity: 1 },
      { date: '2026-02-03', kind: 'usage', pool: 'cluster', party: 'corp-b', quantity: 2 },
    ];
    for (const e of events)
      expect((await post('/agreements/cons-1/ledger', e)).statusCode).toBe(201);
    const settled = await post('/agreements/cons-1/settle', {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    // 900 by use 1 : 2 → univ-a 300, corp-b 600; us paid 900 and used nothing.
    expect(settled.json()).toMatchObject({
      balances: { us: 900, 'univ-a': -300, 'corp-b': -600 },
      transfers: [
        { from: 'corp-b', to: 'us', amount: 600 },
        { from: 'univ-a', to: 'us', amount: 300 },
      ],
    });
    // Each line's explanation also comes as a code with exact values, for the web's languages.
    const lines = (
      settled.json() as { lines: { party: string; explain: string; because: unknown }[] }
    ).lines;
    expect(lines.find((l) => l.party === 'univ-a')).toEqual({
      term: 'terms[0].costShare',
      kind: 'costShare',
      party: 'univ-a',
      amount: -300,
      explain: '1 of 3 units (33.3333…%) of 900.00 cluster costs = 300.00',
      because: {
        code: 'settle.cost.charge',
        params: {
          basis: {
            code: 'settle.cost.usage',
            params: { units: { exact: '1' }, all: { exact: '3' }, share: { percent: '1/3' } },
          },
          total: { money: '900.00' },
          pool: 'cluster',
          part: { money: '300.00' },
        },
      },
    });
    const before = await rowCounts(api.db);
    const bad = await post('/agreements/cons-1/ledger', {
      date: '2026-02-05',
      kind: 'usage',
      pool: 'clustr',
      party: 'univ-a',
      quantity: 1,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body).toContain('cluster');
    expect(JSON.stringify(bad.json())).toContain('pool');
    expect(await rowCounts(api.db)).toEqual(before);
    const verify = await api.as('viewer', { method: 'GET', url: `${ws()}/ledger/verify` });
    expect(verify.json()).toEqual({ intact: true, entries: 3 });
  });

  it('names the values of a field error, so the web can say it in Chinese', async () => {
    const bad = await post('/agreements', {
      document: { ...consortium, id: 'cons-2', start: '2026-12-31', end: '2026-01-01' },
    });
    expect(bad.statusCode).toBe(422);
    const { errors } = bad.json() as { errors: { path: string; code: string; params?: object }[] };
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'document.end',
        code: 'end_before_start',
        params: { start: '2026-12-31', end: '2026-01-01' },
      }),
    );
  });

  it('previews a review with its reason and facts as codes beside their English', async () => {
    const res = await post('/partners/univ-a/reviews/preview', {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      plan: { cost: 100, return: 300 },
      actual: { cost: 150, return: 200 },
      actualReason: 'typed for the test',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { suggestion } = res.json() as {
      suggestion: {
        suggestion: string;
        reason: string;
        because: { code: string; params: Record<string, unknown> };
        fired: { ruleId: string; facts: string[]; title: unknown; because: unknown[] }[];
      };
    };
    expect(suggestion.suggestion).toBe('adjust');
    expect(suggestion.because.code).toBe('review.reason.fired');
    expect(suggestion.because.params.suggestion).toEqual({
      code: 'review.decision.adjust',
      params: {},
    });
    const fired = suggestion.fired.find((f) => f.ruleId === 'adjust-net-below-plan');
    expect(fired?.title).toEqual({ code: 'review.rule.adjust-net-below-plan', params: {} });
    expect(fired?.because).toEqual([
      {
        code: 'review.fact.values',
        params: {
          metric: { code: 'review.metric.netVsPlan', params: {} },
          values: {
            list: [
              { code: 'review.fact.value', params: { value: -150, period: expect.any(String) } },
            ],
            join: 'and',
          },
          op: '<',
          value: 0,
        },
      },
    ]);
    expect(fired?.facts[0]).toMatch(/^net vs plan −150 in \S+ \(< 0\)$/);
  });
});
