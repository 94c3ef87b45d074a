/**
 * The presenters make SQLite and PostgreSQL answer alike: the same requests, on a pinned
 * clock, give the same JSON on both databases, byte for byte once the random ids (and the
 * hashes and signatures that cover them) are named by their order of appearance. A raw
 * record would differ: PostgreSQL hands back bigint columns as strings and SQLite as
 * numbers, and the store keeps internal ids a user never sees.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { describeEachDatabase, postgresReachable } from '../test-support/databases.js';
import { createTestApi, type TestApi } from './test-support/api.js';
import { prepareWorkspace } from './test-support/route-cases.js';

const clock = fixedClock('2026-07-01T09:00:00.000Z');
const answers: Partial<Record<'sqlite' | 'postgres', unknown[]>> = {};

const document = {
  id: 'rs-same',
  type: 'market-cooperation',
  parties: ['us', 'univ-a'],
  start: '2026-01-01',
  end: '2026-12-31',
  currency: 'EUR',
  terms: [
    {
      revenueShare: {
        source: 'api',
        collector: 'us',
        tiers: [{ upTo: null, shares: { 'univ-a': 0.25 } }],
      },
    },
  ],
};

/** The requests, in order, and what each answered (status and body). */
async function walk(api: TestApi): Promise<unknown[]> {
  const ws = `/api/workspaces/${api.slug}`;
  const out: unknown[] = [];
  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const r = await api.as('editor', {
      method,
      url: `${ws}${url}`,
      ...(payload ? { payload } : {}),
    });
    expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
    out.push({ request: `${method} ${url}`, status: r.statusCode, body: r.json() as unknown });
    return r.json() as Record<string, unknown>;
  };
  await call('POST', '/partners', { id: 'univ-a', kind: 'academic', cost: 1, return: 3 });
  await call('POST', '/agreements', { document, status: 'active' });
  await call('GET', '/agreements');
  await call('GET', '/agreements/rs-same');
  const obligation = await call('POST', '/agreements/rs-same/obligations', {
    title: 'quarterly report',
    owner: 'univ-a',
    dueDate: '2026-06-30',
  });
  await call('PATCH', `/obligations/${String(obligation.id)}`, {
    state: 'kept',
    evidence: 'report received',
    version: obligation.version,
  });
  await call('GET', '/obligations');
  for (const amount of [400, 99.99]) {
    await call('POST', '/agreements/rs-same/ledger', {
      date: '2026-03-01',
      kind: 'revenue',
      source: 'api',
      amount,
    });
  }
  await call('GET', '/ledger');
  await call('GET', '/agreements/rs-same/ledger');
  await call('GET', '/ledger/verify');
  await call('POST', '/agreements/rs-same/settle', { from: '2026-01-01', to: '2026-06-30' });
  await call('POST', '/agreements/rs-same/statements', { from: '2026-01-01', to: '2026-06-30' });
  await call('POST', '/agreements/rs-same/statements/1/responses', {
    party: 'univ-a',
    decision: 'accept',
  });
  await call('GET', '/agreements/rs-same/statements');
  const head = await call('GET', '/ledger/checkpoint');
  await call('POST', '/ledger/checkpoint/verify', { ...head, size: 1 });
  await call('GET', '/ledger/proof/inclusion?seq=1');
  await call('GET', '/partners/univ-a/trust');
  await call('GET', '/trust');
  await call('GET', '/review-settings');
  await call('GET', '/operations');
  return out;
}

/**
 * Random ids, the fixture's per-run names, and the hashes and signatures they feed, as
 * `<id 1>`, `<hash 3>`, ... in
 * order of first appearance: the same walk then reads the same on any database.
 */
function nameRandomParts(value: unknown): unknown {
  const names = new Map<string, string>();
  const name = (kind: string, raw: string) => {
    if (!names.has(raw)) names.set(raw, `<${kind} ${names.size + 1}>`);
    return names.get(raw) as string;
  };
  const text = JSON.stringify(value, (_, v: unknown) => {
    if (typeof v !== 'string') return v;
    return (
      v
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (m) =>
          name('id', m),
        )
        // The fixture's names carry the process and a counter (test-support/api.ts).
        .replace(/\b[a-z]+-\d+-\d+\b/g, (m) => name('fixture', m))
        .replace(/\b[0-9a-f]{64,}\b/g, (m) => name('hash', m))
        .replace(/^[A-Za-z0-9+/_-]{80,}={0,2}$/, (m) => name('signature', m))
    );
  });
  return JSON.parse(text) as unknown;
}

describeEachDatabase('the record routes', { clock }, (get) => {
  let api: TestApi | undefined;
  afterAll(() => api?.close());

  it('answer a walk through agreements, ledger, statements, trust and operations', async () => {
    const { db, kind } = get();
    api = await createTestApi(db, { clock });
    await prepareWorkspace(api);
    const walked = await walk(api);
    expect(walked.length).toBe(23);
    // Counts and versions are JSON numbers on both databases, never bigint strings.
    const ledger = walked.find((a) => (a as { request: string }).request === 'GET /ledger') as {
      body: { seq: unknown; workspaceId?: unknown }[];
    };
    expect(ledger.body.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(ledger.body.every((e) => !('workspaceId' in e))).toBe(true);
    answers[kind] = walked;
  });
});

describe.skipIf(!(await postgresReachable()))('the same walk on both databases', () => {
  it('answers the same JSON', () => {
    expect(answers.sqlite).toBeDefined();
    expect(answers.postgres).toBeDefined();
    expect(nameRandomParts(answers.postgres)).toEqual(nameRandomParts(answers.sqlite));
  });
});
