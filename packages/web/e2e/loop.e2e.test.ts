/**
 * One loop (issue 9), walked through in a real browser against a real server, on the demo
 * workspace running examples/running-portfolio.yaml (six incumbents) with leaving Nimbus
 * GPU Cloud made to cost 2,000 and Silverbay Commercial Bank exited:
 *
 * - the dashboard puts current S beside proposed S; the change plan keeps every running
 *   partner, Nimbus included because leaving costs more than it gains (the cost is shown),
 *   and never proposes the exited bank (listed with its status);
 * - an exit lock on Nimbus is honoured: solved again, Nimbus is exited at its exit cost;
 * - two assessors weigh the criteria by AHP: each one's grid and CR, the group's geometric
 *   mean; saving one assessor's grid never changes the other's; the same with direct
 *   weights (each one's sliders, the group's mean);
 * - the portfolio form edits the coordination cost by kind with overhead bands, and a band
 *   that breaks core's rules says so from its code, in English and 简体中文.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall, closeDropdowns, fill } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>, timeout = 30_000) => expect.poll(read, { timeout });
/**
 * Picks `option` in the grid's cell select until the group's cell (tech vs market) reads
 * `group`: on a loaded machine a pick made while the select is still settling (the grid
 * just switched assessors) can miss, and picking the same value again changes nothing else.
 */
const pickUntil = (page: Page, cell: string, option: string, group: string) =>
  poll(async () => {
    await closeDropdowns(page);
    await choose(page, cell, option);
    return page.getByTestId('group-cell-0-1').textContent();
  }, 60_000).toBe(group);

const RUNNING = fileURLToPath(new URL('../../../examples/running-portfolio.yaml', import.meta.url));
const NIMBUS = 'nimbus-gpu-cloud';
const BANK = 'silverbay-bank';

/** The running demo with Nimbus's exit cost and the bank exited. */
async function loopSpec(): Promise<string> {
  const text = await readFile(RUNNING, 'utf8');
  const withCost = text.replace(
    '    status: active # the shared GPU pool\n',
    '    status: active # the shared GPU pool\n    exitCost: 2000\n',
  );
  const withExited = withCost.replace(`  - id: ${BANK}\n`, `  - id: ${BANK}\n    status: exited\n`);
  if (withExited === withCost || withCost === text) throw new Error('the example changed shape');
  return withExited;
}

interface Criteria {
  version: number;
  weighting: { method: string; matrices?: number[][][] };
}

