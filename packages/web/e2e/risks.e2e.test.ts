/**
 * The risk register in a real browser against a real server, on the demo workspace
 * (examples/demo.yaml and one agreement with Northlake): a risk added through the form,
 * linked to a partner, appears in the list (its overdue review marked) and in the heat
 * map, whose cell filters the list when clicked; filters by kind and partner (a partner's
 * risks include its agreements'); the partner's and the agreement's pages list their
 * risks and link to the register; an edit with a likelihood of 1.5 is refused with the field named, in English and in 简体中文,
 * then saved; the simulation's effect shows the server's figures; the risk is deleted; a
 * viewer reads the register without a button to change it. Axe finds nothing, and
 * nothing of ours is left in English in 简体中文.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall, closeDropdowns, fill, pickOption } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const LAB = 'northlake-ai-lab';
const LAB_NAME = 'Northlake University AI Lab';
const RISK = 'lab-ip-dispute';
const json = (body: unknown) => ({ data: JSON.stringify(body), type: 'application/json' });
/** The heat map's plot area, as RiskHeatMap.tsx fixes it (HEAT_GRID). */
const PLOT = { left: 96, right: 16, top: 12, bottom: 48 };

/** Clicks the heat map's canvas in the middle of a cell (likelihood across, loss up). */
async function clickCell(page: Page, likelihood: number, impact: number) {
  // ECharts stacks canvases (a hover layer on top): click its box, the top one takes it.
  const canvas = page.getByTestId('risk-heat-map').getByRole('img');
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the heat map is not on screen');
  const width = (box.width - PLOT.left - PLOT.right) / 5;
  const height = (box.height - PLOT.top - PLOT.bottom) / 5;
  await canvas.click({
    position: {
      x: PLOT.left + (likelihood + 0.5) * width,
      y: PLOT.top + (4 - impact + 0.5) * height,
    },
  });
}

