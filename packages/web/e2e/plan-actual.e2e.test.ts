/**
 * Plan against actual in a real browser against a real server on the demo workspace as a
 * first start seeds it (examples/demo.yaml with its running partnerships and last year's
 * ledger, server/src/demo-partnerships.ts):
 *
 * - the partner page charts plan against actual per quarter, and its table's actual net of
 *   every quarter is the ledger's: our side of each agreement's settlement, asked of the
 *   agreement's own settle route; Nimbus's first quarter is worked by hand;
 * - the dashboard shows current S over time, realised S per quarter being our side of the
 *   settlements of the running partners' agreements, each agreement once;
 * - no axe violations; in 简体中文 the quarters and every message are Chinese.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall, fill } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 60_000 });
const NIMBUS = 'nimbus-gpu-cloud';
const HOSPITAL = 'huaxin-medical-group';
const RUNNING = ['riverton-med-imaging', HOSPITAL, NIMBUS];
const two = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// The demo's ledger is dated in last year's quarters (demo-partnerships.ts).
const YEAR = new Date().getUTCFullYear() - 1;

interface Series {
  periods: {
    from: string;
    to: string;
    partial: boolean;
    plan: { net: number };
    actual: { net: number };
  }[];
}
interface SSeries {
  periods: { from: string; to: string; planned: number; actual: number }[];
}

describeInBrowser('plan against actual', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url: string;
  const get = (path: string) => apiCall(browser.page, url, 'GET', `/api/workspaces/demo${path}`);

  /** Our side of an agreement's settlement of a period, from its own settle route, in cents. */
  async function ourCents(code: string, from: string, to: string): Promise<number> {
    const settled = (await apiCall(
      browser.page,
      url,
      'POST',
      `/api/workspaces/demo/agreements/${code}/settle`,
      { data: JSON.stringify({ from, to }), type: 'application/json' },
    )) as { lines: { party: string; amount: number }[] };
    return settled.lines
      .filter((l) => l.party === 'us')
      .reduce((s, l) => s + Math.round(l.amount * 100), 0);
  }

  const agreementsOf = async (key: string) =>
    ((await get(`/agreements?partner=${key}`)) as { code: string; start: string }[]).map(
      (a) => a.code,
    );

  const accessible = async (page: Page) => {
    await poll(() => page.locator('[class*="-appear"], [class*="-enter"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  };

  const cell = (page: Page, table: string, from: string, name: string) =>
    page.getByTestId(table).locator(`tr[data-period="${from}"] [data-cell="${name}"]`);

  beforeAll(async () => {
    server = await startTestServer(120_000, { demo: true });
    url = server.url;
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    browser.page.setDefaultTimeout(30_000);
    await signIn(browser.page, url, owner);
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await browser?.screenshot(`failed-${context.task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('charts a partner’s plan against actual per quarter, its table matching the ledger', async () => {
    const { page } = browser;
    for (const key of [NIMBUS, HOSPITAL]) {
      await page.goto(`${url}/w/demo/partners/${key}`);
      await page.getByRole('tab', { name: en['screen.partners.page.tabPartnership'] }).click();
      const table = page.getByTestId('plan-actual-table');
      await poll(() => table.locator('tr[data-period]').count()).toBeGreaterThan(0);
      const series = (await get(`/partners/${key}/plan-actual`)) as Series;
      // The first quarter is the first agreement's (1 January last year); eight by default.
      expect(series.periods[0]?.from).toBe(`${YEAR}-01-01`);
      expect(series.periods).toHaveLength(8);
      expect(await table.locator('tr[data-period]').count()).toBe(8);
      const codes = await agreementsOf(key);
      for (const p of series.periods) {
        let cents = 0;
        for (const code of codes) cents += await ourCents(code, p.from, p.to);
        const label = fill(en['screen.planActual.quarter'], {
          year: p.from.slice(0, 4),
          quarter: (Number(p.from.slice(5, 7)) + 2) / 3,
        });
        const row = table.locator(`tr[data-period="${p.from}"]`);
        expect(await row.locator('td').first().textContent()).toBe(
          p.partial ? fill(en['screen.planActual.soFar'], { label }) : label,
        );
        // The ledger is in dollars, the demo's unit USD k: the table shows thousands.
        expect(await cell(page, 'plan-actual-table', p.from, 'actual').textContent()).toBe(
          two.format(cents / 100 / 1000),
        );
      }
      const chart = page.getByTestId('plan-actual-chart').getByRole('img');
      await poll(() => chart.locator('canvas').count()).toBe(1);
      const sum = (f: (p: Series['periods'][number]) => number) =>
        two.format(series.periods.reduce((c, p) => c + Math.round(f(p) * 100), 0) / 100);
      expect(await chart.getAttribute('aria-label')).toBe(
        fill(en['screen.planActual.chartLabel'], {
          count: 8,
          planned: sum((p) => p.plan.net),
          actual: sum((p) => p.actual.net),
        }),
      );
      await accessible(page);
      await browser.screenshot(`plan-actual-${key}`);
    }
    // By hand: Nimbus paid the 96,000 cluster cost in Q1 and we used 3,100 of 4,800 hours,
    // so our share is 96,000 × 3,100 / 4,800 = 62,000 USD owed to Nimbus: 62 in USD k.
    await page.goto(`${url}/w/demo/partners/${NIMBUS}`);
    await page.getByRole('tab', { name: en['screen.partners.page.tabPartnership'] }).click();
    await poll(() => cell(page, 'plan-actual-table', `${YEAR}-01-01`, 'actual').textContent()).toBe(
      '-62.00',
    );
    expect(await page.getByTestId('plan-actual-unit').textContent()).toBe(
      fill(en['screen.planActual.inUnit'], { unit: 'USD k' }),
    );
    expect(
      await cell(page, 'plan-actual-table', `${YEAR}-01-01`, 'source').getAttribute('data-source'),
    ).toBe('ledger');
    browser.expectNoConsoleErrors();
  }, 300_000);

  it('shows current S over time on the dashboard, realised S from the ledger', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/dashboard`);
    const table = page.getByTestId('s-over-time-table');
    await poll(() => table.locator('tr[data-period]').count()).toBe(8);
    const s = (await get('/plan-actual')) as SSeries & { partners: string[] };
    expect([...s.partners].sort()).toEqual([...RUNNING].sort());
    // Each agreement of the running partners once.
    const codes = new Set<string>();
    for (const key of RUNNING) for (const code of await agreementsOf(key)) codes.add(code);
    expect([...codes].sort()).toEqual(['gpu-pool', 'imaging-fm']);
    for (const p of s.periods) {
      let cents = 0;
      for (const code of codes) cents += await ourCents(code, p.from, p.to);
      expect(await cell(page, 's-over-time-table', p.from, 'actual').textContent()).toBe(
        two.format(cents / 100 / 1000),
      );
      expect(await cell(page, 's-over-time-table', p.from, 'planned').textContent()).toBe(
        two.format(p.planned),
      );
    }
    const chart = page.getByTestId('s-over-time-chart').getByRole('img');
    await poll(() => chart.locator('canvas').count()).toBe(1);
    await accessible(page);
    await browser.screenshot('s-over-time');
    browser.expectNoConsoleErrors();
  }, 300_000);

  it('speaks 简体中文: quarters and every message', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/dashboard`);
    // Let the dashboard's cards load first: their arrival moves the page under an open
    // language menu, and its option is then never stable enough to click.
    await poll(() => page.getByTestId('s-over-time-table').isVisible()).toBe(true);
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.dashboard'],
    );
    const sTable = page.getByTestId('s-over-time-table');
    await poll(() =>
      sTable.locator(`tr[data-period="${YEAR}-01-01"] td`).first().textContent(),
    ).toBe(fill(zhCN['screen.planActual.quarter'], { year: String(YEAR), quarter: 1 }));
    expect(await page.getByTestId('s-over-time').textContent()).toContain(
      zhCN['screen.planActual.sTitle'],
    );
    const names = new Set(
      (
        (await (
          await page.request.get(`${url}/api/workspaces/demo/partners?limit=500`)
        ).json()) as { items: { name: string }[] }
      ).items.map((p) => p.name),
    );
    const onDashboard = (await visibleTexts(page)).filter((text) => !names.has(text));
    expect(untranslated(onDashboard).filter((m) => m.startsWith('screen.planActual'))).toEqual([]);

    await page.goto(`${url}/w/demo/partners/${NIMBUS}`);
    await page.getByRole('tab', { name: zhCN['screen.partners.page.tabPartnership'] }).click();
    const table = page.getByTestId('plan-actual-table');
    await poll(() =>
      table.locator(`tr[data-period="${YEAR}-01-01"] td`).first().textContent(),
    ).toBe(fill(zhCN['screen.planActual.quarter'], { year: String(YEAR), quarter: 1 }));
    expect(await page.getByTestId('plan-actual').textContent()).toContain(
      zhCN['screen.planActual.title'],
    );
    const onPartner = (await visibleTexts(page)).filter((text) => !names.has(text));
    expect(untranslated(onPartner)).toEqual([]);
    await accessible(page);
    await browser.screenshot('plan-actual-zh');
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 300_000);
});
