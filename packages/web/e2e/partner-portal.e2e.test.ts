/**
 * A partner's seat, as a person would take it (issue 12 §1): the owner invites a partner's
 * contact; the contact opens the invitation link, sets a password, lands on the portal
 * with its own navigation, sees only its organisation's agreement (another partner's
 * answers "not found"), and reads it in 简体中文.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { apiCall } from './harness/antd-steps';
import { axeViolations } from './harness/axe';
import { launchBrowser, type TestBrowser } from './harness/browser';
import { describeInBrowser } from './harness/chromium';
import { startTestServer, type TestServer } from './harness/server-process';
import { choose, signIn } from './harness/shell-steps';
import { untranslated, visibleTexts } from './harness/visible-text';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const DEMO = fileURLToPath(new URL('../../../examples/demo.yaml', import.meta.url));
const LAB = 'northlake-ai-lab';
const GPU = 'nimbus-gpu-cloud';

const agreement = (code: string, title: string, other: string) => ({
  document: {
    id: code,
    title,
    type: 'joint-rnd',
    parties: ['us', other],
    start: '2026-01-01',
    end: '2027-12-31',
    ip: { foreground: { us: 0.5, [other]: 0.5 } },
    terms: [{ milestone: { id: 'm1', payer: 'us', payee: other, amount: 100 } }],
  },
});

describeInBrowser('the partner portal', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let url: string;
  let token = '';
  const json = (data: unknown) => ({ data: JSON.stringify(data), type: 'application/json' });

  beforeAll(async () => {
    server = await startTestServer();
    url = server.url;
    const owner = server.users[0];
    if (owner === undefined) throw new Error('the server made no users');
    browser = await launchBrowser();
    browser.page.setDefaultTimeout(30_000);
    const { page } = browser;
    await signIn(page, url, owner);
    await apiCall(page, url, 'PUT', '/api/workspaces/demo/spec', {
      data: await readFile(DEMO, 'utf8'),
      type: 'application/yaml',
    });
    const ws = '/api/workspaces/demo';
    await apiCall(
      page,
      url,
      'POST',
      `${ws}/agreements`,
      json(agreement('lab-rnd', 'Lab joint research', LAB)),
    );
    await apiCall(
      page,
      url,
      'POST',
      `${ws}/agreements`,
      json(agreement('gpu-deal', 'GPU capacity deal', GPU)),
    );
    const invited = (await apiCall(
      page,
      url,
      'POST',
      `${ws}/invitations`,
      json({ email: 'contact@northlake.example', role: 'partner', partner: LAB }),
    )) as { acceptPath: string };
    token = invited.acceptPath.split('#')[1] ?? '';
    // The owner leaves; the contact uses the same browser.
    await page.context().clearCookies();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('accepts the invitation by setting a password and lands on its portal', async () => {
    const { page } = browser;
    // Caused on purpose: the owner's cleared session (401), then a common password (422).
    browser.allowConsoleErrors(/status of 401|status of 422/);
    await page.goto(`${url}/accept-invitation#${token}`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      en['screen.accept.title'],
    );
    await page.getByLabel(en['screen.accept.name']).fill('Nora Contact');
    await page.getByLabel(en['screen.accept.password']).fill('password1234');
    await page.getByRole('button', { name: en['screen.accept.submit'] }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain(
      en['password.password_common'],
    );
    await page.getByLabel(en['screen.accept.password']).fill('northern lights over the lab');
    await page.getByRole('button', { name: en['screen.accept.submit'] }).click();
    await page.waitForURL(`${url}/w/demo/portal`);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en['nav.portal']);
    const nav = page.getByRole('navigation', { name: en['nav.label'] });
    expect(await nav.getByRole('link').allTextContents()).toEqual([en['nav.portal']]);
    await poll(() => page.getByText('Lab joint research', { exact: false }).count()).toBe(1);
    expect(await page.getByText('GPU capacity deal', { exact: false }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await browser.screenshot('partner-portal');
  }, 60_000);

  it("answers 'not found' for another partner's agreement and 403 for the portfolio", async () => {
    const { page } = browser;
    const other = await page.request.get(`${url}/api/workspaces/demo/agreements/gpu-deal`);
    expect(other.status()).toBe(404);
    const own = await page.request.get(`${url}/api/workspaces/demo/agreements/lab-rnd`);
    expect(own.status()).toBe(200);
    const partners = await page.request.get(`${url}/api/workspaces/demo/partners`);
    expect(partners.status()).toBe(403);
  });

  it('reads the portal in 简体中文', async () => {
    const { page } = browser;
    await choose(page, en['language.label'], '简体中文');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(
      zhCN['nav.portal'],
    );
    expect(untranslated(await visibleTexts(page))).toEqual([]);
    await browser.screenshot('partner-portal-zh');
    browser.expectNoConsoleErrors();
  }, 60_000);
});
