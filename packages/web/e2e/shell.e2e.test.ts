/**
 * The app shell in a real browser against a real server on an empty database: signing
 * in, the workspace switcher and navigation, 简体中文 with nothing left in English,
 * the dark theme, accessibility (axe, WCAG 2 AA) in both themes, signing out, and a
 * newcomer's first workspace. No page may log a console error.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { scriptCostOf } from './harness/first-screen';
import { startTestServer, type TestServer, type TestUser } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

/** Waits for a condition the page reaches asynchronously (a lazy chunk, an API answer). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));
const NAV = [
  ['dashboard', en['nav.dashboard']],
  ['partners', en['nav.partners']],
  ['agreements', en['nav.agreements']],
  ['criteria', en['nav.criteria']],
  ['ranking', en['nav.ranking']],
  ['portfolio', en['nav.portfolio']],
  ['risks', en['nav.risks']],
  ['network', en['nav.network']],
  ['evidence', en['nav.evidence']],
  ['review-settings', en['nav.reviewSettings']],
  ['seed-example', en['nav.seedExample']],
  ['members', en['nav.members']],
] as const;
/** `seed-example` → `seedExample`: a screen's path as its message id. */
const navKey = (path: string) =>
  `nav.${path.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as keyof typeof zhCN;

describeInBrowser('the web app shell', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let owner: TestUser;
  let newcomer: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    const [first, second] = server.users;
    if (first === undefined || second === undefined) throw new Error('the server made no users');
    [owner, newcomer] = [first, second];
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a visitor to sign in, with little JavaScript', async () => {
    const { page } = browser;
    const cost = await scriptCostOf(page, `${server.url}/w/demo/ranking`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/w/demo/ranking');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await page.title()).toBe('Sign in · Partnerfolio');
    await writeFile(`${RESULTS}first-screen.json`, `${JSON.stringify(cost, null, 2)}\n`);
    console.log(
      `first screen: ${cost.files.length} scripts, ${(cost.gzipBytes / 1024).toFixed(1)} KiB gzip (${(cost.rawBytes / 1024).toFixed(1)} KiB raw)`,
    );
    // The shell and the screens are not part of the sign-in page.
    expect(cost.files.some((f) => /AppShell|DashboardPage/.test(f))).toBe(false);
    expect(cost.gzipBytes).toBeLessThan(300 * 1024);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('sign-in');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('says so when the password is wrong, next to the form', async () => {
    const { page } = browser;
    browser.allowConsoleErrors(/status of 401/);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain(
      en['problem.invalid_credentials'],
    );
    await page.getByLabel('Password', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByText(en['signIn.passwordRequired']).isVisible()).toBe(true);
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  }, 60_000);

  it('signs in, lands where the visitor was going, and shows the workspace', async () => {
    const { page } = browser;
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/w/demo/ranking`);
    const switcher = page.getByTestId('workspace-switcher');
    await poll(() => switcher.textContent()).toBe('Demo portfolio (Owner)');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ranking');
    await browser.screenshot('ranking-empty');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('reaches every screen from the navigation, in order, by link', async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: en['nav.label'] });
    expect(await nav.getByRole('link').allTextContents()).toEqual(NAV.map(([, label]) => label));
    for (const [path, label] of NAV) {
      await nav.getByRole('link', { name: label }).click();
      await page.waitForURL(`${server.url}/w/demo/${path}`);
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label);
      expect(await nav.getByRole('link', { name: label }).getAttribute('aria-current')).toBe(
        'page',
      );
    }
    await page.goto(`${server.url}/w/demo`);
    await page.waitForURL(`${server.url}/w/demo/dashboard`);
    await page.goto(`${server.url}/w/demo/no-such-screen`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      en['error.notFoundTitle'],
    );
    await page.goto(`${server.url}/w/nobody-has-this/dashboard`);
    await poll(() =>
      page.getByText(en['workspace.notFound'].replace('{slug}', 'nobody-has-this')).count(),
    ).toBe(1);
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('moves with the keyboard: skip link, then arrow keys in the navigation', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/dashboard`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      en['shell.skipToContent'],
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const nav = page.getByRole('navigation', { name: en['nav.label'] });
    await nav.getByRole('link', { name: en['nav.dashboard'] }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en['nav.partners']);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/w/demo/members`);
    // The new page's heading takes the focus, so a screen reader announces it.
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  }, 60_000);

  it('passes axe (WCAG 2 AA) in the light and the dark theme', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/dashboard`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await choose(page, en['theme.label'], en['theme.dark']);
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('dashboard-dark');
    await choose(page, en['theme.label'], en['theme.system']);
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // "System" follows the operating system's preference, live.
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('speaks 简体中文 everywhere in the shell once chosen, and remembers it', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo/dashboard`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.dashboard'],
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(zhCN['nav.dashboard']);
    const nav = page.getByRole('navigation', { name: zhCN['nav.label'] });
    for (const [path, label] of NAV) {
      await nav
        .getByRole('link', {
          name: zhCN[navKey(path)],
        })
        .click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(untranslated(await visibleTexts(page)), `${path} (${label})`).toEqual([]);
    }
    // Ant Design's own texts follow too: the workspace dialog's buttons.
    await page.getByRole('button', { name: zhCN['shell.newWorkspace'] }).click();
    const dialog = page.getByRole('dialog', { name: zhCN['workspace.createTitle'] });
    await poll(() => dialog.getByLabel(zhCN['workspace.name'], { exact: true }).isVisible()).toBe(
      true,
    );
    expect(await dialog.getByRole('button', { name: zhCN['common.create'] }).count()).toBe(1);
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    await browser.screenshot('create-workspace-zh');
    await dialog.getByRole('button', { name: zhCN['common.cancel'] }).click();
    await browser.screenshot('members-zh');
    browser.expectNoConsoleErrors();
  }, 90_000);

  it('signs out back to the sign-in page, in the chosen language', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: zhCN['shell.signOut'] }).click();
    await page.waitForURL(`${server.url}/sign-in`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['signIn.title'],
    );
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    await browser.screenshot('sign-in-zh');
    // The session is gone on the server too: the workspace pages ask to sign in again.
    await page.goto(`${server.url}/w/demo/dashboard`);
    await page.waitForURL(/\/sign-in\?next=/);
    await choose(page, zhCN['language.label'], 'English');
    browser.expectNoConsoleErrors();
  }, 60_000);

  it('teaches a newcomer what to do and creates their first workspace', async () => {
    const { page } = browser;
    await signIn(page, server.url, newcomer);
    await poll(() => page.getByText(en['workspace.noneTitle']).count()).toBe(1);
    expect(await page.getByRole('region', { name: en['emptyState.next'] }).count()).toBe(1);
    await browser.screenshot('no-workspace');
    await page.getByRole('main').getByRole('button', { name: en['shell.newWorkspace'] }).click();
    const dialog = page.getByRole('dialog', { name: en['workspace.createTitle'] });
    await dialog.getByLabel(en['workspace.name'], { exact: true }).fill('AI Partnerships 2026');
    expect(await dialog.getByLabel(en['workspace.slug']).inputValue()).toBe('ai-partnerships-2026');
    await dialog.getByRole('button', { name: en['common.create'] }).click();
    await page.waitForURL(`${server.url}/w/ai-partnerships-2026/dashboard`);
    await poll(() => page.getByTestId('workspace-switcher').textContent()).toBe(
      'AI Partnerships 2026 (Owner)',
    );
    browser.expectNoConsoleErrors();
  }, 60_000);
});