describeInBrowser('the risk register', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url: string;

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    browser.page.setDefaultTimeout(30_000);
    await signIn(browser.page, url, owner);
    await apiCall(browser.page, url, 'PUT', '/api/workspaces/demo/spec', {
      data: await readFile(DEMO, 'utf8'),
      type: 'application/yaml',
    });
    await apiCall(
      browser.page,
      url,
      'POST',
      '/api/workspaces/demo/agreements',
      json({
        document: {
          id: 'lab-rnd',
          title: 'Lab joint research',
          type: 'joint-rnd',
          parties: ['us', LAB],
          start: '2025-01-01',
          end: '2027-12-31',
          terms: [{ milestone: { id: 'm1', payer: 'us', payee: LAB, amount: 1000 } }],
        },
      }),
    );
  }, 120_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      await browser?.screenshot(`risks-failed-${context.task.name.slice(0, 30)}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const count = (page: Page) => page.getByTestId('risk-count').textContent();
  const modal = (page: Page) => page.locator('.ant-modal:visible');

  it('adds a risk linked to a partner; the list and the heat map show it', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/risks`);
    await poll(() => page.getByText(en['screen.risks.emptyTitle']).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: en['screen.risks.add'] }).first().click();
    const form = modal(page);
    await form.getByLabel(en['screen.risks.form.id']).fill(RISK);
    await form.getByLabel(en['screen.risks.form.title']).fill('IP dispute over joint models');
    await pickOption(page, en['screen.risks.form.kind'], en['screen.risks.kind.ip']);
    await pickOption(page, en['screen.risks.form.partners'], LAB_NAME, { search: true });
    await closeDropdowns(page);
    await form.getByRole('spinbutton', { name: en['screen.risks.form.likelihood'] }).fill('0.3');
    await form.getByRole('spinbutton', { name: en['screen.partners.param.value'] }).fill('500');
    await form.getByLabel(en['screen.risks.form.owner']).fill('Ada Lovelace');
    await form.getByLabel(en['screen.risks.form.mitigation']).fill('A joint IP clause');
    // Long past: the review is overdue whatever day the test runs.
    await form.getByLabel(en['screen.risks.form.reviewDate']).fill('2020-01-15');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: en['common.create'] }).click();

    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 1, total: 1 }));
    const row = page.getByTestId(`risk-row-${RISK}`);
    expect(await row.textContent()).toContain('IP dispute over joint models');
    expect(await row.textContent()).toContain(LAB_NAME);
    expect(await row.textContent()).toContain('30%');
    expect(await row.textContent()).toContain('500');
    expect(await page.getByTestId(`risk-overdue-${RISK}`).textContent()).toMatch(/^Overdue: /);
    expect(await row.getAttribute('class')).toContain('risk-overdue');
    // Likelihood 0.3 is the second fifth; a loss of 500, the largest, the top fifth.
    await poll(() => page.getByTestId('heat-cell-1-4').textContent()).toContain('1 risks');
    expect(await page.getByTestId('heat-cell-0-0').count()).toBe(0);
    await poll(() => page.getByTestId('risk-heat-map').locator('canvas').count()).toBeGreaterThan(
      0,
    );
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('risks');
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('filters by the heat map cell clicked, by kind and by partner', async () => {
    const { page } = browser;
    await apiCall(
      page,
      url,
      'POST',
      '/api/workspaces/demo/risks',
      json({
        id: 'culture-gap',
        title: 'Working cultures apart',
        category: 'culture',
        agreements: ['lab-rnd'],
        likelihood: 0.9,
        impact: { triangular: [0, 50, 100] },
        reviewDate: '2999-01-01',
      }),
    );
    await page.reload();
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 2, total: 2 }));
    // The culture risk: likelihood 0.9 (top fifth), loss 50 of 500 (lowest fifth).
    await poll(() => page.getByTestId('heat-cell-4-0').textContent()).toContain('1 risks');

    await clickCell(page, 4, 0);
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 1, total: 2 }));
    expect(await page.getByTestId('risk-row-culture-gap').count()).toBe(1);
    expect(await page.getByTestId('cell-filter').count()).toBe(1);
    expect(page.url()).toContain('cell=4-0');
    // The same cell again lifts the filter.
    await clickCell(page, 4, 0);
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 2, total: 2 }));

    await choose(page, en['screen.risks.filterKind'], en['screen.risks.kind.ip']);
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 1, total: 2 }));
    expect(await page.getByTestId(`risk-row-${RISK}`).count()).toBe(1);
    await page.getByRole('button', { name: en['screen.risks.clearFilters'] }).click();
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 2, total: 2 }));
    // A partner's risks include its agreements': the culture risk hangs on Northlake's.
    await pickOption(page, en['screen.risks.filterPartner'], LAB_NAME, { search: true });
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 2, total: 2 }));
    await page.getByRole('button', { name: en['screen.risks.clearFilters'] }).click();
    await pickOption(
      page,
      en['screen.risks.filterPartner'],
      'Eastbay Institute of Technology, NLP Group',
      {
        search: true,
      },
    );
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 0, total: 2 }));
    expect(await page.getByText(en['screen.risks.noMatch']).count()).toBe(1);
    await page.getByRole('button', { name: en['screen.risks.clearFilters'] }).click();
    browser.expectNoConsoleErrors();
  }, 60_000);

  it("lists a partner's and an agreement's risks on their pages, linking to the register", async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/partners/${LAB}`);
    await page.getByRole('tab', { name: en['screen.risks.linked.tab'], exact: true }).click();
    await poll(() => page.getByTestId(`linked-risk-${RISK}`).count()).toBe(1);
    // The culture risk hangs on the lab's agreement, and says so.
    expect(await page.getByTestId('linked-risk-culture-gap').textContent()).toContain(
      fill(en['screen.risks.linked.via'], { codes: 'lab-rnd' }),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: en['screen.risks.linked.open'] }).click();
    await page.waitForURL(`${url}/w/demo/risks?partner=${LAB}`);
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 2, total: 2 }));

    await page.goto(`${url}/w/demo/agreements/lab-rnd`);
    await page.getByRole('tab', { name: en['screen.risks.linked.tab'], exact: true }).click();
    await poll(() => page.getByTestId('linked-risk-culture-gap').count()).toBe(1);
    expect(await page.getByTestId(`linked-risk-${RISK}`).count()).toBe(0);
    await page.getByRole('link', { name: en['screen.risks.linked.open'] }).click();
    await page.waitForURL(`${url}/w/demo/risks?agreement=lab-rnd`);
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 1, total: 2 }));
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('names the likelihood when it is out of range, in English and in 简体中文, then saves', async () => {
    const { page } = browser;
    browser.allowConsoleErrors(/status of 400/);
    await page.goto(`${url}/w/demo/risks`);
    const edit = () =>
      page.getByRole('button', { name: fill(en['screen.risks.editNamed'], { id: RISK }) });
    await edit().click();
    await modal(page)
      .getByRole('spinbutton', { name: en['screen.risks.form.likelihood'] })
      .fill('1.5');
    await page.getByRole('button', { name: en['common.save'] }).click();
    const summary = modal(page).getByRole('alert').first();
    await poll(() => summary.textContent()).toContain(en['screen.risks.form.problems']);
    expect(await summary.textContent()).toContain('likelihood');
    const field = modal(page).locator('.ant-form-item-has-error');
    await poll(() => field.count()).toBe(1);
    expect(await field.textContent()).toContain(en['screen.risks.form.likelihood']);
    await page.getByRole('button', { name: en['common.cancel'] }).click();

    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(zhCN['nav.risks']);
    await page
      .getByRole('button', { name: fill(zhCN['screen.risks.editNamed'], { id: RISK }) })
      .click();
    await modal(page)
      .getByRole('spinbutton', { name: zhCN['screen.risks.form.likelihood'] })
      .fill('1.5');
    await page.getByRole('button', { name: zhCN['common.save'] }).click();
    const summaryZh = modal(page).getByRole('alert').first();
    await poll(() => summaryZh.textContent()).toContain(zhCN['screen.risks.form.problems']);
    // core's above_maximum in Chinese: "必须 {op} {bound}".
    expect(await summaryZh.textContent()).toContain('必须 ≤ 1');
    expect(await modal(page).locator('.ant-form-item-has-error').textContent()).toContain(
      '必须 ≤ 1',
    );
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('risks-error-zh');

    await modal(page)
      .getByRole('spinbutton', { name: zhCN['screen.risks.form.likelihood'] })
      .fill('0.6');
    await page.getByRole('button', { name: zhCN['common.save'] }).click();
    await poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await poll(() => page.getByTestId(`risk-row-${RISK}`).textContent()).toContain('60%');
    // Now in the third fifth of likelihood, still the top fifth of loss.
    await poll(() => page.getByTestId('heat-cell-2-4').count()).toBe(1);
    expect(await page.getByTestId('heat-cell-1-4').count()).toBe(0);
    browser.expectNoConsoleErrors();
  }, 90_000);

  it("shows the server's simulation with the risks, in 简体中文", async () => {
    const { page } = browser;
    const effect = page.getByTestId('risk-effect');
    await effect.getByRole('button', { name: zhCN['screen.risks.effect.run'] }).click();
    const figure = (id: string) =>
      page.getByTestId(id).locator('.ant-statistic-content').textContent();
    await poll(() => figure('effect-mean'), 60_000).not.toBeNull();
    const answer = (await apiCall(
      page,
      url,
      'POST',
      '/api/workspaces/demo/simulate',
      json({ scenarios: 20_000, seed: 1 }),
    )) as { mean: number; expected: number; probLoss: number; expectedRiskLoss?: number };
    const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
    // The same seeded answer as the card's.
    await poll(() => figure('effect-mean')).toBe(number.format(answer.mean));
    expect(await figure('effect-expected')).toBe(number.format(answer.expected));
    expect(await figure('effect-risk-loss')).toBe(number.format(answer.expectedRiskLoss ?? 0));
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('risks-zh');
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('deletes the risk', async () => {
    const { page } = browser;
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en['nav.risks']);
    await page
      .getByRole('button', { name: fill(en['screen.risks.deleteNamed'], { id: RISK }) })
      .click();
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: en['screen.risks.delete'] })
      .click();
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 1, total: 1 }));
    expect(await page.getByTestId(`risk-row-${RISK}`).count()).toBe(0);
    const left = (await apiCall(page, url, 'GET', '/api/workspaces/demo/risks')) as {
      id: string;
    }[];
    expect(left.map((r) => r.id)).toEqual(['culture-gap']);
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('lets a viewer read the register, with no button to change it', async () => {
    const { page } = browser;
    const invited = (await apiCall(
      page,
      url,
      'POST',
      '/api/workspaces/demo/invitations',
      json({ email: 'viewer@example.org', role: 'viewer' }),
    )) as { acceptPath: string };
    await page.context().clearCookies();
    browser.allowConsoleErrors(/status of 401/);
    await page.goto(`${url}/accept-invitation#${invited.acceptPath.split('#')[1] ?? ''}`);
    await page.getByLabel(en['screen.accept.name']).fill('Vera Viewer');
    await page.getByLabel(en['screen.accept.password']).fill('a quiet reader of registers');
    await page.getByRole('button', { name: en['screen.accept.submit'] }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/accept-invitation'));
    await page.goto(`${url}/w/demo/risks`);
    await poll(() => count(page)).toBe(fill(en['screen.risks.count'], { shown: 1, total: 1 }));
    expect(await page.getByText(en['screen.risks.readOnly']).count()).toBe(1);
    expect(await page.getByRole('button', { name: en['screen.risks.add'] }).count()).toBe(0);
    expect(await page.getByRole('button', { name: en['screen.risks.edit'] }).count()).toBe(0);
    expect(await page.getByRole('button', { name: en['screen.risks.delete'] }).count()).toBe(0);
    expect(await page.getByText(en['screen.risks.effect.editorsOnly']).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    browser.expectNoConsoleErrors();
  }, 60_000);
});
