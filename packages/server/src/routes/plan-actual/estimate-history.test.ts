/**
 * The plan of a past quarter is the estimate in force then, over HTTP on both databases:
 * the demo is seeded on 2026-02-10, Nimbus's return estimate is changed through the
 * estimate route on 2026-05-20 (in 2026 Q2), and on 2026-11-29 the partner's series and
 * S over time keep the old plan up to 2026 Q2 and take the new one from 2026 Q3 (the
 * estimate in force on a quarter's first day; docs/model.md section 11).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createApiToken } from '../../auth/api-tokens.js';
import { testConfig } from '../../config.js';
import { DEMO_OWNER_EMAIL, DEMO_SLUG, seedIfEmpty } from '../../first-run.js';
import type { App } from '../../http/context.js';
import { describeEachDatabase } from '../../test-support/databases.js';

const DEMO = new URL('../../../../../examples/demo.yaml', import.meta.url);
let at = '2026-02-10T09:00:00Z';
const clock = () => new Date(at);
const NIMBUS = `/api/workspaces/${DEMO_SLUG}/partners/nimbus-gpu-cloud`;

interface Period {
  from: string;
  plan: { net: number; return: number; source: string; estimate?: { version: number } };
}

describeEachDatabase('plans of past quarters keep the estimate in force then', { clock }, (get) => {
  let app: App;
  let token: string;
  beforeAll(async () => {
    at = '2026-02-10T09:00:00Z';
    const { db } = get();
    await seedIfEmpty(db, readFileSync(DEMO, 'utf8'), 'examples/demo.yaml');
    app = await buildApp({ db, config: testConfig(), clock });
  });
  afterAll(() => app.close());

  /** Moves the clock, with a token made then (a token's life is counted by the clock). */
  const move = async (to: string) => {
    at = to;
    token = await createApiToken(get().db, { email: DEMO_OWNER_EMAIL }, clock);
  };

  const call = async (method: 'GET' | 'PUT', url: string, payload?: object) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('keeps the old figure before the change and takes the new one after', async () => {
    await move('2026-05-20T09:00:00Z');
    const estimate = await call('GET', `${NIMBUS}/estimate`);
    // The demo's return is triangular(230, 300, 380): mean 303.33 USD k a year. Now 606.67.
    await call('PUT', `${NIMBUS}/estimate`, {
      return: { triangular: [460, 600, 760] },
      version: estimate.version,
    });
    await move('2026-11-29T09:00:00Z');
    // The history the review wizard prefills from: the seeded estimate, then the new one.
    const history = await call('GET', `${NIMBUS}/estimate/history`);
    expect(history.estimates.map((e: { version: number; since: string }) => e.since)).toEqual([
      '2026-02-10',
      '2026-05-20',
    ]);
    expect(history.estimates[1]).toMatchObject({
      version: estimate.version + 1,
      estimate: { return: 606.6666666666666 },
    });
    const series = (await call('GET', `${NIMBUS}/plan-actual?periods=8`)) as { periods: Period[] };
    const byQuarter = new Map(series.periods.map((p) => [p.from, p.plan]));
    const q2 = byQuarter.get('2026-04-01');
    const q3 = byQuarter.get('2026-07-01');
    expect(q2).toMatchObject({ source: 'estimate', estimate: { version: estimate.version } });
    expect(q3).toMatchObject({ source: 'estimate', estimate: { version: estimate.version + 1 } });
    // 2026 Q2: 91 of 365 days of the old mean, 303.33 × 91/365 = 75.63; Q3: 606.67 × 92/365 = 152.91.
    expect(q2?.return).toBe(75.63);
    expect(q3?.return).toBe(152.91);
    // Every quarter before Q3 planned from the estimate keeps the old version.
    for (const p of series.periods.filter((x) => x.from < '2026-07-01')) {
      if (p.plan.source === 'estimate') expect(p.plan.estimate?.version).toBe(estimate.version);
    }
    // S over time carries the same plans: Q3's planned S moves by Nimbus's change only.
    const s = (await call('GET', `/api/workspaces/${DEMO_SLUG}/plan-actual?periods=8`)) as {
      periods: { from: string; planned: number }[];
    };
    const partnerPlan = (key: string) =>
      call('GET', `/api/workspaces/${DEMO_SLUG}/partners/${key}/plan-actual?periods=8`);
    const sum = new Map<string, number>();
    for (const key of (await call('GET', `/api/workspaces/${DEMO_SLUG}/plan-actual?periods=8`))
      .partners as string[]) {
      for (const p of ((await partnerPlan(key)) as { periods: Period[] }).periods)
        sum.set(p.from, Math.round(((sum.get(p.from) ?? 0) + p.plan.net) * 100) / 100);
    }
    for (const p of s.periods) expect(p.planned).toBeCloseTo(sum.get(p.from) ?? 0, 6);
  });
});
