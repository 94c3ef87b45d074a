/**
 * The network screen in a real browser against a real server, on the running demo
 * portfolio (examples/running-portfolio.yaml, with incumbents) and one rule: the coverage
 * matrix shows the real gap (funding in medical); "find a partner" for it proposes
 * candidates with their reasons; marking the top one active closes the gap; the
 * optimiser's proposal is compared with the running partners; the list of
 * single points of failure names the partner whose exit opens most gaps; the focused
 * graph moves from node to node; a rule blocks a consortium of two competing banks and
 * says why; the vocabulary editor shows the server's coded issue and then saves. Axe on
 * every tab, 简体中文 with nothing left in English, no console errors.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { closeDropdowns } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });
const RUNNING = fileURLToPath(new URL('../../../examples/running-portfolio.yaml', import.meta.url));
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

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
const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });

describeInBrowser('the network screen', () => {
  let server: TestServer;
  let browser: TestBrowser;
  const tab = (name: string) => browser.page.getByRole('tab', { name, exact: true });
  const cell = (key: string) => browser.page.locator(`button[data-cell="${key}"]`);

  beforeAll(async () => {
    server = await startTestServer();
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    await signIn(browser.page, server.url, owner);
    const { page } = browser;
    const loaded = await apiCall(page, 'PUT', '/api/workspaces/demo/spec', {
      type: 'application/yaml',
      text: await readFile(RUNNING, 'utf8'),
    });
    expect(loaded.status, JSON.stringify(loaded.json)).toBe(200);
    const settings = (await apiCall(page, 'GET', '/api/workspaces/demo/settings')).json as {
      version: number;
    };
    const rules = await apiCall(
      page,
      'PATCH',
      '/api/workspaces/demo/settings',
      json({
        version: settings.version,
        settings: {
          rules: [
            {
              id: 'one-bank',
              type: 'at-most',
              max: 1,
              of: { ids: ['silverbay-bank', 'goldstream-bank', 'harbor-city-bank'] },
            },
          ],
        },
      }),
    );
    expect(rules.status, JSON.stringify(rules.json)).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the gap in the coverage matrix, finds a partner for it with reasons, and marking it active closes the gap', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/network`);
    await poll(() => cell('medical/funding').getAttribute('data-state')).toBe('gap');
    expect(await cell('medical/technology').getAttribute('data-state')).not.toBe('gap');
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('network-coverage');

    await cell('medical/funding').click();
    await page.getByRole('button', { name: en['screen.network.coverage.find'] }).click();
    const candidates = page.getByTestId('match-candidate');
    await poll(() => candidates.count()).toBeGreaterThan(1);
    const first = candidates.first();
    // The reasons: it fills the gap, works in the domain, and how it scores.
    await poll(() => first.textContent()).toContain(
      fill(en['screen.network.fact.fills-gap'], { have: 0, min: 1 }),
    );
    expect(await first.textContent()).toContain(
      fill(en['screen.network.fact.works-in'], { domain: 'medical' }),
    );
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('network-match');

    const answer = (
      await apiCall(
        page,
        'POST',
        '/api/workspaces/demo/match',
        json({ need: 'funding@medical', top: 1 }),
      )
    ).json as { candidates: { id: string }[] };
    const top = answer.candidates[0]?.id ?? '';
    expect(await first.textContent()).toContain(`(${top})`);
    for (const to of ['negotiating', 'active']) {
      const p = (await apiCall(page, 'GET', `/api/workspaces/demo/partners/${top}`)).json as {
        version: number;
      };
      const moved = await apiCall(
        page,
        'POST',
        `/api/workspaces/demo/partners/${top}/status`,
        json({ to, version: p.version }),
      );
      expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    }
    await page.reload();
    await poll(() => cell('medical/funding').getAttribute('data-state')).not.toBe('gap');

    // What the optimiser's proposal would change, beside the running partners: the
    // screen says what the API answers for the same workspace.
    await page.getByRole('button', { name: en['screen.network.proposal.compare'] }).click();
    const proposal = (await apiCall(page, 'POST', '/api/workspaces/demo/graph/proposal', json({})))
      .json as { closes: number; opens: number; selection: string[] };
    await poll(() => page.getByTestId('proposal-summary').textContent()).toBe(
      fill(en['screen.network.proposal.summary'], {
        closes: proposal.closes,
        opens: proposal.opens,
        size: proposal.selection.length,
      }),
    );
    expect(await axeViolations(page)).toEqual([]);
    browser.expectNoConsoleErrors();
  }, 120_000);

  it('names the partner whose exit opens most gaps, and focuses the graph on one node at a time', async () => {
    const { page } = browser;
    const critical = (await apiCall(page, 'POST', '/api/workspaces/demo/critical', json({})))
      .json as { critical: { id: string; name: string }[] };
    const worst = critical.critical[0];
    expect(worst?.id).toBe('northlake-ai-lab');
    await tab(en['screen.network.tab.critical']).click();
    const list = page.getByTestId('critical-list');
    await poll(() => list.locator('tbody tr').first().textContent()).toContain(worst?.name ?? '?');
    expect(await axeViolations(page)).toEqual([]);

    await list.getByRole('button', { name: worst?.name ?? '?' }).click();
    const graph = page.getByTestId('focus-graph');
    await poll(() => graph.getAttribute('data-center')).toBe('o:northlake-ai-lab');
    await poll(() => graph.locator('canvas').count()).toBe(1);
    const table = page.getByTestId('focus-table');
    await poll(() => table.locator('tbody tr').count()).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('network-focus');
    // Move the focus to a neighbour from the table: the drawing follows.
    const row = table.locator('tbody tr', { hasText: en['screen.network.node.domain'] }).first();
    await row.getByRole('button', { name: en['screen.network.focus.open'] }).click();
    await poll(() => graph.getAttribute('data-center')).toMatch(/^d:/);
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('blocks a consortium of two competing banks and says why', async () => {
    const { page } = browser;
    await tab(en['screen.network.tab.rules']).click();
    await poll(() => page.getByTestId('rules-running').textContent()).toContain(
      en['screen.network.rules.passes'],
    );
    expect(await axeViolations(page)).toEqual([]);
    const picker = page.getByRole('combobox', {
      name: en['screen.network.rules.selectionPlaceholder'],
    });
    for (const bank of ['silverbay-bank', 'goldstream-bank']) {
      await picker.click();
      await picker.fill(bank);
      await page
        .locator('.ant-select-item-option', { hasText: `(${bank})` })
        .first()
        .click();
    }
    await closeDropdowns(page);
    await page.getByRole('button', { name: en['screen.network.rules.check'] }).click();
    const verdict = page.getByTestId('rules-selection');
    await poll(() => verdict.textContent()).toContain(en['screen.network.rules.blocked']);
    expect(await verdict.textContent()).toContain(
      fill(en['screen.network.rules.finding.too-many'], {
        members: 'silverbay-bank, goldstream-bank',
        count: 2,
        max: 1,
      }),
    );
    await browser.screenshot('network-rules');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('edits the vocabulary: a word with two meanings is refused with the reason, then a good term is saved', async () => {
    const { page } = browser;
    // The refused save is a 422 the browser logs; nothing else may be.
    browser.allowConsoleErrors(/status of 422/);
    await tab(en['screen.network.tab.vocabulary']).click();
    await page.getByRole('button', { name: en['screen.network.vocabulary.add'] }).click();
    await page.getByLabel(`${en['screen.network.vocabulary.column.id']} 1`).fill('robotics');
    const synonyms = page.getByLabel(`${en['screen.network.vocabulary.column.synonyms']} 1`);
    await synonyms.fill('robots, capital');
    await page.getByLabel(`${en['screen.network.vocabulary.column.zh']} 1`).fill('机器人');
    await page.getByRole('button', { name: en['screen.network.vocabulary.save'] }).click();
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('vocabulary[0].synonyms[1]');
    expect(await alert.textContent()).toContain('already means `funding`');
    expect(await axeViolations(page)).toEqual([]);
    await synonyms.fill('robots');
    await page.getByRole('button', { name: en['screen.network.vocabulary.save'] }).click();
    await poll(() => page.getByRole('status').textContent()).toContain(
      en['screen.network.vocabulary.saved'],
    );
    const saved = (await apiCall(page, 'GET', '/api/workspaces/demo/settings')).json as {
      settings: { vocabulary: unknown[] };
    };
    expect(saved.settings.vocabulary).toEqual([
      { id: 'robotics', synonyms: ['robots'], labels: { 'zh-CN': '机器人' } },
    ]);
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('speaks 简体中文 on every tab, with nothing left in English', async () => {
    const { page } = browser;
    const list = await page.request.get(`${server.url}/api/workspaces/demo/partners?limit=500`);
    const names = new Set(
      ((await list.json()) as { items: { name: string; id: string }[] }).items.flatMap((p) => [
        p.name,
        p.id,
      ]),
    );
    const englishLeft = async () =>
      untranslated((await visibleTexts(page)).filter((text) => !names.has(text)));
    await page.goto(`${server.url}/w/demo/network`);
    await page.getByTestId('coverage-matrix').waitFor();
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.network'],
    );
    await page.getByTestId('coverage-matrix').waitFor();
    expect(await englishLeft()).toEqual([]);
    await browser.screenshot('network-zh');
    await tab(zhCN['screen.network.tab.rules']).click();
    await poll(() => page.getByTestId('rules-running').textContent()).toContain(
      zhCN['screen.network.rules.passes'],
    );
    expect(await englishLeft()).toEqual([]);
    await tab(zhCN['screen.network.tab.critical']).click();
    await page.getByTestId('critical-list').waitFor();
    expect(await englishLeft()).toEqual([]);
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 60_000);
});
