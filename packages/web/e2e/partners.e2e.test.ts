/**
 * The partners screen in a real browser against a real server on an empty database:
 * the empty state, importing examples/demo.yaml through the import dialog, search and
 * filters, a partner's page (a triangular estimate with its density preview, a status
 * move), a CSV import whose preview shows a row error and writes nothing, then the fixed
 * file imported, 简体中文 with nothing left in English, and 10,000 partners scrolled to
 * the last row. No page may log a console error.
 */
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

const poll = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

/** How many partners the API says match `query` (the page's own session cookie). */
async function apiTotal(page: Page, url: string, query = ''): Promise<number> {
  const response = await page.request.get(`${url}/api/workspaces/demo/partners?limit=1${query}`);
  const body = (await response.json()) as { total: number };
  return body.total;
}

/** Picks an option of an Ant Design select (by the select's accessible name and the option's text). */
async function pick(page: Page, selectName: string, option: string) {
  await page.getByRole('combobox', { name: selectName, exact: true }).click();
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${escaped}$`) })
    .click();
  // Wait for the list to close, so the next pick does not find this one on its way out.
  await poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

async function openImport(page: Page, label: string) {
  await page.getByRole('button', { name: label }).first().click();
  await page.locator('.ant-modal input[type=file]').waitFor({ state: 'attached' });
}

describeInBrowser('the partners screen', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url: string;

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    const [owner] = server.users;
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    await signIn(browser.page, url, owner);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('teaches what to do when empty, then imports examples/demo.yaml', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/partners`);
    await poll(() => page.getByText(en['screen.partners.emptyTitle']).count()).toBe(1);
    expect(await page.getByRole('region', { name: en['emptyState.next'] }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('partners-empty');

    await openImport(page, en['screen.partners.import']);
    await page.locator('.ant-modal input[type=file]').setInputFiles(DEMO);
    const replace = page.getByRole('button', { name: en['screen.partners.import.specAction'] });
    await poll(() => replace.isDisabled()).toBe(true);
    await page.getByText(en['screen.partners.import.specConfirm']).click();
    await replace.click();
    await poll(() => page.getByTestId('partner-count').textContent()).toBe(
      fill(en['screen.partners.count'], { total: 38 }),
    );
    expect(await apiTotal(page, url)).toBe(38);
    // Sorted by name: the first rows are on screen (the table renders only those).
    await poll(() =>
      page.locator('[data-testid=partner-table] .ant-table-row').count(),
    ).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('partners');
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('searches and filters on the server', async () => {
    const { page } = browser;
    const count = page.getByTestId('partner-count');
    await page.getByRole('textbox', { name: en['screen.partners.search'] }).fill('northlake');
    await poll(() => count.textContent()).toBe(fill(en['screen.partners.count'], { total: 1 }));
    await page.getByRole('textbox', { name: en['screen.partners.search'] }).fill('');
    await poll(() => count.textContent()).toBe(fill(en['screen.partners.count'], { total: 38 }));

    const academic = await apiTotal(page, url, '&kind=academic');
    expect(academic).toBeGreaterThan(0);
    expect(academic).toBeLessThan(38);
    await choose(page, en['screen.partners.filterKind'], en['screen.partners.kind.academic']);
    await page.keyboard.press('Escape');
    await poll(() => count.textContent()).toBe(
      fill(en['screen.partners.count'], { total: academic }),
    );
    const rows = page.locator('[data-testid=partner-table] .ant-table-row');
    expect(await rows.count()).toBe(academic);

    const medical = await apiTotal(page, url, '&kind=academic&domain=medical');
    await page.getByLabel(en['screen.partners.filterDomain']).fill('medical');
    await poll(() => count.textContent()).toBe(
      fill(en['screen.partners.count'], { total: medical }),
    );
    await page.getByRole('button', { name: en['screen.partners.clearFilters'] }).click();
    await poll(() => count.textContent()).toBe(fill(en['screen.partners.count'], { total: 38 }));
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('edits a triangular estimate with a live density preview, and moves the status', async () => {
    const { page } = browser;
    await page.getByRole('textbox', { name: en['screen.partners.search'] }).fill('northlake');
    await page.getByRole('link', { name: 'Northlake University AI Lab' }).click();
    await page.waitForURL(`${url}/w/demo/partners/northlake-ai-lab`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Northlake University AI Lab',
    );
    await page.getByRole('tab', { name: en['screen.partners.page.tabEstimates'] }).click();
    const cost = en['screen.partners.estimate.cost'];
    const min = page.getByLabel(`${cost}: ${en['screen.partners.param.min']}`);
    const mode = page.getByLabel(`${cost}: ${en['screen.partners.param.mode']}`);
    await poll(() => min.inputValue()).toBe('260');
    const costGroup = page.getByRole('group', { name: cost });
    await poll(() => costGroup.getByTestId('density-chart').locator('canvas').count()).toBe(1);

    // Out of order: the field says why and saving is off.
    await mode.fill('400');
    await poll(() => costGroup.getByText(en['screen.partners.issue.orderTriple']).count()).toBe(1);
    const save = page.getByRole('button', { name: en['screen.partners.estimate.save'] });
    expect(await save.isDisabled()).toBe(true);
    expect(await costGroup.getByTestId('density-chart').count()).toBe(0);

    await mode.fill('300');
    await min.fill('250');
    await poll(() => costGroup.getByTestId('expected-value').textContent()).toBe(
      fill(en['screen.partners.estimate.expected'], { value: '310' }),
    );
    await poll(() => costGroup.getByTestId('density-chart').locator('canvas').count()).toBe(1);
    await save.click();
    await poll(() => page.getByText(en['screen.partners.estimate.saved']).count()).toBeGreaterThan(
      0,
    );
    const estimate = await page.request.get(
      `${url}/api/workspaces/demo/partners/northlake-ai-lab/estimate`,
    );
    expect(((await estimate.json()) as { cost: unknown }).cost).toEqual({
      triangular: [250, 300, 380],
    });
    await browser.screenshot('partner-estimate');

    // Only the moves the lifecycle allows are offered.
    const status = page.getByTestId('partner-status');
    const before = (await status.textContent()) ?? '';
    expect(before).toBe(
      fill(en['screen.partners.statusCurrent'], { status: en['screen.partners.status.candidate'] }),
    );
    const moves = page.getByRole('group', { name: en['screen.partners.col.status'] });
    expect(await moves.getByRole('button').allTextContents()).toEqual([
      en['screen.partners.status.negotiating'],
      en['screen.partners.status.rejected'],
    ]);
    await moves.getByRole('button', { name: en['screen.partners.status.negotiating'] }).click();
    await poll(() => status.textContent()).toBe(
      fill(en['screen.partners.statusCurrent'], {
        status: en['screen.partners.status.negotiating'],
      }),
    );
    expect(await moves.getByRole('button').allTextContents()).toEqual([
      en['screen.partners.status.active'],
      en['screen.partners.status.candidate'],
      en['screen.partners.status.rejected'],
    ]);

    // The history shows both changes, newest first.
    await page.getByRole('tab', { name: en['screen.partners.page.tabHistory'] }).click();
    const history = page.getByTestId('history');
    await poll(() => history.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(2);
    expect(await history.locator('.ant-table-row').first().textContent()).toContain('negotiating');
    expect(await history.textContent()).toContain('estimate.set');
    expect(await axeViolations(page)).toEqual([]);
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('previews a CSV with a row error and writes nothing, then imports the fixed file', async () => {
    const { page } = browser;
    await page.goto(`${url}/w/demo/partners`);
    await poll(() => page.getByTestId('partner-count').textContent()).toBe(
      fill(en['screen.partners.count'], { total: 38 }),
    );
    const csv = (kind: string) =>
      Buffer.from(
        `Partner ID,Organisation,Type\nnew-lab,New Lab,academic\nnew-corp,New Corp,${kind}\n`,
      );
    await openImport(page, en['screen.partners.import']);
    await page
      .locator('.ant-modal input[type=file]')
      .setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: csv('spaceship') });
    // Map the file's own column names to the fields.
    const dialog = page.getByRole('dialog');
    const column = (field: string) => `${en['screen.partners.import.column']}: ${field}`;
    await pick(page, column('id'), 'Partner ID');
    await pick(page, column('name'), 'Organisation');
    await pick(page, column('kind'), 'Type');
    await dialog.getByRole('button', { name: en['screen.partners.import.previewAction'] }).click();
    const errors = dialog.getByTestId('import-errors');
    await poll(() => errors.locator('.ant-table-row').count()).toBe(1);
    expect(await errors.locator('.ant-table-row').first().textContent()).toContain('3');
    const importButton = dialog.getByRole('button', {
      name: fill(en['screen.partners.import.importAction'], { count: 1 }),
    });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await apiTotal(page, url)).toBe(38);
    await browser.screenshot('partners-import-error');

    await dialog.getByRole('button', { name: en['screen.partners.import.back'] }).click();
    await dialog.getByRole('button', { name: en['screen.partners.import.back'] }).click();
    await page
      .locator('.ant-modal input[type=file]')
      .setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: csv('enterprise') });
    await pick(page, column('id'), 'Partner ID');
    await pick(page, column('name'), 'Organisation');
    await pick(page, column('kind'), 'Type');
    await dialog.getByRole('button', { name: en['screen.partners.import.previewAction'] }).click();
    const ready = dialog.getByRole('button', {
      name: fill(en['screen.partners.import.importAction'], { count: 2 }),
    });
    await poll(() => ready.isEnabled()).toBe(true);
    expect(await dialog.getByTestId('import-errors').count()).toBe(0);
    await ready.click();
    await poll(() => page.getByTestId('partner-count').textContent()).toBe(
      fill(en['screen.partners.count'], { total: 40 }),
    );
    expect(await apiTotal(page, url)).toBe(40);
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('speaks 简体中文 on the list, the partner page and the import dialog', async () => {
    const { page } = browser;
    // The English toast of the last import goes first: it was said before the switch.
    await poll(() => page.locator('.ant-message-notice').count()).toBe(0);
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.partners'],
    );
    await poll(() => page.getByTestId('partner-count').textContent()).toBe(
      fill(zhCN['screen.partners.count'], { total: 40 }),
    );
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    await browser.screenshot('partners-zh');

    await openImport(page, zhCN['screen.partners.import']);
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    await page.keyboard.press('Escape');

    // The workspace's own data (criterion names such as "Resource support") is not ours to
    // translate, even where it happens to equal an English message of another screen.
    const criteria = (await (
      await page.request.get(`${url}/api/workspaces/demo/criteria`)
    ).json()) as { criteria: { name?: string }[] };
    const data = new Set(criteria.criteria.map((c) => c.name));
    const uiTexts = async () => (await visibleTexts(page)).filter((text) => !data.has(text));
    await page.goto(`${url}/w/demo/partners/northlake-ai-lab`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Northlake University AI Lab',
    );
    for (const tab of [
      'screen.partners.page.tabProfile',
      'screen.partners.page.tabScores',
      'screen.partners.page.tabEstimates',
      'screen.partners.page.tabSynergies',
      'screen.partners.page.tabHistory',
    ] as const) {
      await page.getByRole('tab', { name: zhCN[tab] }).click();
      await page.waitForTimeout(300);
      expect(untranslated(await uiTexts()), tab).toEqual([]);
    }
    await page.getByRole('tab', { name: zhCN['screen.partners.page.tabEstimates'] }).click();
    await poll(() => page.getByTestId('density-chart').count()).toBeGreaterThan(0);
    await browser.screenshot('partner-zh');
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('scrolls 10,000 partners to the last row', async () => {
    const { page } = browser;
    const total = 10_000;
    const id = (i: number) => `p${String(i).padStart(5, '0')}`;
    // Compact, to stay under the server's 1 MB limit for a spec body.
    const spec = {
      version: 1,
      organization: 'Scale test',
      unit: 'USD',
      criteria: [{ id: 'tech', name: 'Technical strength', kind: 'benefit', weight: 1 }],
      partners: Array.from({ length: total }, (_, n) => ({
        id: id(n + 1),
        name: id(n + 1).toUpperCase(),
        kind: ['academic', 'enterprise', 'government', 'other'][n % 4],
        scores: { tech: (n % 10) + 1 },
        cost: 1,
        return: 2,
      })),
    };
    await page.goto(`${url}/w/demo/partners`);
    await openImport(page, en['screen.partners.import']);
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'scale.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(spec)),
    });
    expect(JSON.stringify(spec).length).toBeLessThan(1024 ** 2);
    await page.getByText(en['screen.partners.import.specConfirm']).click();
    await page.getByRole('button', { name: en['screen.partners.import.specAction'] }).click();
    const count = page.getByTestId('partner-count');
    await poll(() => count.textContent(), 120_000).toBe(
      fill(en['screen.partners.loaded'], { loaded: '500', total: '10,000' }),
    );

    const holder = page.locator('[data-testid=partner-table] .ant-table-tbody-virtual-holder');
    const started = Date.now();
    // Scroll to the end again and again: each time the next page of 500 arrives and the
    // end moves, until all are loaded and the last partner is on screen.
    await poll(async () => {
      await holder.evaluate((box) => {
        box.scrollTop = box.scrollHeight;
        box.dispatchEvent(new Event('scroll'));
      });
      return page.getByRole('link', { name: id(total).toUpperCase(), exact: true }).isVisible();
    }, 120_000).toBe(true);
    console.log(`scrolled 10,000 partners in ${Date.now() - started} ms`);
    expect(await count.textContent()).toBe(fill(en['screen.partners.count'], { total: '10,000' }));
    // Virtual rows: only those on screen are in the DOM.
    expect(await page.locator('[data-testid=partner-table] .ant-table-row').count()).toBeLessThan(
      100,
    );
    await browser.screenshot('partners-10000');
    browser.expectNoConsoleErrors();
  }, 300_000);
});
