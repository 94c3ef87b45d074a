/**
 * The partner's seat (issue 12): a partner's contact answers statements and amendments
 * as its own party and no other, downloads receipts, answers the health check privately
 * for its side, and says whether we kept our obligations; both directions of trust show
 * side by side. Another partner's agreement stays "not found" on every one of these.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordLedgerEvent } from '../store/agreements/events.js';
import { createObligation } from '../store/agreements/obligations.js';
import { createAgreement } from '../store/agreements/writes.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { agreementDocument } from './agreements.route-cases.js';
import { createTestApi, PARTNER_KEYS, type TestApi } from './test-support/api.js';
import { prepareWorkspace } from './test-support/route-cases.js';

type Who = 'partnerA' | 'partnerB' | 'owner' | 'editor' | 'viewer';

describeEachDatabase('the partner seat', (get) => {
  let api: TestApi;
  const a = PARTNER_KEYS.partnerA;
  const b = PARTNER_KEYS.partnerB;
  let ourObligation = '';
  beforeAll(async () => {
    api = await createTestApi(get().db, { partners: true });
    const ws = await prepareWorkspace(api);
    for (const [code, other] of [
      ['seat-a', a],
      ['seat-b', b],
    ] as const) {
      await createAgreement(
        api.db,
        ws,
        { document: agreementDocument(code, other), status: 'active' },
        null,
      );
      await recordLedgerEvent(
        api.db,
        ws,
        code,
        { date: '2026-02-01', kind: 'revenue', source: 'product', amount: 1000 },
        null,
      );
    }
    const mine = await createObligation(
      api.db,
      ws,
      'seat-a',
      { title: 'share the data', owner: 'us', dueDate: '2026-02-01' },
      null,
    );
    ourObligation = mine.id;
  });
  afterAll(() => api.close());
  const url = (path: string) => `/api/workspaces/${api.slug}${path}`;
  const call = (who: Who, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
    api.as(who, { method, url: url(path), ...(payload === undefined ? {} : { payload }) });

  it('answers a statement as its own party only, and downloads its receipt', async () => {
    const recorded = await call('owner', 'POST', '/agreements/seat-a/statements', {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(recorded.statusCode).toBe(201);
    const list = await call('partnerA', 'GET', '/agreements/seat-a/statements');
    expect(list.json()).toHaveLength(1);
    expect((await call('partnerB', 'GET', '/agreements/seat-a/statements')).statusCode).toBe(404);
    expect(
      (await call('partnerB', 'GET', '/agreements/seat-a/statements/1/receipt')).statusCode,
    ).toBe(404);
    const asUs = await call('partnerA', 'POST', '/agreements/seat-a/statements/1/responses', {
      party: 'us',
      decision: 'accept',
    });
    expect(asUs.statusCode).toBe(403);
    expect(asUs.json()).toMatchObject({ code: 'forbidden', errors: [{ path: 'party' }] });
    const dispute = await call('partnerA', 'POST', '/agreements/seat-a/statements/1/responses', {
      party: a,
      decision: 'dispute',
      lines: [0],
      reason: 'the revenue was 900',
    });
    expect(dispute.statusCode).toBe(200);
    expect(dispute.json()).toMatchObject({ status: 'disputed', awaiting: ['us'] });
    const receipt = await call('partnerA', 'GET', '/agreements/seat-a/statements/1/receipt');
    expect(receipt.statusCode).toBe(200);
    expect(receipt.json()).toMatchObject({ format: 'partnerfolio-receipt', entries: [{ seq: 1 }] });
    // Partners answer; they do not record statements or mark payments.
    expect(
      (
        await call('partnerA', 'POST', '/agreements/seat-a/statements', {
          from: '2026-01-01',
          to: '2026-12-31',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('accepts an amendment as its own party only', async () => {
    const doc = agreementDocument('seat-a', a);
    const proposed = await call('owner', 'POST', '/agreements/seat-a/amendments', {
      document: { ...doc, terms: doc.terms.slice(0, 1) },
      effectiveFrom: '2026-07-01',
    });
    expect(proposed.statusCode).toBe(201);
    const listed = await call('partnerA', 'GET', '/agreements/seat-a/amendments');
    expect(listed.json<{ diff: unknown[] }[]>()[0]?.diff.length).toBeGreaterThan(0);
    expect((await call('partnerB', 'GET', '/agreements/seat-a/amendments')).statusCode).toBe(404);
    const asUs = await call('partnerA', 'POST', '/agreements/seat-a/amendments/2/acceptances', {
      party: 'us',
    });
    expect(asUs.statusCode).toBe(403);
    const own = await call('partnerA', 'POST', '/agreements/seat-a/amendments/2/acceptances', {
      party: a,
    });
    expect(own.json()).toMatchObject({ accepted: [a], awaiting: ['us'] });
    const b2 = await call('partnerB', 'POST', '/agreements/seat-a/amendments/2/acceptances', {
      party: b,
    });
    expect(b2.statusCode).toBe(404);
  });

  it('keeps health answers private: a side of fewer than 3 shows only the overall gap', async () => {
    const answer = (who: Who, s: number) =>
      call(who, 'PUT', '/agreements/seat-a/health-check', {
        round: '2026',
        scores: { strategy: s, operations: s, relationship: s, governance: s, culture: s },
      });
    expect((await answer('partnerA', 2)).statusCode).toBe(200);
    await answer('owner', 4);
    await answer('editor', 4);
    const two = await answer('viewer', 5);
    const summary = two.json<{
      mine: { strategy: number };
      summary: {
        sides: { us: { respondents: number; overall: number }; partner: Record<string, unknown> };
        overallGap: number;
        gaps: unknown;
      };
    }>();
    expect(summary.mine.strategy).toBe(5);
    expect(summary.summary.sides.us.respondents).toBe(3);
    expect(summary.summary.sides.us.overall).toBeCloseTo(13 / 3);
    expect(summary.summary.sides.partner).toEqual({
      respondents: 1,
      overall: null,
      dimensions: null,
    });
    expect(summary.summary.overallGap).toBeCloseTo(13 / 3 - 2);
    expect(summary.summary.gaps).toBeNull();
    // The partner's contact reads its own answer back, and nobody else's.
    const theirs = await call('partnerA', 'GET', '/agreements/seat-a/health-check?round=2026');
    expect(theirs.json()).toMatchObject({ mine: { strategy: 2 }, rounds: ['2026'] });
    expect(theirs.body).not.toContain('"respondent"');
    expect((await call('partnerB', 'GET', '/agreements/seat-a/health-check')).statusCode).toBe(404);
    const bad = await call('partnerA', 'PUT', '/agreements/seat-a/health-check', {
      scores: { strategy: 9 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('scores.strategy');
    // The gap feeds the review rules when the review has no answers of its own.
    const preview = await call('owner', 'POST', `/partners/${a}/reviews/preview`, {
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      plan: { cost: 1, return: 1 },
      actual: { cost: 1, return: 1 },
      actualReason: 'typed for the test',
    });
    expect(preview.json<{ facts: { healthGap: number } }>().facts.healthGap).toBeCloseTo(
      13 / 3 - 2,
    );
  });

  it('records whether we kept our obligations, and shows trust both ways', async () => {
    const path = `/agreements/seat-a/obligations/${ourObligation}/verdicts`;
    expect(
      (await call('partnerA', 'POST', path, { party: 'us', verdict: 'kept', date: '2026-02-01' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('partnerB', 'POST', path, { party: b, verdict: 'kept', date: '2026-02-01' }))
        .statusCode,
    ).toBe(404);
    const said = await call('partnerA', 'POST', path, {
      party: a,
      verdict: 'broken',
      date: '2026-02-03',
      note: 'two days late',
    });
    expect(said.statusCode).toBe(200);
    const trust = (await call('owner', 'GET', '/agreements/seat-a/trust')).json<{
      parties: {
        party: string;
        ofThem: { counted: number };
        ofUs: { counted: number; score: number };
      }[];
      ours: { verdicts: { verdict: string }[] }[];
    }>();
    expect(trust.parties).toHaveLength(1);
    expect(trust.parties[0]).toMatchObject({
      party: a,
      ofThem: { counted: 0 },
      ofUs: { counted: 1 },
    });
    expect(trust.parties[0]?.ofUs.score).toBeLessThan(0.5);
    expect(trust.ours[0]?.verdicts).toMatchObject([
      { party: a, verdict: 'broken', note: 'two days late' },
    ]);
    expect((await call('partnerA', 'GET', '/agreements/seat-a/trust')).statusCode).toBe(200);
    expect((await call('partnerB', 'GET', '/agreements/seat-a/trust')).statusCode).toBe(404);
  });
});
