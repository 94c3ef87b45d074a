/**
 * A score's stated uncertainty in a real browser against a real server, on a two-partner
 * workspace where Aurora leads Borealis on technology (6 against 5) and they tie on the
 * market: the ranking's SMAA (seeded) puts Aurora first in every sample. An editor states
 * on Aurora's scores that its technology lies between 4 and 7; the range shows under the
 * combined score, the ranking's SMAA card names the score it now draws, and Aurora is
 * first only when its drawn technology beats 5: about two thirds of the samples. A range
 * whose minimum exceeds its maximum is refused with the field named, in English and in
 * 简体中文 (and by the server with 422 naming it); axe finds nothing and nothing of ours
 * is left in English in 简体中文. A viewer sees the range but no control to change it.
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

const poll = <T>(read: () => Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });
const TECH = 'Technology';
const SPEC = {
  version: 1,
  unit: 'USD',
  criteria: [
    { id: 'tech', name: TECH, kind: 'benefit', weight: 1 },
    { id: 'market', name: 'Market reach', kind: 'benefit', weight: 1 },
  ],
  partners: [
    {
      id: 'aurora',
      name: 'Aurora Lab',
      kind: 'academic',
      scores: { tech: 6, market: 5 },
      cost: 1,
      return: 2,
    },
    {
      id: 'borealis',
      name: 'Borealis Systems',
      kind: 'enterprise',
      scores: { tech: 5, market: 5 },
      cost: 1,
      return: 2,
    },
  ],
};

type Messages = Readonly<Record<keyof typeof en, string>>;

/** Aurora's share of first ranks in the ranking's SMAA (seeded), as the table shows it. */
async function auroraFirst(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/w/demo/ranking`);
  await poll(() => page.getByTestId('smaa-run').count()).toBe(1);
  await page.getByTestId('smaa-run').click();
  const row = page.getByTestId('smaa-confidence').locator('tr[data-row-key="aurora"]');
  await poll(() => row.count(), 60_000).toBe(1);
  const text = (await row.locator('td').nth(1).textContent()) ?? '';
  return Number(text.replace('%', '')) / 100;
}

/** The uncertainty form's field of a parameter, in the given language. */
const field = (page: Page, m: Messages, param: 'min' | 'max') =>
  page.getByRole('spinbutton', {
    name: fill(m['screen.partners.fieldOf'], {
      what: fill(m['screen.partners.uncertainty.what'], { criterion: TECH }),
      field: m[`screen.partners.param.${param}`],
    }),
    exact: true,
  });

/** Opens Aurora's scores and picks technology in the uncertainty form. */
async function openUncertainty(page: Page, url: string, m: Messages) {
  await page.goto(`${url}/w/demo/partners/aurora`);
  await page.getByRole('tab', { name: m['screen.partners.page.tabScores'] }).click();
  const group = page.getByRole('group', { name: m['screen.partners.uncertainty.title'] });
  await poll(() => group.count()).toBe(1);
  await group.getByRole('combobox', { name: m['screen.partners.uncertainty.criterion'] }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(TECH, { exact: true }).click();
  return group;
}

async function stateUniform(page: Page, m: Messages, min: number, max: number) {
  const what = fill(m['screen.partners.uncertainty.what'], { criterion: TECH });
  await choose(
    page,
    fill(m['screen.partners.fieldOf'], { what, field: m['screen.partners.estimate.form'] }),
    m['screen.partners.form.uniform'],
  );
  await field(page, m, 'min').fill(String(min));
  await field(page, m, 'max').fill(String(max));
}

describeInBrowser('a score’s stated uncertainty', () => {
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
      data: JSON.stringify(SPEC),
      type: 'application/json',
    });
  }, 120_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      await browser?.screenshot(`score-uncertainty-failed-${context.task.name.slice(0, 30)}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a stated range moves the ranking’s SMAA for that partner', async () => {
    const { page } = browser;
    expect(await auroraFirst(page, url)).toBe(1);
    await poll(() => page.getByTestId('smaa-uncertain').textContent()).toBe(
      en['screen.ranking.smaaExactScores'],
    );

    const group = await openUncertainty(page, url, en);
    await stateUniform(page, en, 4, 7);
    await group.getByRole('button', { name: en['screen.partners.uncertainty.save'] }).click();
    await poll(() => page.getByTestId('uncertainty-tech').textContent()).toBe(
      fill(en['screen.partners.uncertainty.uniform'], { min: 4, max: 7 }),
    );
    expect(await axeViolations(page)).toEqual([]);

    const first = await auroraFirst(page, url);
    // P(drawn technology > 5) = 2/3 for uniform [4, 7] (5,000 seeded samples).
    expect(first).toBeGreaterThan(0.6);
    expect(first).toBeLessThan(0.73);
    expect(await page.getByTestId('smaa-uncertain').textContent()).toContain(
      `Aurora Lab (${TECH})`,
    );
    browser.expectNoConsoleErrors();
  }, 180_000);

  it('refuses a range whose minimum exceeds its maximum, naming the field, in both languages', async () => {
    const { page } = browser;
    for (const m of [en, zhCN] as const) {
      if (m === zhCN) {
        await page.goto(`${url}/w/demo/partners/aurora`);
        // Once the page has loaded: the menu's option moves while it does.
        await poll(() =>
          page.getByRole('tab', { name: en['screen.partners.page.tabScores'] }).count(),
        ).toBe(1);
        await choose(page, en['language.label'], '简体中文');
      }
      const group = await openUncertainty(page, url, m);
      await stateUniform(page, m, 7, 4);
      const item = page.locator('.ant-form-item', { has: field(page, m, 'max') });
      await poll(() => item.locator('.ant-form-item-explain-error').textContent()).toBe(
        m['screen.partners.issue.orderUniform'],
      );
      expect(await item.locator('label').textContent()).toBe(m['screen.partners.param.max']);
      await poll(() =>
        group.getByRole('button', { name: m['screen.partners.uncertainty.save'] }).isDisabled(),
      ).toBe(true);
    }
    // Nothing of ours left in English on the scores tab in 简体中文.
    const texts = (await visibleTexts(page)).filter((text) => !text.includes(TECH));
    expect(untranslated(texts)).toEqual([]);
    // The stored range is unchanged, shown under the score in Chinese.
    expect(await page.getByTestId('uncertainty-tech').textContent()).toBe(
      fill(zhCN['screen.partners.uncertainty.uniform'], { min: 4, max: 7 }),
    );
    await choose(page, zhCN['language.label'], 'English');
    // The server refuses it too (a script, not the form): 422 naming the field.
    const session = await page.request.get(`${url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken?: string };
    const refused = await page.request.fetch(
      `${url}/api/workspaces/demo/partners/aurora/score-distributions`,
      {
        method: 'PUT',
        data: JSON.stringify({ distributions: { tech: { uniform: [7, 4] } }, version: 1 }),
        headers: { 'x-csrf-token': csrfToken ?? '', 'content-type': 'application/json' },
      },
    );
    expect(refused.status()).toBe(422);
    expect(await refused.json()).toMatchObject({
      errors: [{ path: 'distributions.tech.uniform', code: 'min_greater_than_max' }],
    });
    browser.expectNoConsoleErrors();
  }, 180_000);

  it('shows a viewer the stated range, with no control to change it', async () => {
    const { page } = browser;
    const invited = (await apiCall(page, url, 'POST', '/api/workspaces/demo/invitations', {
      data: JSON.stringify({ email: 'viewer@example.org', role: 'viewer' }),
      type: 'application/json',
    })) as { acceptPath: string };
    await page.context().clearCookies();
    browser.allowConsoleErrors(/status of 401/);
    await page.goto(`${url}/accept-invitation#${invited.acceptPath.split('#')[1] ?? ''}`);
    await page.getByLabel(en['screen.accept.name']).fill('Vera Viewer');
    await page.getByLabel(en['screen.accept.password']).fill('a quiet reader of rankings');
    await page.getByRole('button', { name: en['screen.accept.submit'] }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/accept-invitation'));
    await page.goto(`${url}/w/demo/partners/aurora`);
    await page.getByRole('tab', { name: en['screen.partners.page.tabScores'] }).click();
    await poll(() => page.getByTestId('uncertainty-tech').textContent()).toBe(
      fill(en['screen.partners.uncertainty.uniform'], { min: 4, max: 7 }),
    );
    expect(
      await page.getByRole('group', { name: en['screen.partners.uncertainty.title'] }).count(),
    ).toBe(0);
    expect(
      await page.getByRole('button', { name: en['screen.partners.uncertainty.save'] }).count(),
    ).toBe(0);
    browser.expectNoConsoleErrors();
  }, 60_000);
});
