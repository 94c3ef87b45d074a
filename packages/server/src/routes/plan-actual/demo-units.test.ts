/**
 * The demo's plan and actual in one unit, over HTTP on both databases: the demo spec's
 * unit is `USD k` and its agreements' ledger is in dollars, so the ledger's figures reach
 * the plan-against-actual answers divided by 1,000 (core's `ledgerConversion`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createApiToken } from '../../auth/api-tokens.js';
import { fixedClock } from '../../clock.js';
import { testConfig } from '../../config.js';
import { DEMO_OWNER_EMAIL, DEMO_SLUG, seedIfEmpty } from '../../first-run.js';
import type { App } from '../../http/context.js';
import { settleFromLedger } from '../../store/agreements/events.js';
import { getWorkspaceBySlug } from '../../store/workspaces.js';
import { describeEachDatabase } from '../../test-support/databases.js';

const DEMO = new URL('../../../../../examples/demo.yaml', import.meta.url);
const clock = fixedClock('2026-11-29T09:00:00Z');

describeEachDatabase('the demo plans and realises in USD k', { clock }, (get) => {
  let app: App;
  let token: string;
  beforeAll(async () => {
    const { db } = get();
    await seedIfEmpty(db, readFileSync(DEMO, 'utf8'), 'examples/demo.yaml');
    token = await createApiToken(db, { email: DEMO_OWNER_EMAIL }, clock);
    app = await buildApp({ db, config: testConfig(), clock });
  });
  afterAll(() => app.close());

  const read = async (url: string) => {
    const res = await app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** Our side of an agreement's settlement in 2025 Q1, in dollars (the ledger's unit). */
  const ourQ1 = async (agreement: string) => {
    const ws = (await getWorkspaceBySlug(get().db, DEMO_SLUG)).id;
    const q1 = await settleFromLedger(get().db, ws, agreement, {
      from: '2025-01-01',
      to: '2025-03-31',
    });
    return q1.balances.us ?? 0;
  };

  it("answers a partner's plan and actual both in the spec's unit", async () => {
    const series = await read(
      `/api/workspaces/${DEMO_SLUG}/partners/huaxin-medical-group/plan-actual?periods=8`,
    );
    expect(series.unit).toBe('USD k');
    expect(series.incomparable).toBeUndefined();
    const q1 = series.periods[0];
    expect(q1.from).toBe('2025-01-01');
    // The H1 2025 review plans cost 40 and return 150 (USD k): 90 of 181 days.
    expect(q1.plan).toMatchObject({ cost: 19.89, return: 74.59, net: 54.7, source: 'review' });
    // The ledger: our balance on imaging-fm in Q1 is +2,400 USD (first-run.test.ts) = 2.4 USD k.
    expect(await ourQ1('imaging-fm')).toBe(2400);
    expect(q1.actual).toMatchObject({ net: 2.4, ledgerNet: 2.4, source: 'ledger' });
    expect(q1.gap).toBe(-52.3);
  });

  it('answers S over time, planned and realised, in the same unit', async () => {
    const s = await read(`/api/workspaces/${DEMO_SLUG}/plan-actual?periods=8`);
    expect(s.unit).toBe('USD k');
    const q1 = s.periods.find((p: { from: string }) => p.from === '2025-01-01');
    const dollars = (await ourQ1('imaging-fm')) + (await ourQ1('gpu-pool'));
    expect(q1.actual).toBeCloseTo(dollars / 1000, 9);
    // The planned S is the partners' estimates in USD k: hundreds a quarter, not millions.
    expect(Math.abs(q1.planned)).toBeLessThan(1000);
    expect(Math.abs(q1.actual)).toBeLessThan(1000);
  });
});
