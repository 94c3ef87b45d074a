/**
 * The Portfolio screen in a real browser against a real server with the demo spec loaded:
 * optimise under the demo's constraints and see the selection, make the problem infeasible
 * and read the conflicting constraints, a settings conflict (409), the efficient frontier
 * with a click on a point, the risk frontier (E[S] against CVaR 5%), Monte Carlo with the histogram computed in the browser (equal to
 * the server's statistics), two saved scenarios compared, and 简体中文 with nothing left in
 * English. No console errors.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

/** A call to the API with the page's session cookie and CSRF token (as the app makes it). */
async function apiCall(
  page: Page,
  method: string,
  path: string,
  body?: { type: string; text: string },
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken?: string };
      const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken ?? '' };
      if (body !== undefined) headers['content-type'] = body.type;
      const res = await fetch(path, { method, headers, ...(body ? { body: body.text } : {}) });
      const text = await res.text();
      return { status: res.status, json: text === '' ? null : JSON.parse(text) };
    },
    { method, path, body },
  );
}

describeInBrowser('the Portfolio screen', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startTestServer();
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    await signIn(browser.page, server.url, owner);
    const loaded = await apiCall(browser.page, 'PUT', '/api/workspaces/demo/spec', {
      type: 'application/yaml',
      text: await readFile(DEMO, 'utf8'),
    });
    expect(loaded.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const optimise = async (page: Page) => {
    await page.getByRole('button', { name: en['screen.portfolio.optimize.run'] }).click();
  };
  const resultPanel = (page: Page) => page.getByTestId('optimize-result');

  it('optimises under the demo’s constraints and shows S, the selection, resources and regret', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/portfolio`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      en['nav.portfolio'],
    );
    // The form shows the workspace settings (from the spec).
    const government = page.getByLabel(en['screen.portfolio.kind.government'], { exact: true });
    await poll(() => government.inputValue()).toBe('1');
    expect(await page.getByLabel(en['screen.portfolio.maxPartners.label']).inputValue()).toBe('10');
    expect(await page.getByLabel('Capacity of budget').inputValue()).toBe('1500');

    await optimise(page);
    const result = resultPanel(page);
    await poll(() => result.isVisible(), 60_000).toBe(true);
    expect(
      await result.getByText(en['screen.portfolio.status.optimal'], { exact: true }).count(),
    ).toBe(1);
    // S = 1431.67 USD k for the demo (examples/demo.yaml documents it).
    expect(await result.getByTestId('optimize-objective').textContent()).toContain('1,431.67');
    expect(
      await result
        .getByText(en['screen.portfolio.result.SWithUnit'].replace('{unit}', 'USD k'))
        .count(),
    ).toBe(1);
    const selected = result.getByRole('table', { name: en['screen.portfolio.result.selected'] });
    expect(await selected.getByRole('row').count()).toBe(11); // header + 10 partners
    expect(await selected.getByText('Northlake University AI Lab').count()).toBe(1);
    expect(await result.getByText('budget: 1,500 of 1,500').count()).toBe(1);
    const regret = result.getByRole('table', { name: en['screen.portfolio.regret.title'] });
    expect(await regret.getByRole('row').count()).toBeGreaterThan(30);

    await page.locator('#pf-save-optimize').fill('Demo baseline');
    await page.locator('#pf-save-optimize').press('Enter');
    await poll(() =>
      page
        .getByText(fill(en['screen.portfolio.scenario.saved'], { name: 'Demo baseline' }))
        .count(),
    ).toBe(1);

    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('portfolio-optimal');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('saves a changed constraint before optimising, and explains an infeasible problem', async () => {
    const { page } = browser;
    const maxPartners = page.getByLabel(en['screen.portfolio.maxPartners.label']);
    await maxPartners.fill('8');
    await optimise(page);
    await poll(() =>
      page.getByText(en['screen.portfolio.constraints.savedNow']).count(),
    ).toBeGreaterThan(0);
    const selected = resultPanel(page).getByRole('table', {
      name: en['screen.portfolio.result.selected'],
    });
    await poll(() => selected.getByRole('row').count(), 60_000).toBe(9);
    await page.locator('#pf-save-optimize').fill('At most eight');
    await page.locator('#pf-save-optimize').press('Enter');
    await poll(() =>
      page
        .getByText(fill(en['screen.portfolio.scenario.saved'], { name: 'At most eight' }))
        .count(),
    ).toBe(1);

    // Nine government partners cannot be found among the demo's candidates under eight partners.
    const government = page.getByLabel(en['screen.portfolio.kind.government'], { exact: true });
    await government.fill('9');
    await optimise(page);
    const conflicts = page.getByRole('list', { name: en['screen.portfolio.infeasible.list'] });
    await poll(() => conflicts.isVisible(), 60_000).toBe(true);
    expect(
      await resultPanel(page)
        .getByText(en['screen.portfolio.status.infeasible'], { exact: true })
        .count(),
    ).toBe(1);
    const items = conflicts.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    const government9 = conflicts.locator('[data-constraint="constraints.minPerKind.government"]');
    expect(await government9.count()).toBe(1);
    expect((await government9.textContent())?.length ?? 0).toBeGreaterThan(40); // the engine's words
    // The engine's words come as a code: the reader's language says them.
    await choose(page, en['language.label'], '简体中文');
    const said = page.locator('[data-constraint="constraints.minPerKind.government"]');
    // The kind too: the partner screens' own word for it.
    await poll(() => said.textContent()).toContain(
      `至少需要 9 个${zhCN['screen.partners.kind.government']}类合作伙伴`,
    );
    expect(await said.getByRole('button').textContent()).toBe(
      `${zhCN['screen.portfolio.section.minPerKind']} · ${zhCN['screen.partners.kind.government']}`,
    );
    await choose(page, zhCN['language.label'], 'English');
    await poll(() => government9.textContent()).toContain('at least 9 government partners');
    // The settings saved are what the server optimised.
    const settings = await apiCall(page, 'GET', '/api/workspaces/demo/settings');
    expect(settings.json).toMatchObject({
      settings: { constraints: { maxPartners: 8, minPerKind: { government: 9 } } },
    });
    await browser.screenshot('portfolio-infeasible');

    // Each conflict leads to its field.
    await government9.getByRole('button').click();
    await poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(
      'pf-constraints_minPerKind_government',
    );

    await government.fill('1');
    await maxPartners.fill('10');
    await page.getByRole('button', { name: en['screen.portfolio.constraints.save'] }).click();
    await poll(() => page.getByText(en['screen.portfolio.constraints.saved']).count()).toBe(1);
    const restored = await apiCall(page, 'GET', '/api/workspaces/demo/settings');
    expect(restored.json).toMatchObject({
      settings: { constraints: { maxPartners: 10, minPerKind: { government: 1 } } },
    });
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('reloads and says so when someone else saved the settings first (409)', async () => {
    const { page } = browser;
    browser.allowConsoleErrors(/status of 409/);
    const current = (await apiCall(page, 'GET', '/api/workspaces/demo/settings')).json as {
      version: number;
    };
    const other = await apiCall(page, 'PATCH', '/api/workspaces/demo/settings', {
      type: 'application/json',
      text: JSON.stringify({ version: current.version, settings: { coordinationCost: 20 } }),
    });
    expect(other.status).toBe(200);
    await page.getByLabel(en['screen.portfolio.minScore.label']).fill('0.35');
    await page.getByRole('button', { name: en['screen.portfolio.constraints.save'] }).click();
    await poll(() => page.getByText(en['screen.portfolio.constraints.conflict']).count()).toBe(1);
    // The form now shows the other change, and not ours.
    await poll(() =>
      page.getByLabel(en['screen.portfolio.coordinationCost.label']).inputValue(),
    ).toBe('20');
    expect(await page.getByLabel(en['screen.portfolio.minScore.label']).inputValue()).toBe('0.30');
    const back = (await apiCall(page, 'GET', '/api/workspaces/demo/settings')).json as {
      version: number;
    };
    await apiCall(page, 'PATCH', '/api/workspaces/demo/settings', {
      type: 'application/json',
      text: JSON.stringify({ version: back.version, settings: { coordinationCost: 15 } }),
    });
    await page.reload();
    await poll(() =>
      page.getByLabel(en['screen.portfolio.coordinationCost.label']).inputValue(),
    ).toBe('15');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('draws the efficient frontier and shows the portfolio of a clicked point', async () => {
    const { page } = browser;
    await page.getByLabel(en['screen.portfolio.frontier.points']).fill('9');
    await page.getByRole('button', { name: en['screen.portfolio.frontier.run'] }).click();
    const chart = page.getByRole('img', {
      name: fill(en['screen.portfolio.frontier.chart'], { resource: 'budget' }),
    });
    await poll(() => chart.isVisible(), 60_000).toBe(true);
    await chart.scrollIntoViewIfNeeded();
    expect(await page.getByTestId('frontier-portfolio').count()).toBe(0);
    // The last point (largest budget) has the best objective: the chart's top-right, inside
    // the 5% padding of both axes. Look around there for the point under the pointer.
    const box = await chart.boundingBox();
    if (box === null) throw new Error('the chart has no box');
    const canvas = chart.locator('canvas').first();
    let clicked = false;
    const fx = 1.05 / 1.1;
    const cx = box.x + 64 + (box.width - 88) * fx;
    const cy = box.y + 24 + (box.height - 72) * (1 - fx);
    for (const [dx, dy] of [
      [0, 0],
      [1, 1],
      [-1, -1],
      [2, 0],
      [0, 2],
      [-2, 0],
      [0, -2],
    ] as const) {
      await page.mouse.move(cx + dx, cy + dy);
      if ((await canvas.evaluate((c) => getComputedStyle(c).cursor)) === 'pointer') {
        await page.mouse.click(cx + dx, cy + dy);
        clicked = true;
        break;
      }
    }
    expect(clicked).toBe(true);
    const portfolio = page.getByTestId('frontier-portfolio');
    await poll(() => portfolio.isVisible()).toBe(true);
    expect(await portfolio.getByText('Northlake University AI Lab').count()).toBe(1);
    expect(await portfolio.locator('.ant-tag').count()).toBeGreaterThan(5);
    await browser.screenshot('portfolio-frontier');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('traces the risk frontier: E[S] against CVaR 5%, one row per point', async () => {
    const { page } = browser;
    await page.locator('#pf-cvar-frontier_points').fill('3');
    await page.locator('#pf-cvar-frontier_scenarios').fill('200');
    await page.getByRole('button', { name: en['screen.portfolio.cvarFrontier.run'] }).click();
    const chart = page.getByRole('img', { name: en['screen.portfolio.cvarFrontier.chart'] });
    await poll(() => chart.isVisible(), 60_000).toBe(true);
    const rows = page.getByTestId('cvar-frontier-points').locator('tbody tr');
    await poll(() => rows.count()).toBe(3);
    expect(await page.getByText('200 scenarios, seed 1').count()).toBe(1);
    await chart.scrollIntoViewIfNeeded();
    await browser.screenshot('portfolio-cvar-frontier');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('runs Monte Carlo: the server’s statistics and the browser’s histogram of the same samples', async () => {
    const { page } = browser;
    await page.getByLabel(en['screen.portfolio.simulate.seed']).fill('7');
    await page.getByRole('button', { name: en['screen.portfolio.simulate.run'] }).click();
    const stats = page.getByTestId('simulate-stats');
    await poll(() => stats.isVisible(), 60_000).toBe(true);
    const expected = (
      await apiCall(page, 'POST', '/api/workspaces/demo/simulate', {
        type: 'application/json',
        text: JSON.stringify({ scenarios: 100_000, seed: 7 }),
      })
    ).json as { mean: number; p95: number };
    const format = (v: number) =>
      new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(v);
    expect(await stats.textContent()).toContain(format(expected.mean));
    expect(await stats.textContent()).toContain(format(expected.p95));
    // The browser ran the same seed: its statistics equal the server's exactly.
    await poll(() => page.getByTestId('simulate-agree').count(), 30_000).toBe(1);
    const histogram = page.getByRole('img', {
      name: fill(en['screen.portfolio.simulate.chart'], { scenarios: '100,000' }),
    });
    expect(await histogram.isVisible()).toBe(true);
    await page.locator('#pf-save-simulate').fill('Monte Carlo seed 7');
    await page.locator('#pf-save-simulate').press('Enter');
    await poll(() =>
      page
        .getByText(fill(en['screen.portfolio.scenario.saved'], { name: 'Monte Carlo seed 7' }))
        .count(),
    ).toBe(1);
    await histogram.scrollIntoViewIfNeeded();
    await browser.screenshot('portfolio-monte-carlo');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('runs a large Monte Carlo as a job with progress, then shows its statistics', async () => {
    const { page } = browser;
    await page.locator('#pf-simulate_scenarios').fill('300000');
    await page.getByRole('button', { name: en['screen.portfolio.simulate.run'] }).click();
    // Over 200,000 scenarios the server answers 202: the job's bar and its Cancel button.
    await poll(() => page.getByRole('progressbar', { name: en['job.label'] }).count()).toBe(1);
    // The server's job ran it; the same run in the browser draws the histogram.
    await poll(
      () => page.getByText('300,000 scenarios, seed 7', { exact: false }).count(),
      60_000,
    ).toBe(1);
    await poll(() => page.getByTestId('simulate-agree').count(), 30_000).toBe(1);
    expect(await page.getByRole('progressbar', { name: en['job.label'] }).count()).toBe(0);
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('lists saved scenarios and compares two side by side', async () => {
    const { page } = browser;
    const list = page.getByRole('table', { name: en['screen.portfolio.scenarios.title'] });
    await poll(() => list.getByRole('row').count()).toBe(4);
    await choose(page, en['screen.portfolio.scenarios.compare.a'], 'Demo baseline (Optimisation)');
    // Let the first dropdown close before the second opens (both would match).
    await poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await choose(page, en['screen.portfolio.scenarios.compare.b'], 'At most eight (Optimisation)');
    await poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    const compare = page.getByTestId('scenario-compare');
    await poll(() => compare.isVisible()).toBe(true);
    const table = compare.getByRole('table', { name: en['screen.portfolio.compare.title'] });
    expect(await table.getByRole('columnheader', { name: 'Demo baseline' }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: 'At most eight' }).count()).toBe(1);
    expect(await table.getByText('1,431.67').count()).toBe(1);
    // Two partners of the baseline are not in the eight-partner portfolio.
    const onlyHere = en['screen.portfolio.compare.onlyHere'].replace('{name}', '');
    expect(await table.getByText(onlyHere).count()).toBeGreaterThanOrEqual(2);
    expect(await table.getByText(en['screen.portfolio.compare.different']).count()).toBeGreaterThan(
      1,
    );
    await compare.scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('portfolio-compare');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('speaks 简体中文 on the whole screen, results included', async () => {
    const { page } = browser;
    await page.evaluate(() => window.scrollTo(0, 0));
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.portfolio'],
    );
    await page.getByRole('button', { name: zhCN['screen.portfolio.optimize.run'] }).click();
    await poll(
      () =>
        resultPanel(page)
          .getByText(zhCN['screen.portfolio.status.optimal'], { exact: true })
          .count(),
      60_000,
    ).toBe(1);
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    await browser.screenshot('portfolio-zh');
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 90_000);
});
