/**
 * A review's `renegotiate` opens a draft amendment the team edits, proposes or discards
 * over HTTP: it says who opened it and which review; a bad term is refused with its field
 * path and nothing written; a partner's contact neither lists nor accepts a draft until it
 * is proposed; discarding keeps the terms in force and leaves the trail in the audit log.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAgreement } from '../../store/agreements/writes.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { agreementDocument } from '../agreements.route-cases.js';
import { createTestApi, PARTNER_KEYS, type TestApi } from '../test-support/api.js';
import { prepareWorkspace } from '../test-support/route-cases.js';

type Who = 'partnerA' | 'owner' | 'editor' | 'viewer';
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const clock = () => new Date(Date.UTC(2026, 6, 1, 9));

describeEachDatabase('draft amendments over HTTP', { clock }, (get) => {
  let api: TestApi;
  const a = PARTNER_KEYS.partnerA;
  const document = agreementDocument('draft-a', a);
  beforeAll(async () => {
    api = await createTestApi(get().db, { partners: true });
    const ws = await prepareWorkspace(api);
    await createAgreement(api.db, ws, { document, status: 'active' }, null);
  });
  afterAll(() => api.close());
  const url = (path: string) => `/api/workspaces/${api.slug}${path}`;
  const call = (who: Who, method: Method, path: string, payload?: object) =>
    api.as(who, { method, url: url(path), ...(payload === undefined ? {} : { payload }) });
  const renegotiate = () =>
    call('owner', 'POST', `/partners/${a}/reviews`, {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      plan: { cost: 100, return: 200 },
      decision: 'renegotiate',
      reasons: 'the milestone is too small',
    });
  const withAmount = (amount: unknown) => ({
    ...document,
    terms: [document.terms[0], { milestone: { id: 'm1', payer: 'us', payee: a, amount } }],
  });

  it('is opened by a review, edited with field errors, and proposed to the partner', async () => {
    const review = await renegotiate();
    expect(review.statusCode).toBe(201);
    const reviewId = review.json().id as string;
    expect(review.json().actions.amendments).toEqual([{ agreement: 'draft-a', version: 2 }]);

    const [draft] = (await call('viewer', 'GET', '/agreements/draft-a/amendments')).json();
    expect(draft).toMatchObject({
      version: 2,
      status: 'draft',
      effectiveFrom: '2026-07-02',
      openedBy: api.emails.owner,
      origin: { review: reviewId, partner: a, decision: 'renegotiate', periodEnd: '2026-06-30' },
      diff: [],
    });
    // The partner's contact sees no draft, and cannot accept one it cannot see.
    expect((await call('partnerA', 'GET', '/agreements/draft-a/amendments')).json()).toEqual([]);
    const blind = await call('partnerA', 'POST', '/agreements/draft-a/amendments/2/acceptances', {
      party: a,
    });
    expect(blind.statusCode).toBe(404);
    // Only editors edit one.
    expect(
      (await call('viewer', 'PATCH', '/agreements/draft-a/amendments/2', { propose: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('partnerA', 'PATCH', '/agreements/draft-a/amendments/2', { propose: true }))
        .statusCode,
    ).toBe(403);

    // A negative amount is refused at its field, and nothing is written.
    const bad = await call('editor', 'PATCH', '/agreements/draft-a/amendments/2', {
      document: withAmount(-5),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ path: 'document.terms[1].milestone.amount' }),
    ]);
    const early = await call('editor', 'PATCH', '/agreements/draft-a/amendments/2', {
      effectiveFrom: '2025-12-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'effectiveFrom' })]);
    const unchanged = (await call('owner', 'GET', '/agreements/draft-a/amendments')).json();
    expect(unchanged[0]).toMatchObject({ effectiveFrom: '2026-07-02', diff: [] });

    // Saved, it stays a draft with its diff against the terms in force.
    const saved = await call('editor', 'PATCH', '/agreements/draft-a/amendments/2', {
      document: withAmount(250),
      effectiveFrom: '2026-09-01',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      status: 'draft',
      effectiveFrom: '2026-09-01',
      diff: [{ path: 'terms[1].milestone.amount', before: 100, after: 250 }],
    });
    expect((await call('partnerA', 'GET', '/agreements/draft-a/amendments')).json()).toEqual([]);

    const proposed = await call('editor', 'PATCH', '/agreements/draft-a/amendments/2', {
      propose: true,
    });
    expect(proposed.json()).toMatchObject({ status: 'proposed', awaiting: ['us', a] });
    // Now the partner sees it, without our review or who of us opened it, and accepts it.
    const seen = (await call('partnerA', 'GET', '/agreements/draft-a/amendments')).json();
    expect(seen).toEqual([
      expect.objectContaining({ version: 2, status: 'proposed', review: null, origin: null }),
    ]);
    expect(seen[0].openedBy).toBeNull();
    const accepted = await call(
      'partnerA',
      'POST',
      '/agreements/draft-a/amendments/2/acceptances',
      {
        party: a,
      },
    );
    expect(accepted.json()).toMatchObject({ accepted: [a], awaiting: ['us'] });
    // A proposed amendment is no longer a draft: neither edited nor discarded.
    expect((await call('editor', 'DELETE', '/agreements/draft-a/amendments/2')).statusCode).toBe(
      409,
    );
    expect(
      (
        await call('owner', 'POST', '/agreements/draft-a/amendments/2/acceptances', { party: 'us' })
      ).json(),
    ).toMatchObject({ status: 'accepted' });
  });

  it('discards a draft: the terms in force stay, the audit log keeps it', async () => {
    const review = await renegotiate();
    expect(review.json().actions.amendments).toEqual([{ agreement: 'draft-a', version: 3 }]);
    expect((await call('viewer', 'DELETE', '/agreements/draft-a/amendments/3')).statusCode).toBe(
      403,
    );
    expect((await call('partnerA', 'DELETE', '/agreements/draft-a/amendments/3')).statusCode).toBe(
      403,
    );
    const discarded = await call('editor', 'DELETE', '/agreements/draft-a/amendments/3');
    expect(discarded.statusCode).toBe(204);
    const left = (await call('owner', 'GET', '/agreements/draft-a/amendments')).json();
    expect(left.map((x: { version: number; status: string }) => [x.version, x.status])).toEqual([
      [2, 'accepted'],
    ]);
    expect((await call('editor', 'DELETE', '/agreements/draft-a/amendments/3')).statusCode).toBe(
      404,
    );
    const audit = await call('owner', 'GET', '/audit?entity=agreement&entityId=draft-a');
    expect(JSON.stringify(audit.json())).toContain('agreement.amendment.discard');
    // A later review opens a new draft on the same version number.
    expect((await renegotiate()).json().actions.amendments).toEqual([
      { agreement: 'draft-a', version: 3 },
    ]);
  });
});