describeInBrowser('one loop: the portfolio we run is the portfolio we optimise', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startTestServer();
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    await signIn(browser.page, server.url, owner);
    await apiCall(browser.page, server.url, 'PUT', '/api/workspaces/demo/spec', {
      data: await loopSpec(),
      type: 'application/yaml',
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const row = (page: Page, id: string) => page.getByTestId(`move-row-${id}`);
  const changeOf = (page: Page, id: string) =>
    page.getByTestId(`change-${id}`).getAttribute('data-change');

  it('keeps the running partners, Nimbus too since leaving costs more, and never proposes an exited one', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/dashboard`);
    const plan = page.getByTestId('move-plan');
    await poll(() => plan.isVisible(), 60_000).toBe(true);
    // Current S (the six incumbents) beside proposed S, and the difference.
    const figure = async (id: string) =>
      Number(
        ((await page.getByTestId(id).locator('.ant-statistic-content').textContent()) ?? '')
          .replace(/,/g, '')
          .trim(),
      );
    const current = await figure('current-s');
    const proposed = await figure('proposed-s');
    expect(current).toBeCloseTo(790, 1);
    expect(proposed).toBeGreaterThan(current);
    expect(await figure('delta-s')).toBeCloseTo(proposed - current, 1);
    expect(await page.getByTestId('current-band').textContent()).toMatch(/^p5 .+ to p95 .+$/);

    for (const id of [
      'northlake-ai-lab',
      'riverton-med-imaging',
      'huaxin-medical-group',
      NIMBUS,
      'riverton-data-bureau',
      'eastland-health-commission',
    ]) {
      expect(await changeOf(page, id)).toBe('keep');
    }
    expect(await row(page, NIMBUS).textContent()).toContain(
      fill(en['screen.dashboard.move.exitAvoided'], { cost: '2,000' }),
    );
    expect(await figure('exit-cost')).toBe(0);
    // The exited bank is never proposed, and the dashboard says why.
    expect(await row(page, BANK).count()).toBe(0);
    expect(await page.getByTestId('move-excluded').textContent()).toContain(
      'Silverbay Commercial Bank (Exited)',
    );
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('loop-dashboard-keep');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('honours an exit lock: solved again, Nimbus leaves at its exit cost', async () => {
    const { page } = browser;
    const lock = page.getByRole('radiogroup', {
      name: fill(en['screen.dashboard.move.lockLabel'], { name: 'Nimbus GPU Cloud' }),
    });
    await lock.getByText(en['screen.dashboard.move.lockExit'], { exact: true }).click();
    await page.getByRole('button', { name: en['screen.dashboard.move.solve'] }).click();
    await poll(() => changeOf(page, NIMBUS), 60_000).toBe('exit');
    expect(await row(page, NIMBUS).textContent()).toContain(
      fill(en['screen.dashboard.move.exitOf'], { cost: '2,000' }),
    );
    expect(
      await page.getByTestId('exit-cost').locator('.ant-statistic-content').textContent(),
    ).toBe('2,000');
    // The portfolio we run is the same under the lock.
    expect(
      await page.getByTestId('current-s').locator('.ant-statistic-content').textContent(),
    ).toBe('790');
    expect(await page.getByTestId('locks-applied').textContent()).toBe(
      fill(en['screen.dashboard.move.locksApplied'], { count: 1 }),
    );
    // The lock stays shown as chosen after the solve.
    expect(await lock.locator('label:has(input:checked)').textContent()).toBe(
      en['screen.dashboard.move.lockExit'],
    );
    await browser.screenshot('loop-dashboard-exit-lock');

    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.dashboard'],
    );
    await poll(() => page.getByTestId('move-plan').isVisible(), 60_000).toBe(true);
    const names = new Set(
      (
        (await (
          await page.request.get(`${server.url}/api/workspaces/demo/partners?limit=500`)
        ).json()) as { items: { name: string }[] }
      ).items.map((p) => p.name),
    );
    const texts = (await visibleTexts(page)).filter((text) => !names.has(text));
    expect(untranslated(texts)).toEqual([]);
    await browser.screenshot('loop-dashboard-zh');
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 150_000);

  it('two assessors: each one’s grid and CR, the group’s mean, and a save keeps both', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/criteria`);
    await poll(() => page.getByTestId('assessor-cr-0').isVisible()).toBe(true);
    const cell = fill(en['screen.criteria.cellLabel'], {
      row: 'Technical strength',
      column: 'Market potential',
    });
    // The spec's leadership matrix is assessor 1 (tech vs market = 2).
    await page.getByRole('button', { name: en['screen.criteria.addAssessor'] }).click();
    await poll(() => page.getByTestId('assessor-cr-1').isVisible()).toBe(true);
    // The group's cell is the geometric mean of 2 (assessor 1) and 8 (assessor 2): 4.
    await pickUntil(page, cell, '8', '4');
    expect(Number(await page.getByTestId('group-cr').textContent())).toBeGreaterThan(0);
    await closeDropdowns(page);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('loop-criteria-two-assessors');
    await page.getByRole('button', { name: en['screen.criteria.save'] }).click();
    await poll(() => page.getByText(/^Saved as version \d+\.$/).count()).toBe(1);
    const first = (await apiCall(
      page,
      server.url,
      'GET',
      '/api/workspaces/demo/criteria',
    )) as Criteria;
    expect(first.weighting.matrices).toHaveLength(2);
    expect(first.weighting.matrices?.[0]?.[0]?.[1]).toBe(2);
    expect(first.weighting.matrices?.[1]?.[0]?.[1]).toBe(8);

    // Assessor 1 edits their own grid; assessor 2's survives the save untouched.
    await page.reload();
    await poll(() => page.getByTestId('assessor-cr-1').isVisible()).toBe(true);
    await page.getByTestId('assessor-0').click();
    // Assessor 1's grid is on screen before its cell is picked, and the pick has landed (the
    // group's cell is √(3 · 8)) before the save.
    await poll(() =>
      page.locator('.ant-radio-button-wrapper-checked [data-testid="assessor-0"]').count(),
    ).toBe(1);
    await pickUntil(page, cell, '3', '4.899');
    await page.getByRole('button', { name: en['screen.criteria.save'] }).click();
    await poll(async () => {
      const saved = (await apiCall(
        page,
        server.url,
        'GET',
        '/api/workspaces/demo/criteria',
      )) as Criteria;
      return saved.version;
    }).toBe(first.version + 1);
    const second = (await apiCall(
      page,
      server.url,
      'GET',
      '/api/workspaces/demo/criteria',
    )) as Criteria;
    expect(second.weighting.matrices?.[0]?.[0]?.[1]).toBe(3);
    expect(second.weighting.matrices?.[1]).toEqual(first.weighting.matrices?.[1]);
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('two assessors’ direct weights: each one’s sliders, the group’s mean, both kept', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/criteria`);
    await poll(() => page.getByTestId('assessor-cr-0').isVisible()).toBe(true);
    await page.getByText(en['screen.criteria.method.direct'], { exact: true }).click();
    await page.getByRole('button', { name: en['screen.criteria.addAssessor'] }).click();
    // Assessor 2 puts everything on technical strength; assessor 1 keeps equal weights.
    const tech = page.getByRole('slider', {
      name: fill(en['screen.criteria.weightLabel'], { id: 'tech' }),
    });
    await tech.focus();
    await page.keyboard.press('End');
    await poll(() => tech.getAttribute('aria-valuenow')).toBe('1');
    // (1/6 + 1) / 2 = 58.3%.
    await poll(() => page.getByTestId('group-weight-0').textContent()).toBe('58.3%');
    await page.getByRole('button', { name: en['screen.criteria.save'] }).click();
    await poll(() => page.getByText(/^Saved as version \d+\.$/).count()).toBe(1);
    const saved = (await apiCall(page, server.url, 'GET', '/api/workspaces/demo/criteria')) as {
      version: number;
      weighting: { method: string; assessors?: Record<string, number>[] };
    };
    expect(saved.weighting.method).toBe('direct');
    expect(saved.weighting.assessors).toHaveLength(2);
    expect(saved.weighting.assessors?.[0]?.tech).toBeCloseTo(1 / 6, 9);
    expect(saved.weighting.assessors?.[1]?.tech).toBe(1);
    await browser.screenshot('loop-criteria-direct-assessors');

    // Assessor 1 changes their weights; assessor 2's survive.
    await page.reload();
    await poll(() => page.getByTestId('assessor-1').isVisible()).toBe(true);
    await page.getByTestId('assessor-0').click();
    await tech.focus();
    await page.keyboard.press('Home');
    await poll(() => tech.getAttribute('aria-valuenow')).toBe('0');
    await page.getByRole('button', { name: en['screen.criteria.save'] }).click();
    await poll(async () => {
      const next = (await apiCall(page, server.url, 'GET', '/api/workspaces/demo/criteria')) as {
        version: number;
        weighting: { assessors?: Record<string, number>[] };
      };
      return next.version === saved.version + 1
        ? [next.weighting.assessors?.[0]?.tech, next.weighting.assessors?.[1]]
        : undefined;
    }).toEqual([0, saved.weighting.assessors?.[1]]);
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('edits the coordination cost by kind with overhead bands; a falling rate is refused by its code', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/portfolio`);
    await poll(() => page.getByText(en['screen.portfolio.coordination.byKindMode']).count()).toBe(
      1,
    );
    await page.getByText(en['screen.portfolio.coordination.byKindMode'], { exact: true }).click();
    await page
      .getByLabel(
        fill(en['screen.portfolio.coordination.perKind'], {
          kind: en['screen.portfolio.kind.academic'],
        }),
      )
      .fill('10');
    const addBand = page.getByRole('button', { name: en['screen.portfolio.coordination.addBand'] });
    await addBand.click();
    await addBand.click();
    const band = (field: 'upTo' | 'rate', row: number) =>
      page.getByLabel(fill(en[`screen.portfolio.coordination.${field}`], { row }));
    await band('upTo', 1).fill('3');
    await band('rate', 1).fill('5');
    await band('upTo', 2).fill('6');
    await band('rate', 2).fill('2');
    await band('upTo', 1).click();
    const notConvex = fill(en['screen.portfolio.coordination.issue.not_convex'], {
      value: 2,
      previous: 5,
    });
    await poll(() => page.getByText(notConvex).count()).toBe(1);
    // Saving is refused in the browser: the settings keep their flat cost.
    await page.getByRole('button', { name: en['screen.portfolio.constraints.save'] }).click();
    await poll(() => page.getByText(notConvex).count()).toBe(1);
    const before = (await apiCall(page, server.url, 'GET', '/api/workspaces/demo/settings')) as {
      settings: { coordinationCost: unknown };
    };
    expect(before.settings.coordinationCost).toBe(15);

    // In 简体中文 the same rule speaks Chinese.
    await choose(page, en['language.label'], '简体中文');
    await poll(() =>
      page
        .getByText(
          fill(zhCN['screen.portfolio.coordination.issue.not_convex'], { value: 2, previous: 5 }),
        )
        .count(),
    ).toBe(1);
    await choose(page, zhCN['language.label'], 'English');

    await band('rate', 2).fill('8');
    await poll(() => page.getByText(notConvex).count()).toBe(0);
    await page.getByRole('button', { name: en['screen.portfolio.constraints.save'] }).click();
    await poll(async () => {
      const settings = (await apiCall(
        page,
        server.url,
        'GET',
        '/api/workspaces/demo/settings',
      )) as {
        settings: { coordinationCost: unknown };
      };
      return settings.settings.coordinationCost;
    }).toEqual({
      perPartner: { academic: 10 },
      overhead: [
        { upTo: 3, perPartner: 5 },
        { upTo: 6, perPartner: 8 },
      ],
    });
    await browser.screenshot('loop-coordination-bands');
    browser.expectNoConsoleErrors();
  }, 120_000);
});
