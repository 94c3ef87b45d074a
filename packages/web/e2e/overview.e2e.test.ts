/**
 * The overview screens in a real browser against a real server: the dashboard (value S of
 * the optimal portfolio with its Monte Carlo histogram, resource bars, partner counts,
 * alerts) and the network's coverage matrix, on the demo
 * portfolio imported through the API; an empty workspace's first steps; light, dark and
 * 简体中文 with nothing left in English. No page may log a console error.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));

describeInBrowser('the dashboard and the network', () => {
  let server: TestServer;
  let browser: TestBrowser;

  /** A call to the API with the browser's session (cookie and CSRF token). */
  const call = async (method: 'POST' | 'PUT', path: string, data: string, type: string) => {
    const { page } = browser;
    const session = await page.request.get(`${server.url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken?: string };
    const response = await page.request.fetch(`${server.url}${path}`, {
      method,
      data,
      headers: { 'content-type': type, 'x-csrf-token': csrfToken ?? '' },
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as unknown;
  };

  /** English messages on the page, leaving out partner names (data, not messages). */
  const englishLeft = async () => {
    const { page } = browser;
    const list = await page.request.get(`${server.url}/api/workspaces/demo/partners?limit=500`);
    const names = new Set(
      ((await list.json()) as { items: { name: string }[] }).items.map((p) => p.name),
    );
    return untranslated((await visibleTexts(page)).filter((text) => !names.has(text)));
  };

  beforeAll(async () => {
    server = await startTestServer();
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    await signIn(browser.page, server.url, owner);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('teaches an empty workspace what to do first, on both screens', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/dashboard`);
    await poll(() => page.getByText(en['screen.dashboard.emptyTitle']).count()).toBe(1);
    expect(await page.getByRole('region', { name: en['emptyState.next'] }).count()).toBe(1);
    await page.goto(`${server.url}/w/demo/network`);
    await poll(() => page.getByText(en['screen.network.emptyTitle']).count()).toBe(1);
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('shows S of the optimal portfolio, its histogram and the resource bars', async () => {
    const { page } = browser;
    await call(
      'PUT',
      '/api/workspaces/demo/spec',
      await readFile(DEMO, 'utf8'),
      'application/yaml',
    );
    const optimal = (await call(
      'POST',
      '/api/workspaces/demo/optimize',
      '{}',
      'application/json',
    )) as {
      selected: string[];
      resources: Record<string, { used: number; capacity: number }>;
    };
    const summary = (await call(
      'POST',
      '/api/workspaces/demo/simulate',
      JSON.stringify({ scenarios: 100_000, seed: 7, selected: optimal.selected }),
      'application/json',
    )) as { expected: number; p5: number; p95: number };

    await page.goto(`${server.url}/w/demo/dashboard`);
    const value = page.getByTestId('portfolio-value');
    const two = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    // The figure on the page is the server's expected S of the optimal selection.
    await poll(() => value.textContent()).toContain(two.format(summary.expected));
    expect(await value.textContent()).toContain('Expected S (USD k)');

    const histogram = page.getByTestId('value-histogram');
    const label = await histogram.getByRole('img').getAttribute('aria-label');
    expect(label).toContain(`p5 = ${two.format(summary.p5)}`);
    expect(label).toContain(`p95 = ${two.format(summary.p95)}`);
    const canvas = histogram.locator('canvas');
    await poll(() => canvas.count()).toBe(1);
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    // The histogram's bars were drawn: the canvas holds more than a blank background.
    expect(
      await canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97) {
          colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        }
        return colours.size;
      }),
    ).toBeGreaterThan(3);

    const bars = page.getByTestId('resource-bars').getByRole('progressbar');
    expect(await bars.count()).toBe(Object.keys(optimal.resources).length);
    const budget = optimal.resources.budget;
    expect(budget).toBeDefined();
    expect(await page.getByTestId('resource-bars').textContent()).toContain(
      `budget: ${two.format(budget?.used ?? 0)} of ${two.format(budget?.capacity ?? 0)}`,
    );
    // No agreements yet: the running partnerships' cards say so, and the ledger is intact.
    expect(await page.getByText(en['screen.dashboard.ops.noObligations']).count()).toBe(1);
    expect(await page.getByTestId('ops-ledger').textContent()).toContain(
      en['screen.dashboard.ops.ledgerIntact'].replace('{entries}', '0'),
    );
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('dashboard');
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('shows the network: the coverage matrix of the demo (no partner runs yet: every need is short)', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/network`);
    const matrix = page.getByTestId('coverage-matrix');
    await poll(() => matrix.locator('button[data-state="gap"]').count()).toBeGreaterThan(3);
    expect(await matrix.locator('button[data-state="covered"]').count()).toBe(0);
    // The network screen's own test (network.e2e.test.ts) covers the rest of it.
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('network');
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('looks right in the dark theme', async () => {
    const { page } = browser;
    await choose(page, en['theme.label'], en['theme.dark']);
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // A fresh page: no theme transition or closed dropdown left over for axe to see.
    await page.reload();
    await poll(() => page.getByTestId('coverage-matrix').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('network-dark');
    await page.goto(`${server.url}/w/demo/dashboard`);
    await poll(() => page.getByTestId('value-histogram').locator('canvas').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('dashboard-dark');
    await choose(page, en['theme.label'], en['theme.light']);
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('speaks 简体中文 on both screens, with nothing left in English', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/dashboard`);
    await page.getByTestId('portfolio-value').waitFor();
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.dashboard'],
    );
    await poll(() => page.getByTestId('value-histogram').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('portfolio-value').textContent()).toContain('S 的期望值');
    expect(await englishLeft()).toEqual([]);
    await browser.screenshot('dashboard-zh');

    await page.goto(`${server.url}/w/demo/network`);
    await poll(() =>
      page.getByRole('tab', { name: zhCN['screen.network.tab.coverage'] }).count(),
    ).toBe(1);
    await page.getByTestId('coverage-matrix').waitFor();
    expect(await englishLeft()).toEqual([]);
    await browser.screenshot('network-zh');
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 60_000);
});
